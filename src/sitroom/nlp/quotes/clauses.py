"""The clause around a quote, on characters: sentence ends, and where an attribution can sit.

A speech verb belongs to a quote when it stands in the quote's own sentence,
outside the marks; this module finds that stretch of text without the parser,
whose sentence splits around quotation marks are unreliable.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Token

from sitroom.lexicon import load_yaml

# A sentence ends at . ! ? (optionally followed by a closing mark) before whitespace, or at a line break.
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019\u00bb)]*\s+|\n")


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    return frozenset(str(a).lower() for a in load_yaml("quotes.yaml").get("abbreviations", []))


def _sentence_ends(text: str, start: int, end: int) -> list[int]:
    """Where sentences end in [start, end): after . ! ? and closing marks, or at a line break.

    A full stop after a title or state abbreviation ("Rep.", "Sen.", "(D-Wis.)") or an
    initial ("John F. Kennedy") does not end the sentence.
    """
    out = []
    for m in _SENTENCE_END.finditer(text, start, end):
        if text[m.start()] == ".":
            word = re.search(r"([A-Za-z.]+)$", text[max(start, m.start() - 12):m.start()])
            if word and (len(word.group(1)) == 1 or word.group(1).lower() in _abbreviations()):
                continue
        out.append(m.start())
    return out


def clause_window(text: str, para: tuple[int, int], open_at: int, close_at: int,
                  fences: list[tuple[int, int]]) -> tuple[tuple[int, int], tuple[int, int]]:
    """The attribution clause around a quote: its sentence outside the marks.

    Before: from the previous sentence end (or the end of an earlier quote) to the
    opening mark. After: from the closing mark to the next sentence end, running
    through later quotes ("…,” Marcia “Cia” Price shouted) whose words the cue
    search skips; empty when the quote itself ended its sentence and a new one
    starts ("…smart.” Trump was …").
    """
    p_start, p_end = para
    lo = p_start
    for stop in _sentence_ends(text, p_start, open_at):
        lo = stop + 1
    lo += len(text[lo:open_at]) - len(text[lo:open_at].lstrip())
    for _, b in fences:
        if lo < b <= open_at:
            lo = b
    stops = _sentence_ends(text, close_at, p_end)
    hi = stops[0] + 1 if stops else p_end
    inner = text[open_at:close_at].rstrip("\"'\u201d\u2019\u00bb \n")
    rest = text[close_at:hi].lstrip()
    if inner.endswith(".") and rest[:1].isupper():
        hi = close_at
    return (lo, open_at), (close_at, hi)


def tokens_in(doc: Doc, start: int, end: int) -> list[Token]:
    span = doc.char_span(start, end, alignment_mode="expand") if start < end else None
    return list(span) if span is not None else []
