"""Recognise header and trailer lines of plain-text news copy as metadata, not body.

Web-copied and wire articles wrap the body in lines a reader would skip:
headline, standfirst, dateline, "Updated on …", "By …", "Edited by …",
"Updated to include …" notes and "RELATED STORIES" link blocks. Each line is
classified by a cascade of small rules; the rule name is kept so that
``document.boilerplate`` shows what was removed and why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo

# Zone abbreviations as newsrooms write them; named zones so DST is applied for the date.
_ZONES: dict[str, tzinfo] = {
    "et": ZoneInfo("America/New_York"), "est": ZoneInfo("America/New_York"),
    "edt": ZoneInfo("America/New_York"), "eastern": ZoneInfo("America/New_York"),
    "ct": ZoneInfo("America/Chicago"), "cst": ZoneInfo("America/Chicago"), "cdt": ZoneInfo("America/Chicago"),
    "mt": ZoneInfo("America/Denver"), "mst": ZoneInfo("America/Denver"), "mdt": ZoneInfo("America/Denver"),
    "pt": ZoneInfo("America/Los_Angeles"), "pst": ZoneInfo("America/Los_Angeles"),
    "pdt": ZoneInfo("America/Los_Angeles"),
    "gmt": UTC, "utc": UTC, "z": UTC,
    "bst": ZoneInfo("Europe/London"), "cet": ZoneInfo("Europe/Paris"), "cest": ZoneInfo("Europe/Paris"),
    "kst": ZoneInfo("Asia/Seoul"), "jst": ZoneInfo("Asia/Tokyo"), "ist": ZoneInfo("Asia/Kolkata"),
    "msk": ZoneInfo("Europe/Moscow"), "hkt": ZoneInfo("Asia/Hong_Kong"),
}

_TZ_TAIL = re.compile(r"\s*\(?\b([A-Za-z](?:\.?[A-Za-z]){0,3}\.?|eastern)\)?\s*$", re.I)
_STAMP = re.compile(
    r"^(?P<kind>updated|published|posted|last updated|first published)\b[:\s]*(?:on\s+|at\s+)?(?P<when>.+)$",
    re.I,
)
_BYLINE = re.compile(r"^(?i:by)\s+(?P<names>[A-Z][\w.'\- ]+(?:(?:,| and| &)\s*[A-Z][\w.'\- ]+)*)\.?$")
_EDITOR = re.compile(r"^(?:edited|produced|translated) by\s+(?P<name>[A-Z][\w.'\- ]+?)\.?$", re.I)
_UPDATE_NOTE = re.compile(r"^(?:this (?:story|article) (?:has been|was) updated|updated to (?:include|add|reflect|"
                          r"correct|clarify)|corrected to|correction:|editor'?s note:)", re.I)
_RELATED = re.compile(r"^(?:related(?: stories| articles| coverage| content)?|read more|see also|"
                      r"more on this story):?$", re.I)
_KICKER = re.compile(r"^(?:for immediate release|press release|news release|media release|breaking(?: news)?|"
                     r"exclusive|developing story|statement|communiqu[ée])\W*$", re.I)
_LINK_RESIDUE = re.compile(r"\s*Opens in new window\s*\]?\s*$", re.I)
_PLACE_PART = r"[A-Z][\w.'\-]*(?:\s+(?:[A-Z][\w.'\-]*|of|de|al|el|la))*"
_DATELINE = re.compile(rf"^{_PLACE_PART}(?:,\s*{_PLACE_PART}){{0,2}}$")
_LEAD_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'\- ]{2,40}(?:,\s*[A-Z][A-Za-z.'\- ]{1,30})?)"
    r"(?:,\s*(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?))?"
    r"\s*(?:\((?P<outlet>[A-Za-z][\w ]{1,30})\))?\s*(?:--|—|–|-)\s+"
)


@dataclass
class Header:
    title: str | None = None
    subtitle: str | None = None
    dateline: str | None = None
    published: datetime | None = None
    updated: datetime | None = None
    authors: list[str] = field(default_factory=list)
    editor: str | None = None
    outlet: str | None = None
    update_notes: list[str] = field(default_factory=list)
    boilerplate: list[str] = field(default_factory=list)
    body: str = ""


def parse_stamp(text: str) -> datetime | None:
    """'Oct. 21, 2024 5:35 a.m. E.T.' -> aware datetime in US Eastern (DST applied for that date)."""
    text = text.strip().rstrip(".")
    zone: tzinfo | None = None
    m = _TZ_TAIL.search(text)
    if m:
        key = m.group(1).replace(".", "").lower()
        if key in _ZONES:
            zone = _ZONES[key]
            text = text[: m.start()]
    text = re.sub(r"\b([ap])\.m\.?", r"\1m", text, flags=re.I)
    import dateparser  # heavy (about 0.3 s): imported by the first header that needs it

    parsed = dateparser.parse(text, settings={"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False},
                              languages=["en"])
    if parsed is None:
        return None
    if zone is not None:
        return parsed.replace(tzinfo=zone)
    return parsed


def _is_short_heading(line: str) -> bool:
    """Headline-like: short, and not ending like a sentence (a question headline is allowed)."""
    if line.endswith("?"):
        return len(line) < 140 and len(line.split()) >= 2
    return len(line) < 200 and not re.search(r"[.!\"”]$", line) and len(line.split()) >= 2


def _is_dateline(line: str) -> bool:
    """A place line: capitalised words, and a comma or capitals ('Taipei, Taiwan', 'KYIV')."""
    return bool(_DATELINE.match(line)) and len(line.split()) <= 6 and ("," in line or line.isupper())


def _classify_trailer(line: str) -> tuple[str, str] | None:
    if m := _EDITOR.match(line):
        return "editor", m.group("name").strip()
    if _UPDATE_NOTE.match(line):
        return "update_note", line
    if _RELATED.match(line):
        return "related", line
    if _LINK_RESIDUE.search(line):
        return "link_residue", line
    return None


def split_header(text: str, headers: bool = True) -> Header:
    """Separate metadata lines from the body of plain-text copy."""
    lines = [ln.strip() for ln in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    blocks = [ln for ln in lines]
    head = Header()
    body_lines: list[str] = []
    i = 0
    # Header zone: short lines before the first prose paragraph.
    non_empty = [k for k, ln in enumerate(blocks) if ln]
    header_seen = 0
    for k in non_empty:
        line = blocks[k]
        if header_seen >= 8 or not headers:
            break
        if m := _STAMP.match(line):
            when = parse_stamp(m.group("when"))
            if when is not None:
                if m.group("kind").lower() in ("updated", "last updated"):
                    head.updated = when
                else:
                    head.published = when
                head.boilerplate.append(f"stamp: {line}")
                i = k + 1
                header_seen += 1
                continue
        if _KICKER.match(line):
            head.boilerplate.append(f"kicker: {line}")
            i = k + 1
            header_seen += 1
            continue
        if m := _BYLINE.match(line):
            head.authors = [n.strip() for n in re.split(r",| and | & ", m.group("names")) if n.strip()]
            head.boilerplate.append(f"byline: {line}")
            i = k + 1
            header_seen += 1
            continue
        if head.title is None and _is_short_heading(line) and not _is_dateline(line):
            head.title = line
            i = k + 1
            header_seen += 1
            continue
        if head.title is not None and head.subtitle is None and head.dateline is None and _is_short_heading(line) \
                and not _is_dateline(line):
            head.subtitle = line
            i = k + 1
            header_seen += 1
            continue
        if head.dateline is None and _is_dateline(line):
            head.dateline = line
            i = k + 1
            header_seen += 1
            continue
        break
    rest = blocks[i:]
    # Trailer and inline boilerplate.
    in_related = False
    for line in rest:
        if not line:
            in_related = False
            body_lines.append("")
            continue
        kind = _classify_trailer(line)
        if kind is None and in_related and _is_short_heading(line):
            kind = ("related", line)
        if kind is None:
            body_lines.append(line)
            continue
        label, value = kind
        if label == "editor":
            head.editor = value
        elif label == "update_note":
            head.update_notes.append(line)
        elif label == "related":
            in_related = True
        head.boilerplate.append(f"{label}: {line}")
    body = "\n".join(body_lines)
    body = re.sub(r"\n{3,}", "\n\n", body).strip()
    if (m := _LEAD_DATELINE.match(body)) and head.dateline is None:
        head.dateline = m.group("place").strip()
        if m.group("outlet"):
            head.outlet = m.group("outlet").strip()
    head.body = body
    return head


def stamp_to_tz(dt: datetime | None, default: tzinfo = UTC) -> datetime | None:
    if dt is None or dt.tzinfo is not None:
        return dt
    return dt.replace(tzinfo=default)


ONE_DAY = timedelta(days=1)
