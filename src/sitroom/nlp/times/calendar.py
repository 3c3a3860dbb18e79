"""Calendar arithmetic for temporal expressions: pure functions over ``datetime.date``.

Kept apart from the expression rules so that "which year does a year-less month
fall in" and "which Friday is meant" can be table-tested on their own; every
function takes the reference date and a direction, never the text.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Literal

Direction = Literal["past", "future", "current"] | None
Tense = Literal["past", "present", "future"] | None


def iso_day(d: date) -> str:
    return d.isoformat()


def iso_month(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def iso_week(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year:04d}-W{week:02d}"


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + n
    return index // 12, index % 12 + 1


def weekday_date(weekday: int, ref: date, direction: Direction, tense: Tense) -> date:
    """The day a weekday name points to.

    News reports events that happened, so a bare weekday looks back (today
    included: "summoned the envoy on Monday" written on a Monday is today)
    unless its clause is future; "last"/"next" exclude today.
    """
    back = (ref.weekday() - weekday) % 7
    ahead = (weekday - ref.weekday()) % 7
    if direction == "past":
        return ref - timedelta(days=back or 7)
    if direction == "future":
        return ref + timedelta(days=ahead or 7)
    if tense == "future":
        return ref + timedelta(days=ahead)
    return ref - timedelta(days=back)


def _pick(candidates: list[tuple[date, int]], ref: date, tense: Tense) -> int:
    """The key of the candidate that fits the tense: at or before ``ref`` in the past, at or after in
    the future, otherwise the nearest one (a future one must be twice as close: news looks back)."""
    past = [c for c in candidates if c[0] <= ref]
    future = [c for c in candidates if c[0] >= ref]
    if tense == "past" and past:
        chosen = max(past)
    elif tense == "future" and future:
        chosen = min(future)
    else:
        def cost(c: tuple[date, int]) -> tuple[int, bool]:
            return abs((c[0] - ref).days) * (2 if c[0] > ref else 1), c[0] > ref

        chosen = min(candidates, key=cost)
    nearest = min(candidates, key=lambda c: abs((c[0] - ref).days))
    if abs((chosen[0] - ref).days) > 180 and abs((nearest[0] - ref).days) <= 31:
        # a date within a month of the reference beats one most of a year away whatever the tense
        # says: tense is read from a parse and often wrong, such a gap almost never meant
        return nearest[1]
    return chosen[1]


def year_for_month(month: int, ref: date, tense: Tense) -> int:
    """The year of a month named without one: the nearest year that fits the tense."""
    candidates = [(date(y, month, 1), y) for y in (ref.year - 1, ref.year, ref.year + 1)]
    if month == ref.month:
        return ref.year
    if tense == "past":
        candidates = [(d, y) for d, y in candidates if (y, month) <= (ref.year, ref.month)]
        return max(candidates)[1]
    if tense == "future":
        candidates = [(d, y) for d, y in candidates if (y, month) >= (ref.year, ref.month)]
        return min(candidates)[1]
    # No tense: the closest month, measured in months.
    def distance(c: tuple[date, int]) -> tuple[int, bool]:
        months = (c[1] - ref.year) * 12 + month - ref.month
        return (abs(months) * (2 if months > 0 else 1), months > 0)

    return min(candidates, key=distance)[1]


def year_for_day(month: int, day: int, ref: date, tense: Tense) -> int | None:
    """The year of a month and day named without one; None when the day does not exist."""
    candidates: list[tuple[date, int]] = []
    for y in (ref.year - 1, ref.year, ref.year + 1):
        try:
            candidates.append((date(y, month, day), y))
        except ValueError:
            continue
    if not candidates:
        return None
    return _pick(candidates, ref, tense)


def date_for_day_of_month(day: int, ref: date, tense: Tense) -> date | None:
    """'On the 15th': that day in this month or a neighbouring one, chosen like a year-less date."""
    candidates: list[tuple[date, int]] = []
    for n in (-1, 0, 1):
        year, month = add_months(ref.year, ref.month, n)
        try:
            candidates.append((date(year, month, day), n))
        except ValueError:
            continue
    if not candidates:
        return None
    chosen = _pick(candidates, ref, tense)
    return next(d for d, n in candidates if n == chosen)


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def quarter_closed_by(end: date) -> tuple[int, int]:
    """(year, quarter) of the three months ending on ``end``: the calendar quarter most of them fall in,
    so a fiscal quarter ended July 31 (May-July) is Q2 and one ended Sept. 30 is Q3."""
    middle = end - timedelta(days=45)
    return middle.year, quarter_of(middle)


def year_for_quarter(quarter: int, ref: date, tense: Tense) -> int:
    """A quarter named without a year: this year's if it has begun (results are reported after a
    quarter ends, in any tense), else next year's in the future and last year's otherwise."""
    if quarter <= quarter_of(ref) or tense == "future":
        return ref.year
    return ref.year - 1


SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def season_year(season: str, ref: date, direction: Direction, tense: Tense) -> int:
    """Year of a season (winter belongs to the year it starts in, December).

    "last summer" is the latest one that has ended; "this summer" said in
    spring is the coming one; a bare season follows the tense.
    """
    start = SEASON_START[season]
    latest = ref.year if (ref.year, ref.month) >= (ref.year, start) else ref.year - 1
    end_year, end_month = add_months(latest, start, 3)
    in_season = (ref.year, ref.month) < (end_year, end_month)
    if direction == "past":
        return latest - 1 if in_season else latest
    if direction == "future":
        return latest + 1
    if in_season:
        return latest
    if tense == "past":
        return latest
    if tense == "future":
        return latest + 1
    if direction == "current":
        # "this summer" said in October: the nearer of the one just gone and the one to come
        since_end = (ref.year - end_year) * 12 + ref.month - end_month
        until_next = (latest + 1 - ref.year) * 12 + start - ref.month
        return latest if since_end < until_next else latest + 1
    return latest


def decade_of(two_digits: int, ref: date) -> str:
    """'90s -> 199 (the latest decade with those digits that has begun by ``ref``)."""
    for century in (ref.year // 100, ref.year // 100 - 1):
        if century * 100 + two_digits <= ref.year:
            return f"{century * 10 + two_digits // 10:03d}"
    return f"{(ref.year // 100 - 1) * 10 + two_digits // 10:03d}"
