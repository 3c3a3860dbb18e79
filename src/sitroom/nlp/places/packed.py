"""A name index that unpickles in milliseconds: keys and rows as text, records made on lookup.

The gazetteer maps about 180,000 names to 37,000 candidates. As a dict of lists of dataclass
records its pickle took about half a second to load, most of it creating the dict's keys and
the records, at every start of every process that analyses text, although one article looks
up a few dozen names. Here the sorted keys and the encoded rows are two strings and the
postings two integer arrays: unpickling copies four buffers; the first lookup splits the
strings once (tens of milliseconds), and a lookup bisects the keys and builds the records it
returns, each once. Field values round-trip exactly (strings, ints, floats by ``repr``,
booleans, None), so a lookup returns records equal to those of the table it was packed from.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, Generic, TypeVar

T = TypeVar("T")

_ESCAPES = {"\\": "\\\\", "\t": "\\t", "\n": "\\n"}
_UNESCAPES = {"\\": "\\", "t": "\t", "n": "\n"}


def _escape(text: str) -> str:
    if not any(c in text for c in _ESCAPES):
        return text
    return "".join(_ESCAPES.get(c, c) for c in text)


def _unescape(text: str) -> str:
    if "\\" not in text:
        return text
    out, chars = [], iter(text)
    for c in chars:
        out.append(_UNESCAPES[next(chars)] if c == "\\" else c)
    return "".join(out)


def encode_field(value: Any) -> str:
    """One field as tagged text: the tag keeps None, "" and the number types apart."""
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "b1" if value else "b0"
    if isinstance(value, int):
        return f"i{value}"
    if isinstance(value, float):
        return f"f{value!r}"
    if isinstance(value, str):
        return "s" + _escape(value)
    raise TypeError(f"cannot pack a field of type {type(value).__name__}")


def decode_field(text: str) -> Any:
    tag, body = text[:1], text[1:]
    if tag == "s":
        return _unescape(body)
    if tag == "i":
        return int(body)
    if tag == "f":
        return float(body)
    if tag == "b":
        return body == "1"
    return None


class PackedIndex(Generic[T]):
    """``key -> list of records`` with the lookups of a dict of lists, packed for fast loading.

    ``make`` builds a record from its decoded fields (the record type itself, for a dataclass);
    ``fields`` gives a record's fields in that order. Both must be picklable by reference
    (module-level functions or classes).
    """

    def __init__(self, table: Mapping[str, Sequence[T]], make: Callable[..., T],
                 fields: Callable[[T], Iterable[Any]]) -> None:
        rows: dict[T, int] = {}
        starts, ids = array("I", [0]), array("I")
        keys = sorted(table)
        for key in keys:
            if "\n" in key:
                raise ValueError(f"a packed key cannot hold a line break: {key!r}")
            for record in table[key]:
                ids.append(rows.setdefault(record, len(rows)))
            starts.append(len(ids))
        self._make = make
        self._keys_text = "\n".join(keys)
        self._rows_text = "\n".join("\t".join(encode_field(v) for v in fields(r)) for r in rows)
        self._starts, self._ids = starts, ids
        self._keys: list[str] | None = None
        self._rows: list[str] = []
        self._made: dict[int, T] = {}

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state.update(_keys=None, _rows=[], _made={})   # what the first lookup rebuilds
        return state

    def __len__(self) -> int:
        return len(self._starts) - 1

    def _record(self, row: int) -> T:
        record = self._made.get(row)
        if record is None:
            record = self._make(*(decode_field(f) for f in self._rows[row].split("\t")))
            self._made[row] = record
        return record

    def get(self, key: str) -> list[T]:
        """The records under ``key`` in their original order; [] for an unknown key."""
        if self._keys is None:
            self._keys = self._keys_text.split("\n") if len(self) else []
            self._rows = self._rows_text.split("\n")
        i = bisect_left(self._keys, key)
        if i == len(self._keys) or self._keys[i] != key:
            return []
        return [self._record(j) for j in self._ids[self._starts[i]:self._starts[i + 1]]]

    def keys(self) -> list[str]:
        return self._keys_text.split("\n") if len(self) else []

    def as_dict(self) -> dict[str, list[T]]:
        """The whole table unpacked (for tests and tools; lookups never need it)."""
        return {key: self.get(key) for key in self.keys()}
