"""Event dates as day intervals, so that dates of different grains can be compared.

Articles give the same happening as "on Friday", "last week", "in October" or
"in 2024"; two mentions can be the same event when their intervals overlap once
each is widened by a tolerance that depends on its grain (a day-grain date may
be off by one across time zones and copy desks; a month is already wide).
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date, timedelta
from functools import lru_cache

_ISO = re.compile(r"^(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2}))?)?")
_WEEK = re.compile(r"^(?P<y>\d{4})-W(?P<w>\d{2})")
_DECADE = re.compile(r"^(?P<y>\d{3})0s$|^(?P<x>\d{3})X$")
_SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "AU": (9, 11), "WI": (12, 14)}
_SEASON = re.compile(r"^(?P<y>\d{4})-(?P<s>SP|SU|FA|AU|WI)$")

# Days added on each side before two intervals are compared.
TOLERANCE_DAYS: dict[str, int] = {
    "day": 1,
    "time": 1,
    "week": 2,
    "part": 3,
    "month": 0,
    "season": 0,
    "year": 0,
    "decade": 0,
}


def _month_end(year: int, month: int) -> date:
    return date(year, month, monthrange(year, month)[1])


@lru_cache(maxsize=65536)
def interval(value: str | None, grain: str | None = None) -> tuple[date, date] | None:
    """The first and last day a time value can denote; None when it is unknown or unparsable."""
    if not value:
        return None
    value = value.strip()
    try:
        if m := _WEEK.match(value):
            start = date.fromisocalendar(int(m["y"]), int(m["w"]), 1)
            return start, start + timedelta(days=6)
        if m := _SEASON.match(value):
            first, last = _SEASONS[m["s"]]
            year = int(m["y"])
            end = _month_end(year + 1, last - 12) if last > 12 else _month_end(year, last)
            return date(year, first, 1), end
        if m := _DECADE.match(value):
            y0 = int((m["y"] or m["x"]) + "0")
            return date(y0, 1, 1), date(y0 + 9, 12, 31)
        if m := _ISO.match(value):
            y = int(m["y"])
            if m["d"]:
                day = date(y, int(m["m"]), int(m["d"]))
                return day, day
            if m["m"]:
                mo = int(m["m"])
                return date(y, mo, 1), _month_end(y, mo)
            return date(y, 1, 1), date(y, 12, 31)
    except ValueError:
        return None
    return None


def widened(value: str | None, grain: str | None) -> tuple[date, date] | None:
    """The interval plus the grain's tolerance on each side."""
    span = interval(value, grain)
    if span is None:
        return None
    pad = timedelta(days=TOLERANCE_DAYS.get(grain or "", 0))
    return span[0] - pad, span[1] + pad


def precision(value: str | None, grain: str | None) -> int:
    """Width of the interval in days (smaller is more precise); unknown dates rank last."""
    span = interval(value, grain)
    return 10**6 if span is None else (span[1] - span[0]).days


def overlaps(a: tuple[date, date] | None, b: tuple[date, date] | None) -> bool | None:
    """True/False when both are known; None when either date is unknown (neither for nor against)."""
    if a is None or b is None:
        return None
    return a[0] <= b[1] and b[0] <= a[1]
