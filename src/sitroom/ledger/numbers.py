"""Numbers per claim and claimant over time: "1,500 troops" on Friday, "about 12,000" a week later.

Figures by different claimants are never mixed (each party's count is its own
series), nor figures in different units.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from .vocabulary import vocabulary


@dataclass(frozen=True, slots=True)
class Point:
    stated: str | None
    value: float
    value_max: float | None
    approximate: bool
    text: str
    document_id: str | None
    qualifier: str | None = None


@dataclass(slots=True)
class Series:
    claimant_key: str
    claimant_name: str | None
    unit: str | None
    points: list[Point] = field(default_factory=list)

    @property
    def latest(self) -> Point:
        return self.points[-1]

    @property
    def low(self) -> float:
        return min(p.value for p in self.points)

    @property
    def high(self) -> float:
        return max(p.value_max if p.value_max is not None else p.value for p in self.points)

    def as_dict(self) -> dict:
        return {
            "claimant": self.claimant_key,
            "name": self.claimant_name,
            "unit": self.unit,
            "latest": self.latest.value,
            "latest_max": self.latest.value_max,
            "latest_stated": self.latest.stated,
            "min": self.low,
            "max": self.high,
            "points": [
                {
                    "stated": p.stated,
                    "value": p.value,
                    "value_max": p.value_max,
                    "approximate": p.approximate,
                    "text": p.text,
                    "qualifier": p.qualifier,
                    "document": p.document_id,
                }
                for p in self.points
            ],
        }


@dataclass(frozen=True, slots=True)
class Figure:
    """One number as given in one article; ``order`` keeps same-day figures in reading order."""

    claimant_key: str
    claimant_name: str | None
    unit: str | None
    value: float
    value_max: float | None
    approximate: bool
    text: str
    stated: str | None
    document_id: str | None = None
    order: tuple = ()
    qualifier: str | None = None


def unit_key(unit: str | None) -> str | None:
    """The unit a series is kept in: people sent are counted as "troops" however the article words them."""
    words = (unit or "").casefold().split()
    if not words:
        return None
    return "troops" if words[-1] in vocabulary().troop_units else " ".join(words)


def series(figures: Iterable[Figure]) -> list[Series]:
    """One series per (claimant, unit), points in statement order; repeated figures kept once per date."""
    out: dict[tuple[str, str | None], Series] = {}
    seen: set[tuple] = set()
    for f in sorted(figures, key=lambda f: (f.stated or "", f.order)):
        unit = unit_key(f.unit)
        dedupe = (f.claimant_key, unit, f.value, f.value_max, f.stated)
        if dedupe in seen:
            continue
        seen.add(dedupe)
        s = out.get((f.claimant_key, unit))
        if s is None:
            s = out[(f.claimant_key, unit)] = Series(f.claimant_key, f.claimant_name, unit)
        s.points.append(Point(f.stated, f.value, f.value_max, f.approximate, f.text, f.document_id, f.qualifier))
    return list(out.values())
