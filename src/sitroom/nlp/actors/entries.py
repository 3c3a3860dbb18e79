"""The entries of the actor dictionary: people with dated offices, organisations, countries, IGOs.

Kept apart from the lexicon that indexes them so that loaders of other sources (the converted
Phoenix tables) can build entries without depending on the lexicon's loading code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any


def as_date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


@dataclass(frozen=True)
class Period:
    """One office held: start inclusive, end exclusive (the successor's first day)."""

    country: str | None
    role: str | None
    title: str | None
    start: date | None
    end: date | None

    def covers(self, on: date) -> bool:
        return (self.start is None or self.start <= on) and (self.end is None or on < self.end)


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    aliases: tuple[str, ...]
    periods: tuple[Period, ...]
    gender: str | None = None

    def period_on(self, on: date | None) -> Period | None:
        """The office valid on ``on``; without a date, the latest office (articles are recent)."""
        if not self.periods:
            return None
        if on is None:
            return max(self.periods, key=lambda p: p.start or date.min)
        for period in self.periods:
            if period.covers(on):
                return period
        return None

    def nearest(self, on: date) -> Period | None:
        """The office closest in time, for the country of someone between offices."""
        def distance(p: Period) -> int:
            if p.end is not None and on >= p.end:
                return (on - p.end).days
            return ((p.start or on) - on).days
        return min(self.periods, key=distance) if self.periods else None


@dataclass(frozen=True)
class Org:
    id: str
    name: str
    country: str | None
    role: str | None
    descriptions: tuple[str, ...]
    periods: tuple[Period, ...] = ()

    def role_on(self, on: date | None) -> str | None:
        if on is not None:
            for period in self.periods:
                if period.covers(on):
                    return period.role
        return self.role

    def country_on(self, on: date | None) -> str | None:
        """The state a body belonged to on a day: the SPLA was Sudan's rebel army until South Sudan's
        independence, and that state's army since."""
        if on is not None:
            for period in self.periods:
                if period.covers(on) and period.country:
                    return period.country
        return self.country


@dataclass(frozen=True)
class Country:
    iso3: str
    name: str
    adjective: str
    pair: tuple[str, ...] = ()


@dataclass(frozen=True)
class Igo:
    code: str
    name: str
    descriptions: tuple[str, ...]


@dataclass(frozen=True)
class NameRef:
    """What a name in the text stands for.

    kind: country | demonym | capital | seat | contextual | igo | org | person
    """

    kind: str
    key: str
    role: str | None = None
