"""Holidays and named days ("Thanksgiving", "Election Day", "Easter week") as dates.

The table is data (``holidays`` in ``resources/times.yaml``): fixed dates, the nth
weekday of a month, and offsets from Easter Sunday. A holiday without a year is
the occurrence nearest the reference date that fits the direction word ("last
Christmas") or the clause's tense, as a weekday is.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache
from typing import cast

from sitroom.nlp.times import calendar as cal
from sitroom.nlp.times.calendar import Direction, Tense
from sitroom.nlp.times.lexicon import LEX, alternation
from sitroom.nlp.times.text import DIR, YEAR, Norm, clean, direction_of


def easter(year: int) -> date:
    """Easter Sunday of the Gregorian calendar (the anonymous Gregorian computus)."""
    golden = year % 19
    century, rest = divmod(year, 100)
    leap_c, leap_r = divmod(century, 4)
    moon_lag = (century + 8) // 25
    correction = (century - moon_lag + 1) // 3
    epact = (19 * golden + century - leap_c - correction + 15) % 30
    rest_4, rest_r = divmod(rest, 4)
    weekday = (32 + 2 * leap_r + 2 * rest_4 - epact - rest_r) % 7
    shift = (golden + 11 * epact + 22 * weekday) // 451
    month, day = divmod(epact + weekday - 7 * shift + 114, 31)
    return date(year, month, day + 1)


def _nth_weekday(year: int, month: int, weekday: int, nth: int, after: int | None) -> date:
    if nth < 0:
        nxt = date(year + (month == 12), month % 12 + 1, 1)
        last = nxt - timedelta(days=1)
        return last - timedelta(days=(last.weekday() - weekday) % 7 + 7 * (-nth - 1))
    first = date(year, month, 1)
    if after is not None:  # "the Tuesday after the first Monday": count from the day after that Monday
        first += timedelta(days=(after - first.weekday()) % 7 + 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[str, object]]:
    """Cleaned holiday name -> (kind, rule data)."""
    return {clean(name): (kind, rule) for kind, table in LEX.holidays.items() for name, rule in table.items()}


def holiday_names() -> list[str]:
    """The names as written in text, for detection."""
    return [name for table in LEX.holidays.values() for name in table]


def holiday_date(name: str, year: int) -> date | None:
    """The date of holiday ``name`` (cleaned) in ``year``."""
    kind, rule = _table()[name]
    if kind == "fixed":
        month, day = cast(list[int], rule)
        return date(year, month, day)
    if kind == "easter":
        return easter(year) + timedelta(days=int(rule))  # type: ignore[call-overload]
    spec = dict(rule)  # type: ignore[call-overload]
    after = LEX.weekdays[spec["after"]] if spec.get("after") else None
    return _nth_weekday(year, spec["month"], LEX.weekdays[spec["weekday"]], spec["nth"], after)


def _occurrence(name: str, ref: date, direction: Direction, tense: Tense) -> date | None:
    """The occurrence the words point to: the last before the reference date, the next after it, this
    year's, or the nearest one."""
    days = [d for y in (ref.year - 1, ref.year, ref.year + 1) if (d := holiday_date(name, y))]
    if direction == "current":
        return next((d for d in days if d.year == ref.year), None)
    if direction == "past" or (direction is None and tense == "past"):
        strict = direction == "past"
        return max((d for d in days if d < ref or (d == ref and not strict)), default=None)
    if direction == "future" or (direction is None and tense == "future"):
        strict = direction == "future"
        return min((d for d in days if d > ref or (d == ref and not strict)), default=None)
    return min(days, key=lambda d: (abs((d - ref).days), d < ref))


@lru_cache(maxsize=1)
def _holiday_pattern() -> re.Pattern[str]:
    """Built once: the name alternation is long and every time expression is tried against it."""
    names = alternation(_table())
    return re.compile(r"\b(?:(" + DIR + r") )?(" + names + r")(?: (week|weekend))?(?: (?:of )?" + YEAR + r")?\b")


def holiday(s: str, ref: date | None, tense: Tense) -> Norm | None:
    """'Thanksgiving', 'last Christmas', 'Easter week', 'Election Day 1998'."""
    m = _holiday_pattern().search(s)
    if not m:
        return None
    name, unit, year = m.group(2), m.group(3), m.group(4)
    if year:
        day = holiday_date(name, int(year))
    elif ref is not None:
        day = _occurrence(name, ref, direction_of(m.group(1)), tense)
        this_week = holiday_date(name, ref.year)
        if unit and m.group(1) is None and this_week and cal.iso_week(this_week) == cal.iso_week(ref):
            day = this_week  # "as Easter week began": the week the story is in, whatever the tense
    else:
        return Norm(None, "week" if unit else "day", None, "holiday")
    if day is None:
        return None
    if unit == "week":
        return Norm(cal.iso_week(day), "week", None, "holiday")
    if unit == "weekend":
        saturday = day + timedelta(days=5 - day.weekday()) if day.weekday() < 5 else day
        return Norm(cal.iso_week(saturday) + "-WE", "week", None, "holiday")
    return Norm(day.isoformat(), "day", None, "holiday")
