"""Cut a paragraph into pieces the parser handles in time proportional to their length.

spaCy's tokenizer takes time that grows with the square of a whitespace-free run (16,000 quote
marks: over a minute), and the parser and sitroom's per-sentence steps grow with the length of a
sentence, which a line without punctuation makes as long as the line. So a paragraph longer than
``PIECE_CHARS`` is cut, at a sentence end where there is one, else at a line break, else at a
space; and a run of more than ``RUN_CHARS`` characters without whitespace (a URL, a wall of
quote marks, base64) becomes one token of its own without going through the tokenizer. The
pieces concatenate back to the paragraph, so offsets stay those of ``document.text``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

PIECE_CHARS = 3000
RUN_CHARS = 100

_RUN = re.compile(rf"\S{{{RUN_CHARS + 1},}}")
# preferred cut points, best first: after a sentence end, after a line break, after a space
_CUTS = (
    re.compile(r"[.!?;:][\"'\u201d\u2019)\]]*\s+"),
    re.compile(r"\n\s*"),
    re.compile(r"\s+"),
)


@dataclass(frozen=True)
class Piece:
    """``text`` starts at ``start`` of the paragraph; ``run`` marks a whitespace-free run kept as one token
    (``space``: the one space after it belongs to it)."""

    start: int
    text: str
    run: bool = False
    space: bool = False


def _cut_at(text: str, lo: int, hi: int) -> int:
    """The best cut in text[lo:hi]: the end of the last preferred separator, or ``hi``."""
    for pattern in _CUTS:
        ends = [m.end() for m in pattern.finditer(text, lo, hi)]
        if ends and ends[-1] > lo:
            return ends[-1]
    return hi


def _cut(text: str, offset: int, limit: int) -> list[Piece]:
    out: list[Piece] = []
    pos = 0
    while len(text) - pos > limit:
        end = _cut_at(text, pos + limit // 2, pos + limit)
        out.append(Piece(offset + pos, text[pos:end]))
        pos = end
    if pos < len(text):
        out.append(Piece(offset + pos, text[pos:]))
    return out


def pieces(text: str, limit: int = PIECE_CHARS) -> list[Piece]:
    """``text`` as pieces of at most ``limit`` characters (or one long run), in order, covering it."""
    if len(text) <= limit and not _RUN.search(text):
        return [Piece(0, text)]
    out: list[Piece] = []
    pos = 0
    for m in _RUN.finditer(text):
        out.extend(_cut(text[pos:m.start()], pos, limit))
        space = text.startswith(" ", m.end())
        out.append(Piece(m.start(), m.group(0), run=True, space=space))
        pos = m.end() + space
    out.extend(_cut(text[pos:], pos, limit))
    return out
