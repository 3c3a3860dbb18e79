"""Wire datelines: where a report was filed, often when, and by which agency.

Agencies open copy with a dateline in many shapes: ``KUALA LUMPUR, April 1 , 1997 (AFP) --``,
``MOSCOW, March 3 (AFP) -``, ``LONDON, 3 March 2024 (Reuters) —``, ``LUSAKA, Nov.3 (Xinhua) --``,
``GENEVA (AP) —``, or on a line of its own without the dash. One reading covers them: an optional
agency in brackets at the end, an optional date before it, and a place before that which must
look like a place (capitalised words, at most a few) so that an ordinary sentence with a dash is
not mistaken for a dateline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .dates import DateMatch, find_dates

_DASH = re.compile(r"\s*(?:--|—|–)\s*|\s*-\s+")
_OUTLET = re.compile(r",?\s*\((?P<outlet>[A-Za-z][A-Za-z .&'\-]{1,30})\)\s*[-,]?\s*$")
_PLACE_WORD = re.compile(r"^(?:[A-Z][\w.'\-/]*|of|de|du|da|al|el|la|le|al-\w+|el-\w+|border|city)$")
_CAPS_HEAD = re.compile(r"^[A-Z][A-Z.'\-/ ]{1,40}$")
_TRAILING_YEAR = re.compile(r"^\s*,\s*(?:19|20)\d\d\b")


@dataclass(frozen=True)
class Dateline:
    """A parsed dateline; ``date`` offsets are relative to the string that was parsed."""

    place: str | None
    date: DateMatch | None
    outlet: str | None
    end: int
    text: str


def _place_ok(place: str, strong: bool) -> bool:
    """Capitalised place words; without a date the first part must be in capitals (wire style), so that
    'Nwankwo Kanu (Portsmouth)' in a list is no dateline while 'WASHINGTON (AP)' is."""
    parts = [p.strip() for p in place.split(",") if p.strip()]
    if not parts or len(parts) > 3:
        return False
    words = place.replace(",", " ").split()
    if not words or len(words) > 7 or not all(_PLACE_WORD.match(w) for w in words):
        return False
    return strong or bool(_CAPS_HEAD.match(parts[0]))


def _split_head(head: str) -> tuple[str, DateMatch | None, str | None]:
    outlet = None
    if m := _OUTLET.search(head):
        outlet = m.group("outlet").strip()
        head = head[: m.start()]
    dates = [d for d in find_dates(head) if _TRAILING_YEAR.sub("", head[d.end:]).strip(" ,.)") == ""]
    date = dates[-1] if dates else None
    place = head[: date.start] if date else head
    return place.strip().rstrip(",.(").strip(), date, outlet


def parse_dateline(text: str, *, lead: bool) -> Dateline | None:
    """A dateline opening ``text`` (``lead``: followed by a dash and the story) or filling a whole line."""
    if lead:
        m = _DASH.search(text, 0, 160)
        if m is None or m.start() == 0:
            return None
        head, end = text[: m.start()], m.end()
    else:
        if len(text) > 120 or "\n" in text.strip():
            return None
        head, end = text.rstrip(" -—–"), len(text)
    place, date, outlet = _split_head(head)
    if place and not _place_ok(place, strong=date is not None):
        return None
    if not place and date is None:
        return None
    if not lead and date is None and outlet is None:
        return None  # a place alone on a line is the header's plain dateline rule
    if not lead and date is not None and date.start > 0 and not place:
        return None
    return Dateline(place or None, date, outlet, end, head.strip())
