"""The article's own date: an ordered table of named finders, a year for year-less datelines, and checks.

Relative dates ("on Tuesday") and event dates hang on this one date, so each step
says what it found and from which text. The order is: a published date (container
metadata, a "Published …" stamp or a date line), the wire dateline's date, an
"Updated …" date, then the user's ``--date``. A dateline without a year ("MOSCOW,
March 3 (AFP)") takes its year from the best evidence: metadata dates, ``--date``,
then the years the text mentions, choosing the latest year that does not put the
date after the evidence. The chosen date is then checked against the text; a
contradiction is recorded and warned about, never silently accepted.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from ..records import DateConflict, DateEvidence
from .dateline import parse_dateline
from .dates import DateMatch, date_words, find_dates
from .metadata import FoundDate, Header

ONE_DAY = timedelta(days=1)
TEXT_YEAR_WINDOW = 6
"""How far from the newest year the text mentions a year-less date may fall. The copy's weekdays
choose within it ('said Saturday' on the day filed); a year the text mentions breaks ties."""
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_WEEKDAY = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)('s)?\b")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”]?\s+(?=[A-Z\"“])|\n+")
_PAST = re.compile(r"\b[A-Z][a-z]+day's\b")
YEARLESS_WINDOW = timedelta(days=7)
"""A year-less date in a past-tense sentence is read as its latest past occurrence unless it falls within
this many days after the article's date ('Wednesday's vote on March 5' under a March 3 dateline)."""


@dataclass(frozen=True)
class Evidence:
    """What the finders may use: the header's dates, the container's metadata, the user's date, the text."""

    head: Header
    published: datetime | None
    updated: datetime | None
    user: date | None
    body: str
    meta_dateline: str | None
    published_from_meta: bool


def _as_date(value: str | date | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        return None


def _year_before(match: DateMatch, ev: date) -> int | None:
    """The latest year that does not put month/day after ``ev`` (a day's grace for time zones)."""
    for year in (ev.year, ev.year - 1):
        day = match.on(year)
        if day is not None and day <= ev + ONE_DAY:
            return year
    return None


def _weekday_score(match: DateMatch, year: int, body: str) -> tuple[int, int]:
    """How often the copy names the date's weekday ('said Saturday' on the day filed), then the day before."""
    day = match.on(year)
    if day is None:
        return -1, -1
    names = [m.group(1) for m in _WEEKDAY.finditer(body)]
    return names.count(_WEEKDAYS[day.weekday()]), names.count(_WEEKDAYS[(day.weekday() - 1) % 7])


def _years_in_text(body: str) -> list[int]:
    """Years the text mentions as facts, not targets ('by 2030', 'until 2027' are left out)."""
    leads = date_words().target_year_lead
    years = []
    for m in _YEAR.finditer(body):
        before = body[max(0, m.start() - 20): m.start()].lower().rstrip()
        if any(before.endswith(" " + w) or before == w for w in leads):
            continue
        years.append(int(m.group(0)))
    return years


def infer_year(match: DateMatch, ev: Evidence) -> tuple[int, str] | None:
    """A year for a year-less date, with where it came from; None when there is no evidence."""
    for source, when in (("published", ev.published and ev.published.date()),
                         ("updated", ev.updated and ev.updated.date()), ("user", ev.user)):
        if when and (year := _year_before(match, when)) is not None:
            return year, source
    years = _years_in_text(ev.body)
    if not years:
        return None
    newest = max(years)
    candidates = [y for y in range(newest - TEXT_YEAR_WINDOW, newest + TEXT_YEAR_WINDOW + 1)
                  if match.on(y) is not None]
    scored = [(_weekday_score(match, y, ev.body), y in years, y >= newest, -abs(y - newest), y) for y in candidates]
    if not scored:
        return None
    best = max(scored)
    if best[0][0] <= 0:
        return None  # years alone do not say which one the article was written in
    return best[-1], "text"


def _evidence(found: FoundDate, value: date, year: str) -> DateEvidence:
    return DateEvidence(value=value.isoformat(), rule=found.rule, text=found.text, start=found.start,
                        end=found.end, year=year)  # type: ignore[arg-type]


def _published(ev: Evidence) -> tuple[DateEvidence, str] | None:
    if ev.published is None:
        return None
    if ev.published_from_meta:
        return DateEvidence(value=ev.published.date().isoformat(), rule="metadata:published"), "published"
    found = next((f for f in ev.head.dates if f.kind == "published" and f.when == ev.published), None)
    rule = found.rule if found else "header:published"
    return DateEvidence(value=ev.published.date().isoformat(), rule=rule,
                        text=found.text if found else None), "published"


def _datelines(ev: Evidence) -> list[FoundDate]:
    found = [f for f in ev.head.dates if f.kind == "dateline" or (f.when is None and f.match is not None)]
    if ev.meta_dateline and (parsed := parse_dateline(ev.meta_dateline, lead=False)) and parsed.date:
        found.insert(0, FoundDate("dateline", "metadata:dateline", ev.meta_dateline, match=parsed.date))
    return found


def _dateline(ev: Evidence) -> tuple[DateEvidence, str] | None:
    for found in _datelines(ev):
        assert found.match is not None
        source = "published" if found.kind == "published" else "dateline"  # a year-less date line
        if found.match.year is not None:
            value = found.match.on()
            if value is not None:
                return _evidence(found, value, "stated"), source
            continue
        inferred = infer_year(found.match, ev)
        if inferred is not None and (value := found.match.on(inferred[0])) is not None:
            return _evidence(found, value, inferred[1]), source
    return None


def _updated(ev: Evidence) -> tuple[DateEvidence, str] | None:
    if ev.updated is None:
        return None
    found = next((f for f in ev.head.dates if f.kind == "updated" and f.when == ev.updated), None)
    return DateEvidence(value=ev.updated.date().isoformat(), rule=found.rule if found else "metadata:updated",
                        text=found.text if found else None), "updated"


def _user(ev: Evidence) -> tuple[DateEvidence, str] | None:
    if ev.user is None:
        return None
    return DateEvidence(value=ev.user.isoformat(), rule="user"), "user"


Finder = Callable[[Evidence], tuple[DateEvidence, str] | None]
FINDERS: tuple[tuple[str, Finder], ...] = (
    ("published", _published), ("dateline", _dateline), ("updated", _updated), ("user", _user),
)
"""The date finders in order of trust; the first that finds a date gives the reference date."""


def _nearest(match: DateMatch, ref: date) -> date | None:
    """A year-less date in the text, in the year that puts it nearest the reference date."""
    days = [d for y in (ref.year - 1, ref.year, ref.year + 1) if (d := match.on(y)) is not None]
    return min(days, key=lambda d: abs((d - ref).days)) if days else None


def _has_cue(sentence: str, cues: tuple[str, ...]) -> bool:
    low = " " + sentence.lower() + " "
    return any(re.search(rf"\b{re.escape(c)}\b", low) for c in cues)


def _sentences(body: str) -> list[tuple[int, str]]:
    """Sentences with their offsets; 'Jan. 11' does not end one (a full stop ends a sentence only before a capital)."""
    out, start = [], 0
    for m in _SENTENCE_END.finditer(body):
        out.append((start, body[start: m.start()]))
        start = m.end()
    out.append((start, body[start:]))
    return out


def _text_conflicts(ref: date, body: str) -> list[DateConflict]:
    """Dates in the text that cannot be true if the article was written on ``ref``."""
    words = date_words()
    out: list[DateConflict] = []
    for start, s in _sentences(body):
        for m in find_dates(s):
            when = m.on() if m.year is not None else _nearest(m, ref)
            if when is None:
                continue
            begin, end = start + m.start, start + m.end
            if m.year is None and m.weekday is not None and when.weekday() != m.weekday \
                    and abs((when - ref).days) <= 31:
                out.append(DateConflict(kind="weekday_mismatch", text=m.text, start=begin, end=end,
                                        detail=f"{when.isoformat()} is a {_WEEKDAYS[when.weekday()]}"))
            past = _has_cue(s, words.past_cues) or bool(_PAST.search(s))
            soon = m.year is not None or when <= ref + YEARLESS_WINDOW
            if ref + ONE_DAY < when and soon and past and not _has_cue(s, words.future_cues):
                out.append(DateConflict(kind="past_date_after", text=m.text, start=begin, end=end,
                                        detail=f"reported as done on {when.isoformat()}, after {ref.isoformat()}"))
    return out


def _source_conflicts(ref: date, chosen: DateEvidence, ev: Evidence) -> list[DateConflict]:
    """A dateline and a publication date (or two datelines) more than a day apart."""
    out = []
    for f in _datelines(ev):
        if f.match is None:
            continue
        year = f.match.year if f.match.year is not None else (infer_year(f.match, ev) or (None, ""))[0]
        other = f.match.on(year)
        if f.rule != chosen.rule and other is not None and abs((other - ref).days) > 1:
            out.append(DateConflict(kind="sources_disagree", text=f.text, start=f.start, end=f.end,
                                    detail=f"{other.isoformat()} against the chosen {ref.isoformat()}"))
    return out


def find_reference_date(ev: Evidence) -> tuple[DateEvidence | None, str]:
    """The reference date's evidence and its source label (published, dateline, updated, user or none)."""
    for _, finder in FINDERS:
        found = finder(ev)
        if found is None:
            continue
        chosen, source = found
        ref = date.fromisoformat(chosen.value)
        conflicts = _source_conflicts(ref, chosen, ev) + _text_conflicts(ref, ev.body)
        if conflicts:
            chosen = chosen.model_copy(update={"conflicts": conflicts})
        return chosen, source
    return None, "none"


def evidence(head: Header, *, published: datetime | None, updated: datetime | None,
             fallback: str | date | None, meta_dateline: str | None, published_from_meta: bool) -> Evidence:
    return Evidence(head, published, updated, _as_date(fallback), head.body, meta_dateline, published_from_meta)
