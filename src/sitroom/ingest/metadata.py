"""Recognise header and trailer lines of plain-text news copy as metadata, not body.

Web-copied and wire articles wrap the body in lines a reader would skip:
headline, standfirst, dateline, "Updated on …", "By …", date lines, "Edited by …",
"Updated to include …" notes and "RELATED STORIES" link blocks. Each line goes
through an ordered table of named steps; the first step that claims it wins, and
its name is kept so that ``document.boilerplate`` shows what was removed and why,
and each date found says which step found it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime

from .dateline import parse_dateline
from .dates import ZONES, DateMatch, date_words, find_dates, find_time, parse_when
from .header import FoundDate, Header
from .trailer import is_short_heading, read_body

_BYLINE = re.compile(r"^(?i:by)\s+(?P<names>[A-Z][\w.'\- ]+(?:(?:,| and| &)\s*[A-Z][\w.'\- ]+)*)\.?$")
_DATED_BYLINE = re.compile(r"^(?i:(?:written|posted|published|reported)\s+)?(?i:by)\s+(?P<names>[A-Z][\w.'\- ]+?)"
                           r"\s+(?i:on)\s+(?P<when>.+)$")
_BY_TAIL = re.compile(r"\s+(?i:by)\s+(?P<names>\w[\w.'\- ]+)$")
_KICKER = re.compile(r"^(?:for immediate release|press release|news release|media release|breaking(?: news)?|"
                     r"exclusive|developing story|statement|communiqu[ée])\W*$", re.I)
_PLACE_PART = r"[A-Z][\w.'\-]*(?:\s+(?:[A-Z][\w.'\-]*|of|de|al|el|la))*"
_DATELINE = re.compile(rf"^{_PLACE_PART}(?:,\s*{_PLACE_PART}){{0,2}}$")
_SEGMENTS = re.compile(r"\s+[|·•/—]\s+|\s+(?=(?:Published|Updated|Last updated|Posted|Modified)\b)")
_CLOCK_ONLY = re.compile(r"^[012]?\d[:.][0-5]\d\s*(?i:[ap]\.?\s?m\.?)?(?:\s*[A-Z]{1,4}T?)?$")
_NAME = re.compile(r"^[A-Z][\w.'&\-]*(?:\s+[A-Z][\w.'&\-]*){0,3}$")
_ISO_CLOCK = re.compile(r"T[0-2]\d:[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-][0-2]\d:?[0-5]\d)?")
_LEFTOVER = re.compile(r"[\w']+")
_ZONE_WORDS = {"am", "pm", "at", "on", "local", "time", "hrs"}


def parse_stamp(text: str) -> datetime | None:
    """'Oct. 21, 2024 5:35 a.m. E.T.' -> aware datetime in US Eastern (DST applied for that date)."""
    return parse_when(text.strip())


def _opens_with_wire_dateline(line: str) -> bool:
    """'SINGAPORE, April 9 (AFP) -- Noon prices:' is the lead paragraph, however short."""
    found = parse_dateline(line, lead=True)
    return found is not None and (found.date is not None or found.outlet is not None)


def _is_dateline(line: str) -> bool:
    """A place line: capitalised words, and a comma or capitals ('Taipei, Taiwan', 'KYIV')."""
    return bool(_DATELINE.match(line)) and len(line.split()) <= 6 and ("," in line or line.isupper())


def _only_date(text: str, d: DateMatch, allowed: int = 0) -> bool:
    """Nothing but the date, a clock time, a zone and at most ``allowed`` other words."""
    rest = _ISO_CLOCK.sub(" ", text[: d.start] + " " + text[d.end:])
    rest = re.sub(r"\b[012]?\d[:.][0-5]\d\b", " ", rest)
    words = [w for w in _LEFTOVER.findall(rest.lower()) if w not in _ZONE_WORDS and w not in ZONES and len(w) > 1]
    return len(words) <= allowed


def _authors(names: str) -> list[str]:
    return [n.strip() for n in re.split(r",| and | & ", names) if n.strip()]


def _same_day_clock(text: str, head: Header) -> datetime | None:
    """'Updated 6:41 p.m. ET' under 'Jan. 9, 2024': a time alone is on the day of the date above it."""
    if head.published is None or not _CLOCK_ONLY.match(text.strip()):
        return None
    clock = find_time(text)
    if clock is None:
        return None
    hour, minute, zone = clock
    day = head.published
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=zone)


def _stamp(line: str, head: Header) -> bool:
    """'Published March 2, 2024', 'Last updated 12:02 GMT, 3 May 2024', 'Posted on May 3, 2024 by admin'."""
    low = line.lower()
    labels = date_words().stamp_labels
    label = next((w for w in sorted(labels, key=len, reverse=True)
                  if low.startswith(w) and not low[len(w):len(w) + 1].isalpha()), None)
    if label is None:
        return False
    when_text = re.sub(r"^[:\s]*(?:(?:on|at)\s+)?", "", line[len(label):])
    by = _BY_TAIL.search(when_text)
    if by:
        when_text = when_text[: by.start()]
    dates = [d for d in find_dates(when_text) if d.year is not None]
    when = parse_when(when_text)
    kind = labels[label]
    if not dates and (clock := _same_day_clock(when_text, head)) is not None:
        when, dates = clock, [DateMatch(0, 0, "", clock.month, clock.day, clock.year)]
    if when is None or not dates or not _only_date(when_text, dates[0], allowed=1):
        return False
    if kind == "updated":
        head.updated = when
    else:
        head.published = when
    if by and not head.authors:
        head.authors = _authors(by.group("names"))
    head.dates.append(FoundDate(kind, f"stamp:{label.replace(' ', '_')}", line, when=when, match=dates[0]))
    head.boilerplate.append(f"stamp: {line}")
    return True


def _kicker(line: str, head: Header) -> bool:
    if not _KICKER.match(line):
        return False
    head.boilerplate.append(f"kicker: {line}")
    return True


def _chrome(line: str, head: Header) -> bool:
    """Page furniture of press releases and blogs ('From: Ministry of …', '4 min read', 'Share')."""
    if not any(p.search(line) for p in date_words().chrome):
        return False
    head.boilerplate.append(f"chrome: {line}")
    return True


def _byline(line: str, head: Header) -> bool:
    if (dated := _DATED_BYLINE.match(line)) and _date_line(dated.group("when"), head):
        head.authors = _authors(dated.group("names"))
        head.boilerplate[-1] = f"byline: {line}"
        return True
    m = _BYLINE.match(line)
    if not m:
        return False
    head.authors = _authors(m.group("names"))
    head.boilerplate.append(f"byline: {line}")
    return True


def _date_line(line: str, head: Header) -> bool:
    """A line that is only a date ('Nov. 12, 2024', 'Tuesday 12 November 2024 14:03 GMT'), before or after a byline."""
    dates = find_dates(line)
    if len(dates) != 1 or (dates[0].year is None and dates[0].weekday is None) or not _only_date(line, dates[0]):
        return False
    d = dates[0]
    when = parse_when(line) if d.year is not None else None
    if when is not None and head.published is None:
        head.published = when
    head.dates.append(FoundDate("published", "date_line", line, when=when, match=d))
    head.boilerplate.append(f"date_line: {line}")
    return True


def _dateline_line(line: str, head: Header) -> bool:
    """A wire dateline on a line of its own ('KUALA LUMPUR, April 1 , 1997 (AFP)')."""
    found = parse_dateline(line, lead=False)
    if found is None or head.dateline is not None:
        return False
    head.dateline = found.place
    head.outlet = head.outlet or found.outlet
    if found.date is not None:
        head.dates.append(FoundDate("dateline", "dateline_line", line, match=found.date))
    return True


def _clock_part(part: str, head: Header) -> bool:
    return bool(_CLOCK_ONLY.match(part))


def _name_part(part: str, head: Header) -> bool:
    """A short capitalised name next to a date ('CBS News', 'Reuters'): a credit, kept in boilerplate."""
    if not _NAME.match(part):
        return False
    head.boilerplate.append(f"credit: {part}")
    return True


def _compound(line: str, head: Header) -> bool:
    """'By Jane Roe | Nov. 12, 2024 | 4 min read': every part a byline, stamp, date, time, credit or chrome."""
    parts = _SEGMENTS.split(line)
    if len(parts) < 2:
        return False
    steps = (_stamp, _byline, _date_line, _chrome, _clock_part, _name_part)
    trial = Header(authors=list(head.authors), published=head.published)
    kinds = []
    for part in parts:
        step = next((st for st in steps if st(part, trial)), None)
        if step is None:
            return False
        kinds.append(step)
    if not any(k in (_stamp, _date_line) for k in kinds) and not trial.dates:
        return False
    for part, step in zip(parts, kinds, strict=True):
        step(part, head)
    return True


def _title(line: str, head: Header) -> bool:
    if head.title is not None or not is_short_heading(line) or _is_dateline(line) \
            or _opens_with_wire_dateline(line):
        return False
    head.title = line
    return True


def _subtitle(line: str, head: Header) -> bool:
    if head.title is None or head.subtitle is not None or head.dateline is not None:
        return False
    if not is_short_heading(line) or _is_dateline(line) or _opens_with_wire_dateline(line):
        return False
    head.subtitle = line
    return True


def _place_dateline(line: str, head: Header) -> bool:
    if head.dateline is not None or not _is_dateline(line):
        return False
    head.dateline = line
    return True


HeaderStep = Callable[[str, Header], bool]
HEADER_STEPS: tuple[tuple[str, HeaderStep], ...] = (
    ("compound", _compound), ("stamp", _stamp), ("kicker", _kicker), ("chrome", _chrome), ("byline", _byline),
    ("date_line", _date_line), ("dateline_line", _dateline_line), ("title", _title), ("subtitle", _subtitle),
    ("place_dateline", _place_dateline),
)
"""Header steps in order: the first that claims a line wins; an unclaimed line ends the header."""

MAX_HEADER_LINES = 8


def _credit_before_date(line: str, following: str | None, head: Header) -> bool:
    """'Anna Greaves Political editor' over a date line: a credit without 'By', known by what follows it."""
    if following is None or len(line.split()) > 8 or re.search(r"[.!?:]$", line):
        return False
    if not (_date_line(following, Header()) or _stamp(following, Header())):
        return False
    head.boilerplate.append(f"credit: {line}")
    return True


def _read_header(lines: list[str], head: Header) -> int:
    """Index of the first body line after the header zone (short lines before the first prose paragraph)."""
    start = seen = 0
    filled = [k for k, line in enumerate(lines) if line]
    for n, k in enumerate(filled):
        line = lines[k]
        following = lines[filled[n + 1]] if n + 1 < len(filled) else None
        if seen >= MAX_HEADER_LINES:
            break
        if not any(step(line, head) for _, step in HEADER_STEPS) and not _credit_before_date(line, following, head):
            break
        start, seen = k + 1, seen + 1
    return start


def _lead_dateline(body: str, head: Header) -> None:
    """'GOMA, March 2 (Wire) - …': the dateline stays in the body; its place, agency and date are noted.

    It may open (or be) the second paragraph when the first is a headline the header rules left in
    the body ('///', '=(PICTURE)=', one-word slugs).
    """
    found, offset = parse_dateline(body, lead=True), 0
    first_break = body.find("\n\n")
    if found is None and 0 < first_break < 200:
        offset = first_break + 2
        second = body[offset:].split("\n\n", 1)[0]
        found = parse_dateline(body[offset:], lead=True) or parse_dateline(second, lead=False)
        if found is not None and found.date is None:
            return
    if found is None:
        return
    if head.dateline is None:
        head.dateline = found.place
        if found.outlet:
            head.outlet = found.outlet
    if found.date is not None:
        head.dates.append(FoundDate("dateline", "lead_dateline", found.text, match=found.date,
                                    start=offset + found.date.start, end=offset + found.date.end))


def split_header(text: str, headers: bool = True) -> Header:
    """Separate metadata lines from the body of plain-text copy."""
    lines = [ln.strip() for ln in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    head = Header()
    start = _read_header(lines, head) if headers else 0
    trailer = read_body(lines[start:])
    head.body, head.editor = trailer.body, trailer.editor
    head.update_notes.extend(trailer.update_notes)
    head.boilerplate.extend(trailer.boilerplate)
    _lead_dateline(head.body, head)
    return head
