"""The first and last day that a normalised time value covers.

Other layers ask which office someone held "in 2023" or "in March": a value of
grain year, month, week, quarter or half covers a stretch of days, and only when
the answer is the same on its first and last day is it the answer for the whole.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

_DAY = re.compile(r"^(\d{4})-(\d\d)-(\d\d)")
_MONTH = re.compile(r"^(\d{4})-(\d\d)$")
_YEAR = re.compile(r"^(\d{4})$")
_WEEK = re.compile(r"^(\d{4})-W(\d\d)")
_PART = re.compile(r"^(\d{4})-([QH])([1-4])$")


def value_bounds(value: str | None) -> tuple[date, date] | None:
    """(first day, last day) of an ISO-like value ("2023", "2023-05", "2023-05-04", "2023-W12",
    "2023-Q2", "2023-H1"); None for anything vaguer (seasons, decades) or malformed."""
    if not value:
        return None
    try:
        if m := _DAY.match(value):
            day = date(int(m[1]), int(m[2]), int(m[3]))
            return day, day
        if m := _MONTH.match(value):
            year, month = int(m[1]), int(m[2])
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        if m := _YEAR.match(value):
            return date(int(m[1]), 1, 1), date(int(m[1]), 12, 31)
        if m := _WEEK.match(value):
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return monday, monday + timedelta(days=6)
        if m := _PART.match(value):
            year, n = int(m[1]), int(m[3])
            months = 3 if m[2] == "Q" else 6
            if n * months > 12:
                return None
            first, last = (n - 1) * months + 1, n * months
            return date(year, first, 1), date(year, last, calendar.monthrange(year, last)[1])
    except ValueError:
        return None
    return None
