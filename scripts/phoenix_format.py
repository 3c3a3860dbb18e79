"""Reading the Phoenix dictionary format (TABARI/PETRARCH actor files): records, names, dates.

Kept apart from ``convert_phoenix_actors.py``, which decides what of each record sitroom keeps;
this module only reads what the files say.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

CODE = re.compile(r"\[([^\]\s]*)\s*([^\]]*)\]")
SMALL_WORDS = frozenset({"of", "the", "and", "for", "in", "on", "to", "des", "du"})
LOWER_PARTICLES = frozenset({"al", "el", "bin", "ibn", "de", "da", "del", "der", "van", "von", "la", "le", "du",
                             "dos", "das", "di", "ul", "ud"})


@dataclass
class Entry:
    """One dictionary record: a primary phrase, its synonyms and its coded restrictions."""

    name: str
    aliases: list[str] = field(default_factory=list)
    codes: list[tuple[str, str]] = field(default_factory=list)   # (code, restriction text)
    source: str = ""


def parse(text: str, source: str) -> list[Entry]:
    """Records of a TABARI/PETRARCH actor file: phrase line, '+' synonyms, tab-indented codes."""
    entries: list[Entry] = []
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if raw.startswith(("\t", " ")) and line.strip().startswith("["):
            if entries:
                entries[-1].codes += CODE.findall(line)
            continue
        phrase, codes = CODE.split(line, 1)[0].strip(), CODE.findall(line)
        if line.startswith("+"):
            if entries:
                entries[-1].aliases.append(phrase[1:].strip())
                entries[-1].codes += codes
            continue
        entries.append(Entry(phrase, [], list(codes), source))
    return entries


def phrase_text(phrase: str) -> str:
    """'JIANG_ZEMIN_' -> 'Jiang Zemin'; 'BAN_KI-MOON' -> 'Ban Ki-moon'; particles stay lowercase."""
    words = [w for w in re.split(r"[_\s]+", phrase.strip("_ +")) if w]
    out = []
    for k, w in enumerate(words):
        low = w.lower()
        if k and (low in LOWER_PARTICLES or low in SMALL_WORDS):
            out.append(low)
        elif len(w) <= 4 and w.isalpha() and not any(c in "AEIOU" for c in w[1:]) and k == 0 and len(words) == 1:
            out.append(w)   # an acronym
        else:
            parts = low.split("-")   # "Ki-moon", but "Al-Qaeda": only a particle's next part is capitalised
            out.append("-".join(p.capitalize() if j == 0 or parts[j - 1] in LOWER_PARTICLES else p
                                for j, p in enumerate(parts)))
    return re.sub(r"\s+", " ", " ".join(out)).strip()


def parse_date(text: str) -> date | None:
    """YYMMDD (two-digit years before 30 are 20xx) or YYYYMMDD; None if malformed."""
    try:
        if len(text) == 6:
            yy = int(text[:2])
            return date(2000 + yy if yy < 30 else 1900 + yy, int(text[2:4]), int(text[4:6]))
        if len(text) == 8:
            return date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    except ValueError:
        return None
    return None


def restriction(text: str) -> tuple[date | None, date | None] | None:
    """(start, end exclusive) of '<d', '>d', 'd-d' or '' (the default); None if unreadable."""
    text = text.strip()
    if not text:
        return None, None
    if text.startswith(">") and (d := parse_date(text[1:])):
        return d, None
    if text.startswith("<") and (d := parse_date(text[1:])):
        return None, d + timedelta(days=1)
    if "-" in text:
        a, b = (parse_date(p) for p in text.split("-", 1))
        if a and b and a <= b:
            return a, b + timedelta(days=1)
    return None
