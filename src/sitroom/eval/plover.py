"""The PLOVER gold-standard records (openeventdata/PLOVER, ``PLOVER_GSR_CAMEO.txt``) as an event-coding test.

The records were coded with PLOVER 0.5b1; sitroom follows the current manual,
which renamed and merged some categories. ``CATEGORY_MAP`` applies that mapping
before scoring so that a current-manual answer is not counted wrong for using
the current name. The gold is evaluation data only: nothing from it is shipped.

Scoring is pure (records in, figures out) so the benchmark script and tests
share it: overall type accuracy, per-type precision/recall/F1, and country
agreement of actor and recipient where the gold codes a country.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..records import Analysis, Event

DEFAULT_PATH = Path(os.environ.get("SITROOM_PLOVER_GOLD", "/work/shared/eval/plover/PLOVER_GSR_CAMEO.txt"))

# PLOVER 0.5b1 category -> (current category, mode implied by the old name)
CATEGORY_MAP: dict[str, tuple[str, str | None]] = {
    "DEMAND": ("REQUEST", None),
    "DISAPPROVE": ("ACCUSE", "disapprove"),
    "INVESTIGATE": ("ACCUSE", "investigate"),
    "FIGHT": ("ASSAULT", None),
}
_NOT_COUNTRY = frozenset({"IGO", "NGO", "---", ""})


@dataclass(frozen=True)
class GoldRecord:
    id: str
    text: str
    type: str
    original: str
    mode: str | None
    event_text: str
    sources: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()


def _codes(value: object) -> tuple[str, ...]:
    if not isinstance(value, list):
        return ()
    return tuple(str(a.get("code") or "").upper() for a in value if isinstance(a, dict))


def map_category(category: str) -> tuple[str, str | None]:
    return CATEGORY_MAP.get(category, (category, None))


def load_gold(path: str | Path = DEFAULT_PATH) -> list[GoldRecord]:
    """English event records with a category; the leading DOCUMENT record is skipped."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    out: list[GoldRecord] = []
    for rec in data:
        category = str(rec.get("event") or "")
        if category in ("", "DOCUMENT") or not rec.get("text") or rec.get("language", "en") != "en":
            continue
        kind, mode = map_category(category)
        out.append(GoldRecord(
            id=str(rec.get("id")), text=str(rec["text"]), type=kind, original=category,
            mode=rec.get("mode") or mode, event_text=str(rec.get("eventText") or ""),
            sources=_codes(rec.get("source")), targets=_codes(rec.get("target")),
        ))
    return out


def main_event(events: Sequence[Event]) -> Event | None:
    """The sentence's main event without looking at the gold: one stated as happening before a planned
    or hypothetical one, then the trigger highest in the parse (its clause, kept as evidence, is the
    widest), then the most confident."""
    if not events:
        return None
    return max(events, key=lambda e: (e.attribution.stance in ("asserted", "reported") and not e.attribution.negated,
                                      e.evidence.end - e.evidence.start, e.confidence))


def aligned_event(events: Sequence[Event], text: str, event_text: str) -> Event | None:
    """The mention whose clause holds the gold's first event word, innermost first (uses the gold span)."""
    words = [w for w in event_text.split() if len(w) > 1]
    if not words:
        return main_event(events)
    at = text.find(words[0])
    hits = [e for e in events if at >= 0 and e.evidence.start <= at < e.evidence.end]
    if not hits:
        return main_event(events)
    return min(hits, key=lambda e: (e.evidence.end - e.evidence.start, -e.confidence))


def actor_country(analysis: Analysis, actor_id: str | None) -> str | None:
    for a in analysis.actors:
        if a.id == actor_id:
            return (a.country or (a.code or "")[:3] or None) if (a.country or a.code) else None
    return None


@dataclass
class Tally:
    """Confusion counts for type accuracy and per-type precision/recall."""

    gold: Counter = field(default_factory=Counter)
    predicted: Counter = field(default_factory=Counter)
    correct: Counter = field(default_factory=Counter)
    confusions: Counter = field(default_factory=Counter)

    def add(self, gold: str, predicted: str | None) -> None:
        self.gold[gold] += 1
        label = predicted or "NONE"
        self.predicted[label] += 1
        if label == gold:
            self.correct[gold] += 1
        else:
            self.confusions[(gold, label)] += 1

    def accuracy(self) -> float:
        total = sum(self.gold.values())
        return sum(self.correct.values()) / total if total else 0.0

    def per_type(self) -> dict[str, dict[str, float]]:
        out: dict[str, dict[str, float]] = {}
        for t in sorted(self.gold):
            p = self.correct[t] / self.predicted[t] if self.predicted[t] else 0.0
            r = self.correct[t] / self.gold[t] if self.gold[t] else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            out[t] = {"gold": self.gold[t], "predicted": self.predicted[t], "correct": self.correct[t],
                      "precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)}
        return out

    def summary(self) -> dict[str, object]:
        return {"accuracy": round(self.accuracy(), 3), "n": sum(self.gold.values()),
                "per_type": self.per_type(),
                "top_confusions": [[g, p, n] for (g, p), n in self.confusions.most_common(15)]}


def country_agreement(pairs: Iterable[tuple[tuple[str, ...], str | None]]) -> dict[str, float | int]:
    """Share of records whose gold codes a country and whose prediction names one of those countries."""
    scored = hit = 0
    for gold_codes, predicted in pairs:
        codes = [c for c in gold_codes if c not in _NOT_COUNTRY]
        if not codes:
            continue
        scored += 1
        hit += int(predicted is not None and predicted.upper() in codes)
    return {"scored": scored, "correct": hit, "accuracy": round(hit / scored, 3) if scored else 0.0}
