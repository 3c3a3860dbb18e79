"""The shape sitroom reads temporal expressions in: cleaned text, regex pieces and small helpers.

Shared by the rule modules (``time_rules_calendar``, ``time_rules_relative``)
and the cascade (``time_normalise``); built from ``resources/times.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sitroom.nlp.times.calendar import Direction
from sitroom.nlp.times.lexicon import LEX, alternation, spelled_year, spelled_year_pattern


@dataclass(frozen=True)
class Norm:
    value: str | None
    grain: str | None
    part: str | None
    rule: str


UNRESOLVED = Norm(None, None, None, "unresolved")

M = "(" + alternation(LEX.months) + ")"
WD = alternation(LEX.weekdays)
DIR = alternation(LEX.direction)
NUM = r"(\d+|" + alternation(LEX.numbers) + r")"
COUNT = r"(?:\d{1,3}(?:\.\d+)?|" + alternation(LEX.numbers) + r")"  # a count, never a year
DAYPART = alternation(LEX.day_parts)
DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
YEAR = r"((?:1[0-9]|20|21)\d\d)"
UNIT = alternation(LEX.units)


_SPELLED = re.compile(r"\b" + spelled_year_pattern() + r"\b")


def clean(text: str) -> str:
    """Lowercase, abbreviation dots and commas gone, word hyphens as spaces: one shape for the rules."""
    s = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    s = re.sub(r"\b([ap])\.\s?m\b\.?", r"\1m", s)
    s = re.sub(r"(?<=[a-z])\.(?=\d)", " ", s)  # "oct.29": the abbreviation's dot stood for the space
    s = re.sub(r"(?<=[a-z])\.", "", s)
    s = re.sub(r"'s\b|[,;()\"]", " ", s)
    s = _SPELLED.sub(spelled_year, s)
    s = re.sub(r"(?<=[a-z])-|-(?=[a-z])", " ", s)
    s = re.sub(r"\s+", " ", s).strip(" .")
    return _ORDINAL_DAY.sub(lambda m: f"{m.group(1)} {LEX.ordinal_words[m.group(2)]}", s)


# "March eighth" -> "march 8": a month followed by a day in words
_ORDINAL_DAY = re.compile(r"\b(" + alternation(LEX.months) + r") (?:the )?(" + alternation(LEX.ordinal_words) + r")\b")


def direction_of(word: str | None) -> Direction:
    if not word:
        return None
    return LEX.direction.get(word.strip())  # type: ignore[return-value]


def number(word: str) -> int | None:
    return int(word) if word.isdigit() else LEX.numbers.get(word)


def time_of_day(s: str) -> tuple[int, int] | None:
    m = re.search(r"\b(\d{1,2})(?::(\d\d))?\s?([ap]m)\b", s)
    if m:
        hour, minute = int(m.group(1)) % 12, int(m.group(2) or 0)
        if m.group(3) == "pm":
            hour += 12
        return (hour, minute) if hour < 24 and minute < 60 else None
    m = re.fullmatch(r"\s*([01]?\d|2[0-3]):?([0-5]\d) ?(?:gmt|utc)\s*", s, re.IGNORECASE)
    if m:  # a 24-hour clock with its zone: "11:35 GMT", "1400 GMT"
        return int(m.group(1)), int(m.group(2))
    m = re.fullmatch(r"\s*(?:at |from |to |until |by )?([01]\d|2[0-3]):([0-5]\d)(?: (?:local time|hours|hrs))?\s*", s,
                     re.IGNORECASE)
    if m:  # a two-digit 24-hour clock: "from 07:00 to 16:00 local time"
        return int(m.group(1)), int(m.group(2))
    if re.search(r"\bnoon\b|\bmidday\b", s):
        return 12, 0
    if re.search(r"\bmidnight\b", s):
        return 24, 0  # ISO 8601's end of the day: "midnight Friday" is the night from Friday into Saturday
    return None


_DAY_PART = re.compile(r"\b(" + alternation(LEX.day_part_of) + r")\b")


def day_part(s: str) -> str | None:
    """'Friday night', 'this morning', 'overnight': the part of the day named (morning, afternoon,
    evening, night), or None."""
    m = _DAY_PART.search(s)
    return LEX.day_part_of[m.group(1)] if m else None


def with_day_part(norm: Norm, s: str) -> Norm:
    """A day narrowed to a part of it keeps the ISO date as value; grain "part" and ``part`` say which
    (morning, afternoon, evening, night), the more specific word winning over "early"/"late"."""
    part = day_part(s)
    if part is None or norm.value is None or not re.fullmatch(r"\d{4}-\d\d-\d\d", norm.value):
        return norm
    if norm.grain not in ("day", "part"):
        return norm
    return Norm(norm.value, "part", part, norm.rule)


def with_time(day: date, grain: str, s: str) -> tuple[str, str]:
    """A day narrowed by a clock time (T09:30); a part of the day ("Friday night") keeps the day."""
    hm = time_of_day(s)
    if hm and grain == "day":
        return f"{day.isoformat()}T{hm[0]:02d}:{hm[1]:02d}", "time"
    return day.isoformat(), grain


def year_hint(s: str, ref: date | None) -> int | None:
    """'June 19 last year', 'April next year': the year a month is explicitly placed in."""
    m = re.search(r"\b(this|last|next|past|coming|previous) year\b", s)
    if not m or ref is None:
        return None
    return ref.year + {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(m.group(1), 0)


def safe_day(year: int, month: int, day: int, s: str, rule: str) -> Norm | None:
    try:
        value, grain = with_time(date(year, month, day), "day", s)
    except ValueError:
        return None
    return Norm(value, grain, None, rule)
