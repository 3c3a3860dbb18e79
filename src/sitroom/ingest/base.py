"""Reader registry: readers declare how to recognise their input and turn it into Documents.

A reader is chosen by sniffing the first bytes of the input (content first,
extension second), so a feed saved as ``.txt`` or JSONL named ``.data``
still reads correctly.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol, TypeVar

from ..config import Settings
from ..errors import DecodingFallback, EmptyInput, SitroomError, warn
from ..records import Document


@dataclass
class Source:
    """One input as bytes, with where it came from (path, URL or '-')."""

    where: str
    data: bytes
    path: Path | None = None
    url: str | None = None
    hints: dict = field(default_factory=dict)


@dataclass
class Failure:
    """A part of an input that could not be read; the rest of the input still loads."""

    where: str
    error: SitroomError


ReadResult = Document | Failure


class Reader(Protocol):
    name: str

    def sniff(self, source: Source) -> float: ...

    def read(self, source: Source, settings: Settings) -> Iterator[ReadResult]: ...


READERS: dict[str, Reader] = {}
R = TypeVar("R", bound=Reader)


def register_reader(cls: type[R]) -> type[R]:
    instance = cls()
    READERS[instance.name] = instance
    return cls


def decode(data: bytes, where: str) -> str:
    """UTF-8 first; on bad bytes fall back (cp1252, then latin-1) with a coded warning, never crash."""
    if not data.strip():
        raise EmptyInput("the input is empty", where=where, hint="pass a file that contains an article")
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise EmptyInput("the input looks binary, not text", where=where,
                         hint="pass plain text, HTML, JSONL or a feed")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        for enc in ("cp1252", "latin-1"):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                continue
            warn(DecodingFallback, f"{where}: not valid UTF-8 at byte {exc.start}; decoded as {enc}")
            return text
    raise AssertionError("latin-1 decodes any bytes")


Loader = Callable[[Source, Settings], Iterator[ReadResult]]
