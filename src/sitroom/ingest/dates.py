"""A small date parser for header lines and datelines, so that reading an article needs no NLP model.

News headers write one date in many shapes ("Nov. 12, 2024", "12 November 2024",
"Tue 12 Nov 2024 14.03 GMT", "2024-11-12", wire datelines' "April 1 , 1997" and
"Nov.3"); each shape is one pattern here, and a match keeps its offsets and whether
the year was written, so that a year-less date can be completed from evidence later.
Numeric dates like 03/04/2024 are read only when they cannot be misread (a part over 12).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from ..errors import ResourceError
from ..lexicon import load_yaml

# Zone abbreviations as newsrooms write them; named zones so DST is applied for the date.
ZONES: dict[str, tzinfo] = {
    "et": ZoneInfo("America/New_York"), "est": ZoneInfo("America/New_York"),
    "edt": ZoneInfo("America/New_York"), "eastern": ZoneInfo("America/New_York"),
    "ct": ZoneInfo("America/Chicago"), "cst": ZoneInfo("America/Chicago"), "cdt": ZoneInfo("America/Chicago"),
    "mt": ZoneInfo("America/Denver"), "mst": ZoneInfo("America/Denver"), "mdt": ZoneInfo("America/Denver"),
    "pt": ZoneInfo("America/Los_Angeles"), "pst": ZoneInfo("America/Los_Angeles"),
    "pdt": ZoneInfo("America/Los_Angeles"),
    "gmt": UTC, "utc": UTC, "z": UTC,
    "bst": ZoneInfo("Europe/London"), "cet": ZoneInfo("Europe/Paris"), "cest": ZoneInfo("Europe/Paris"),
    "kst": ZoneInfo("Asia/Seoul"), "jst": ZoneInfo("Asia/Tokyo"), "ist": ZoneInfo("Asia/Kolkata"),
    "msk": ZoneInfo("Europe/Moscow"), "hkt": ZoneInfo("Asia/Hong_Kong"), "aest": ZoneInfo("Australia/Sydney"),
    "aedt": ZoneInfo("Australia/Sydney"), "sast": ZoneInfo("Africa/Johannesburg"), "eat": ZoneInfo("Africa/Nairobi"),
    "wat": ZoneInfo("Africa/Lagos"), "pkt": ZoneInfo("Asia/Karachi"), "sgt": ZoneInfo("Asia/Singapore"),
}


@dataclass(frozen=True)
class DateWords:
    months: dict[str, int]
    weekdays: dict[str, int]
    stamp_labels: dict[str, str]
    chrome: tuple[re.Pattern[str], ...]
    future_cues: tuple[str, ...]
    past_cues: tuple[str, ...]
    target_year_lead: tuple[str, ...]


def _strings(data: dict[str, Any], key: str) -> list[str]:
    value = data.get(key)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ResourceError(f"'{key}' must be a list of strings", where="dates.yaml", hint="fix the resource file")
    return value


@lru_cache(maxsize=1)
def date_words() -> DateWords:
    times: dict[str, Any] = load_yaml("times.yaml")
    data: dict[str, Any] = load_yaml("dates.yaml")
    labels = data.get("stamp_labels")
    if not isinstance(labels, dict) or set(labels) != {"published", "updated"}:
        raise ResourceError("'stamp_labels' must map published and updated to lists", where="dates.yaml",
                            hint="fix the resource file")
    try:
        chrome = tuple(re.compile(p, re.I) for p in _strings(data, "chrome_lines"))
    except re.error as exc:
        raise ResourceError(f"bad pattern in chrome_lines: {exc}", where="dates.yaml",
                            hint="fix the regular expression") from exc
    return DateWords(
        months={str(k): int(v) for k, v in times["months"].items()},
        weekdays={str(k): int(v) for k, v in times["weekdays"].items()},
        stamp_labels={w: kind for kind in ("published", "updated") for w in _strings(labels, kind)},
        chrome=chrome,
        future_cues=tuple(_strings(data, "future_cues")),
        past_cues=tuple(_strings(data, "past_cues")),
        target_year_lead=tuple(_strings(data, "target_year_lead")),
    )


@dataclass(frozen=True)
class DateMatch:
    """One date written in a string; ``year`` is None when the writer left it out."""

    start: int
    end: int
    text: str
    month: int
    day: int
    year: int | None
    weekday: int | None = None
    shape: str = "mdy"

    def on(self, year: int | None = None) -> date | None:
        """The calendar date, in the written year or the one given; None if it does not exist."""
        y = self.year if self.year is not None else year
        if y is None:
            return None
        try:
            return date(y, self.month, self.day)
        except ValueError:
            return None


def _alternation(words: dict[str, int]) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    words = date_words()
    mon = rf"(?P<mon>{_alternation(words.months)})\b\.?"
    wd = rf"(?:(?P<wd>{_alternation(words.weekdays)})\b\.?,?\s+)?"
    day = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
    year = r"(?P<year>(?:1[89]|20)\d\d)"
    return {
        # "Nov. 12, 2024", "April 1 , 1997", "Nov.3", "Tuesday, March 4"
        "mdy": re.compile(rf"\b{wd}{mon}\s*{day}\b(?:\s*,?\s*{year}\b)?", re.I),
        # "12 November 2024", "Tue 12 Nov 2024", "12th of November"
        "dmy": re.compile(rf"\b{wd}{day}\s+(?:of\s+)?{mon},?(?:\s+{year}\b)?", re.I),
        "iso": re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)(?!\d)"),
        "numeric": re.compile(r"\b(?P<a>[0-3]?\d)[/.](?P<b>[01]?\d)[/.](?P<year>(?:19|20)\d\d)\b"),
    }


def _match_parts(shape: str, m: re.Match[str]) -> tuple[int, int] | None:
    """Month and day of one match; a numeric date is read only when one part cannot be a month."""
    words = date_words()
    if shape in ("mdy", "dmy"):
        return words.months[m.group("mon").lower()], int(m.group("day"))
    if shape == "iso":
        return int(m.group("mnum")), int(m.group("day"))
    a, b = int(m.group("a")), int(m.group("b"))
    if a > 12 >= b:
        return b, a
    if b > 12 >= a:
        return a, b
    if a == b:
        return a, b
    return None


def find_dates(text: str) -> list[DateMatch]:
    """All dates in ``text``, leftmost first; where shapes overlap the longer match wins."""
    words = date_words()
    found: list[DateMatch] = []
    for shape, pattern in _patterns().items():
        for m in pattern.finditer(text):
            parts = _match_parts(shape, m)
            if parts is None:
                continue
            month, day = parts
            if not 1 <= day <= 31:
                continue
            year = int(m.group("year")) if m.group("year") else None
            wd = m.groupdict().get("wd")
            found.append(DateMatch(m.start(), m.end(), m.group(0), month, day, year,
                                   words.weekdays[wd.lower()] if wd else None, shape))
    found.sort(key=lambda d: (d.start, -(d.end - d.start)))
    kept: list[DateMatch] = []
    for d in found:
        if kept and d.start < kept[-1].end:
            continue
        kept.append(d)
    return kept


_TIME = re.compile(
    r"\b(?P<h>[012]?\d)(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ampm>(?i:[ap]\.?\s?m\b\.?))?"
    r"(?:\s*\(?(?P<zone>[A-Z](?:\.?[A-Z]){0,3}\.?|[Ee]astern)\)?(?![\w]))?"
)


_ISO_STAMP = re.compile(
    r"\b(?:19|20)\d\d-[01]\d-[0-3]\dT[0-2]\d:[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-][0-2]\d:?[0-5]\d)?")


def find_time(text: str) -> tuple[int, int, tzinfo | None] | None:
    """The first clock time (with a.m./p.m. and zone when written) in a stamp, outside its date."""
    for m in _TIME.finditer(text):
        if m.group("mi") is None and m.group("ampm") is None:
            continue
        hour, minute = int(m.group("h")), int(m.group("mi") or 0)
        ampm = (m.group("ampm") or "").lower()
        if ampm.startswith("p") and hour < 12:
            hour += 12
        elif ampm.startswith("a") and hour == 12:
            hour = 0
        if hour > 23:
            continue
        zone_key = (m.group("zone") or "").replace(".", "").lower()
        return hour, minute, ZONES.get(zone_key)
    return None


def parse_when(text: str) -> datetime | None:
    """A stamp's date and time ('Oct. 21, 2024 5:35 a.m. E.T.'), aware when a zone is written.

    Only a date with its year counts: a stamp is the article's own claim about when it was
    written, and guessing its year would hide that the claim is incomplete.
    """
    if m := _ISO_STAMP.search(text):
        try:
            return datetime.fromisoformat(m.group(0).replace("Z", "+00:00"))
        except ValueError:
            pass
    dates = [d for d in find_dates(text) if d.year is not None and d.on() is not None]
    if not dates:
        return None
    first = dates[0]
    day = first.on()
    assert day is not None
    rest = text[: first.start] + " " * (first.end - first.start) + text[first.end:]
    clock = find_time(rest)
    if clock is None:
        return datetime(day.year, day.month, day.day)
    hour, minute, zone = clock
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=zone)
