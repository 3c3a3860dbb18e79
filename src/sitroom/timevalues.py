"""The first and last day a normalised time value covers (one implementation for every layer).

The times layer writes ISO 8601 values where ISO has a form and TimeML's
extensions where it has not (quarters, halves, seasons, decades, centuries).
The events layer asks which office someone held "in 2023"; the ledger compares
dates of different grains. Both need the same answer to "which days is this?".
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date, timedelta

_ISO = re.compile(r"^(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2})(?:T.*)?)?)?$")
_WEEK = re.compile(r"^(?P<y>\d{4})-W(?P<w>\d{2})(?:-WE)?$")
_PART = re.compile(r"^(?P<y>\d{4})-(?P<k>[QH])(?P<n>[1-4])$")
_SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "AU": (9, 11), "WI": (12, 14)}
_SEASON = re.compile(r"^(?P<y>\d{4})-(?P<s>SP|SU|FA|AU|WI)$")
_DECADE = re.compile(r"^(?P<y>\d{3})(?:0s|X)?$")
_CENTURY = re.compile(r"^(?P<c>\d{2})(?:XX)?$")


def _month_end(year: int, month: int) -> date:
    return date(year, month, monthrange(year, month)[1])


MIN_YEAR, MAX_YEAR = 100, 9000  # outside this, date arithmetic (windows, tolerances) has no room


def bounds(value: str | None) -> tuple[date, date] | None:
    """(first day, last day) of ``value``; None when it is unknown, unspecified ("201X-WXX"), malformed,
    or outside the years date arithmetic can widen."""
    span = _bounds(value)
    if span is None or span[0].year < MIN_YEAR or span[1].year > MAX_YEAR:
        return None
    return span


def _bounds(value: str | None) -> tuple[date, date] | None:
    if not value:
        return None
    value = value.strip()
    try:
        if m := _ISO.match(value):
            y = int(m["y"])
            if m["d"]:
                day = date(y, int(m["m"]), int(m["d"]))
                return day, day
            if m["m"]:
                return date(y, int(m["m"]), 1), _month_end(y, int(m["m"]))
            return date(y, 1, 1), date(y, 12, 31)
        if m := _WEEK.match(value):
            monday = date.fromisocalendar(int(m["y"]), int(m["w"]), 1)
            if value.endswith("-WE"):
                return monday + timedelta(days=5), monday + timedelta(days=6)
            return monday, monday + timedelta(days=6)
        if m := _PART.match(value):
            y, n = int(m["y"]), int(m["n"])
            months = 3 if m["k"] == "Q" else 6
            if n * months > 12:
                return None
            return date(y, (n - 1) * months + 1, 1), _month_end(y, n * months)
        if m := _SEASON.match(value):
            first, last = _SEASONS[m["s"]]
            y = int(m["y"])
            end = _month_end(y + 1, last - 12) if last > 12 else _month_end(y, last)
            return date(y, first, 1), end
        if m := _DECADE.match(value):
            y0 = int(m["y"] + "0")
            return date(y0, 1, 1), date(y0 + 9, 12, 31)
        if m := _CENTURY.match(value):
            c0 = int(m["c"]) * 100
            return date(max(c0, 1), 1, 1), date(c0 + 99, 12, 31)  # year 0 does not exist
    except ValueError:
        return None
    return None
