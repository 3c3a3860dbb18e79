"""Event dates as day intervals, so that dates of different grains can be compared.

Articles give the same happening as "on Friday", "last week", "in October" or
"in 2024"; two mentions can be the same event when their intervals overlap once
each is widened by a tolerance that depends on its grain (a day-grain date may
be off by one across time zones and copy desks; a month is already wide).
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

from ..timevalues import bounds

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


@lru_cache(maxsize=65536)
def interval(value: str | None, grain: str | None = None) -> tuple[date, date] | None:
    """The first and last day a time value can denote; None when it is unknown or unparsable."""
    return bounds(value)


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
