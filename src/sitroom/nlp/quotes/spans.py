"""Quoted stretches found on characters alone, before any parse is consulted.

The small spaCy model often mis-tokenises or mis-attaches quotation marks, so
where a quote begins and ends is decided here from the marks themselves, with
the newswire conventions that parsers do not know: a quote left open at the end
of a paragraph continues into the next paragraph when that one opens with a
mark again; single marks inside double ones are nested quotes, not new ones;
and a single straight mark is an apostrophe unless it clearly pairs up.
Everything here is pure (text in, offsets out) so it can be tested table-wise.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from sitroom.lexicon import load_yaml

_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
_OPEN_BEFORE = set("([{\u2014\u2013-/\u2018\u201c\u00ab'\"")


@dataclass(frozen=True)
class QuotedStretch:
    """One quote as the marks delimit it.

    ``pieces`` are the quoted characters in each paragraph the quote runs
    through (a quote spanning paragraphs has several), without the marks.
    """

    pieces: tuple[tuple[int, int], ...]
    open_at: int
    close_at: int
    single: bool = False
    closed: bool = True  # False: no closing mark, the paragraph's end closed it

    @property
    def start(self) -> int:
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        return self.pieces[-1][1]

    def text(self, text: str) -> str:
        """The quoted words, paragraph pieces joined by one space."""
        return " ".join(" ".join(text[s:e].split()) for s, e in self.pieces)


@dataclass(frozen=True)
class _Pair:
    open: str
    close: str
    fallback: str = ""  # a mark that closes this pair when its own never comes (“…" in careless copy)


@lru_cache(maxsize=1)
def _marks() -> tuple[tuple[_Pair, ...], tuple[_Pair, ...], int]:
    data = load_yaml("quotes.yaml")["marks"]
    double = tuple(_Pair(m["open"], m["close"], m.get("fallback_close", "")) for m in data["double"])
    single = tuple(_Pair(m["open"], m["close"]) for m in data["single"])
    return double, single, int(load_yaml("quotes.yaml").get("single_max_words", 25))


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Paragraphs as [start, end) without surrounding whitespace.

    Blank lines separate paragraphs; a text with no blank line at all is taken
    to hold one paragraph per line (transcripts, feeds that drop blank lines).
    """
    sep = _BLANK_LINE if _BLANK_LINE.search(text) else re.compile(r"\n")
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in [*sep.finditer(text), None]:
        stop = m.start() if m else len(text)
        chunk = text[pos:stop]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            spans.append((pos + lead, pos + len(chunk.rstrip())))
        if m:
            pos = m.end()
    return spans


def _prev(text: str, i: int, floor: int) -> str:
    return text[i - 1] if i > floor else " "


def _next(text: str, i: int, ceil: int) -> str:
    return text[i + 1] if i + 1 < ceil else " "


def _can_open_straight(text: str, i: int, start: int, end: int) -> bool:
    before, after = _prev(text, i, start), _next(text, i, end)
    return (before.isspace() or before in _OPEN_BEFORE) and not after.isspace()


def _opener_at(text: str, i: int, start: int, end: int, pairs: tuple[_Pair, ...]) -> _Pair | None:
    for pair in pairs:
        if text[i] != pair.open:
            continue
        if pair.open == pair.close and not _can_open_straight(text, i, start, end):
            continue
        return pair
    return None


def _opens_paragraph(text: str, start: int, end: int, pairs: tuple[_Pair, ...]) -> _Pair | None:
    return _opener_at(text, start, start, end, pairs) if start < end else None


def _has_letters(text: str, s: int, e: int) -> bool:
    return any(ch.isalnum() for ch in text[s:e])


def _fallback_close(text: str, start: int, end: int, mark: str) -> int | None:
    """The first ``mark`` in [start, end) placed like a closing mark: after a word, before a space."""
    for j in range(start, end):
        if text[j] == mark and not _prev(text, j, start).isspace() and not _next(text, j, end).isalnum():
            return j
    return None


def _next_opener(text: str, i: int, start: int, end: int, pair: _Pair) -> int:
    """Where the next mark that can open ``pair`` sits in [i, end), or ``end`` (found by ``str.find``,
    not a test per character)."""
    while (i := text.find(pair.open, i, end)) >= 0:
        if _opener_at(text, i, start, end, (pair,)):
            return i
        i += 1
    return end


def _spaced_closer(text: str, i: int, start: int, end: int) -> bool:
    """A straight mark typed after a space that still closes: it follows a sentence's punctuation and a
    space, and a space follows it ('… of the modern country, " said Saggar'), so it can open nothing."""
    return i - 2 >= start and text[i - 1] == " " and text[i - 2] in ",.?!;:" and _next(text, i, end).isspace()


def _next_closer(text: str, i: int, start: int, end: int, pair: _Pair) -> int:
    while (i := text.find(pair.close, i, end)) >= 0:
        if pair.open != pair.close or not _prev(text, i, start).isspace() or _spaced_closer(text, i, start, end):
            return i
        i += 1
    return end


def _scan_pair(text: str, paras: list[tuple[int, int]], pair: _Pair) -> list[QuotedStretch]:
    """Stretches of one kind of mark, a quote left open continuing where the next paragraph re-opens."""
    out: list[QuotedStretch] = []
    open_at = -1
    pieces: list[tuple[int, int]] = []
    piece_start = 0
    for k, (start, end) in enumerate(paras):
        i = start
        if open_at >= 0:  # carried over: this paragraph re-opens with the same mark
            piece_start = i = start + 1
        while i < end:
            if open_at < 0:
                j = _next_opener(text, i, start, end, pair)
                if j < end:
                    open_at, piece_start, pieces = j, j + 1, []
            else:
                j = _next_closer(text, i, start, end, pair)
                if j < end:
                    pieces.append((piece_start, j))
                    if any(_has_letters(text, s, e) for s, e in pieces):
                        out.append(QuotedStretch(tuple(pieces), open_at, j + 1))
                    open_at = -1
            i = j + 1 if j < end else end
            if i == end and open_at >= 0 and pair.fallback:
                alt = _fallback_close(text, piece_start, end, pair.fallback)
                if alt is not None:  # mixed marks: close there and go on scanning after it
                    pieces.append((piece_start, alt))
                    out.append(QuotedStretch(tuple(pieces), open_at, alt + 1))
                    open_at, i = -1, alt + 1
        if open_at < 0:
            continue
        nxt = paras[k + 1] if k + 1 < len(paras) else None
        if nxt and _opens_paragraph(text, nxt[0], nxt[1], (pair,)):
            pieces.append((piece_start, end))
            continue
        straight_mid = pair.open == pair.close and open_at != start
        if not straight_mid and _has_letters(text, piece_start, end):
            out.append(QuotedStretch((*pieces, (piece_start, end)), open_at, end, closed=False))
        open_at = -1
    return out


def find_double(text: str, paras: list[tuple[int, int]] | None = None) -> list[QuotedStretch]:
    """Outer quotes (double marks and guillemets), following quotes across paragraphs.

    Each kind of mark is paired on its own, so that one stray straight mark cannot
    swallow the curly quotes after it; where stretches of two kinds cross, the kind
    listed first in quotes.yaml wins; a quote nested in another is part of it, unless
    the outer one was never closed (then the outer one is the stray).
    """
    paras = paragraph_spans(text) if paras is None else paras
    kept: list[QuotedStretch] = []  # disjoint, in order: overlap with a new stretch is a bisection
    opens: list[int] = []
    closes: list[int] = []
    for pair in _marks()[0]:
        for q in _scan_pair(text, paras, pair):
            lo, hi = bisect_right(closes, q.open_at), bisect_left(opens, q.close_at)
            near = kept[lo:hi]
            inner = [k for k in near if q.open_at <= k.open_at and k.close_at <= q.close_at]
            if len(inner) == len(near) and not (inner and not q.closed):
                kept[lo:hi], opens[lo:hi], closes[lo:hi] = [q], [q.open_at], [q.close_at]
    return kept


def _closing_single(text: str, i: int, end: int, pair: _Pair, max_words: int) -> int:
    """Where the single mark opened at ``i`` closes, or ``end``; the search stops once the stretch
    holds more than ``max_words`` words, since such a stretch is refused anyway."""
    words, in_word = 0, False
    for j in range(i + 1, end):
        ch = text[j]
        if ch == pair.close and not _next(text, j, end).isalnum() and not text[j - 1].isspace():
            return j
        if ch.isspace():
            in_word = False
        elif not in_word:
            in_word, words = True, words + 1
            if words > max_words + 1:
                break
    return end


def _find_single_in(text: str, start: int, end: int, max_words: int) -> list[QuotedStretch]:
    pairs = _marks()[1]
    out: list[QuotedStretch] = []
    i = start
    while i < end:
        pair = _opener_at(text, i, start, end, pairs)
        if pair is None or _prev(text, i, start) not in " \t\n([{\u2014\u2013\"\u201c":
            i += 1
            continue
        j = _closing_single(text, i, end, pair, max_words)
        if j < end and _has_letters(text, i + 1, j) and len(text[i + 1:j].split()) <= max_words:
            out.append(QuotedStretch(((i + 1, j),), i, j + 1, single=True))
            i = j + 1
        else:
            i += 1
    return out


def find_quotes(text: str) -> list[QuotedStretch]:
    """All top-level quoted stretches in reading order: double marks, then lone single marks."""
    paras = paragraph_spans(text)
    doubles = find_double(text, paras)
    max_words = _marks()[2]
    taken = [(q.open_at, q.close_at) for q in doubles]  # disjoint and in order
    closes = [b for _, b in taken]
    singles: list[QuotedStretch] = []
    for start, end in paras:
        gaps = [(start, end)]
        for a, b in taken[bisect_right(closes, start):bisect_left(closes, end) + 1]:
            gaps = [g for s, e in gaps for g in ((s, min(e, a)), (max(s, b), e)) if g[0] < g[1]]
        for s, e in gaps:
            singles.extend(_find_single_in(text, s, e, max_words))
    return sorted([*doubles, *singles], key=lambda q: q.open_at)
