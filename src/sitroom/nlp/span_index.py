"""Sorted indexes over character spans, so that "which spans touch this range" costs a bisection.

Components ask such questions once per token or per frame; answering each with a scan of every
mention, time or quote in the document made the whole pipeline grow with the square of the
article's length. ``SpanSet`` answers overlap questions in O(log n + k); ``doc_index`` keeps one
index per Doc and per item list, rebuilt only when that list is replaced or grows.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from itertools import accumulate
from typing import Any, Generic, TypeVar, cast

from spacy.tokens import Doc

T = TypeVar("T")

_PENDING_MAX = 64  # spans added since the last rebuild that are checked one by one


class SpanSet(Generic[T]):
    """Spans [start, end) with a payload each, sorted by start, with the running maximum of ends.

    The running maximum makes "does anything overlap [a, b)" one bisection: the first span whose
    running end passes ``a`` is itself a span that ends after ``a``. Spans added later wait in a
    short list that is merged in once it grows.
    """

    def __init__(self, spans: Iterable[tuple[int, int, T]] = ()) -> None:
        self._pending: list[tuple[int, int, T]] = []
        self._build(list(spans))

    def _build(self, spans: list[tuple[int, int, T]]) -> None:
        self._spans = sorted(spans, key=lambda s: (s[0], s[1]))
        self._starts = [s[0] for s in self._spans]
        self._max_end = list(accumulate((s[1] for s in self._spans), max))

    def add(self, start: int, end: int, payload: T) -> None:
        self._pending.append((start, end, payload))
        if len(self._pending) > _PENDING_MAX:
            self._build(self._spans + self._pending)
            self._pending = []

    def _window(self, start: int, end: int) -> tuple[int, int]:
        return bisect_right(self._max_end, start), bisect_left(self._starts, end)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether any span shares a character with [start, end)."""
        lo, hi = self._window(start, end)
        return lo < hi or any(s < end and start < e for s, e, _ in self._pending)

    def overlapping(self, start: int, end: int) -> list[tuple[int, int, T]]:
        """Spans sharing a character with [start, end), in start order (then those added since)."""
        lo, hi = self._window(start, end)
        found = [s for s in self._spans[lo:hi] if s[1] > start]
        return found + [s for s in self._pending if s[0] < end and start < s[1]]

    def within(self, start: int, end: int) -> list[tuple[int, int, T]]:
        """Spans lying inside [start, end)."""
        lo, hi = bisect_left(self._starts, start), bisect_left(self._starts, end)
        found = [s for s in self._spans[lo:hi] if s[1] <= end]
        return found + [s for s in self._pending if start <= s[0] and s[1] <= end]


def doc_index(doc: Doc, name: str, items: Sequence[Any],
              spans: Callable[[Any], Iterable[tuple[int, int, Any]]]) -> SpanSet:
    """One ``SpanSet`` per Doc, name and item list, rebuilt when the list is replaced or changes length."""
    key = f"sitroom.span_index.{name}"
    cached = doc.user_data.get(key)
    if cached is not None and cached[0] is items and cached[1] == len(items):
        return cached[2]
    index: SpanSet = SpanSet(spans(items))
    doc.user_data[key] = (items, len(items), index)
    return index


R = TypeVar("R")


def doc_derived(doc: Doc, name: str, items: Sequence[Any], build: Callable[[Sequence[Any]], R]) -> R:
    """A value computed from one of the Doc's item lists (a filtered copy, a lookup table), kept per
    Doc and rebuilt when the list is replaced or changes length, like ``doc_index``: helpers asked
    once per token or event must not rebuild it from the whole list on every call."""
    key = f"sitroom.derived.{name}"
    cached = doc.user_data.get(key)
    if cached is not None and cached[0] is items and cached[1] == len(items):
        return cast(R, cached[2])
    value = build(items)
    doc.user_data[key] = (items, len(items), value)
    return value
