"""From what the user typed (paths, folders, URLs, '-') to Documents, one Failure per bad input."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..config import Settings
from ..errors import InputNotFound, InputTooLarge, InputUnreadable, SitroomError, UnsupportedFormat
from .base import READERS, Failure, ReadResult, Source
from .fetch import fetch_url

SKIP_SUFFIXES = {".db", ".sqlite", ".gz", ".zip", ".png", ".jpg", ".jpeg", ".gif", ".pdf", ".parquet", ".pyc"}


def choose_reader(source: Source, forced: str | None = None):  # type: ignore[no-untyped-def]
    if forced:
        if forced not in READERS:
            raise UnsupportedFormat(f"unknown reader {forced!r}", where=source.where,
                                    hint=f"use one of: {', '.join(sorted(READERS))}")
        return READERS[forced]
    scored = sorted(((r.sniff(source), name) for name, r in READERS.items()), reverse=True)
    return READERS[scored[0][1]]


def _read_bytes(path: Path, settings: Settings) -> bytes:
    if not path.exists():
        raise InputNotFound(f"no such file: {path}", where=str(path), hint="check the path")
    try:
        size = path.stat().st_size
        if size > settings.max_bytes:
            raise InputTooLarge(f"the file has {size} bytes, more than the limit of {settings.max_bytes}",
                                where=str(path), hint="split the file or raise SITROOM_MAX_BYTES")
        return path.read_bytes()
    except OSError as exc:
        raise InputUnreadable(f"cannot read the file: {exc.strerror}", where=str(path),
                              hint="check permissions") from exc


def expand(inputs: Iterable[str], glob: str = "**/*") -> Iterator[str]:
    """Folders become their files (recursive, glob-filtered, sorted); other inputs pass through."""
    for item in inputs:
        path = Path(item)
        if item != "-" and "://" not in item and path.is_dir():
            for child in sorted(path.glob(glob)):
                if child.is_file() and not child.name.startswith(".") and child.suffix.lower() not in SKIP_SUFFIXES:
                    yield str(child)
        else:
            yield item


def _source(item: str, settings: Settings) -> Source:
    if item == "-":
        data = sys.stdin.buffer.read(settings.max_bytes + 1)
        if len(data) > settings.max_bytes:
            raise InputTooLarge("standard input is over the size limit", where="<stdin>",
                                hint="raise SITROOM_MAX_BYTES")
        return Source("<stdin>", data)
    if item.startswith(("http://", "https://")):
        return Source(item, fetch_url(item, settings), url=item)
    return Source(item, _read_bytes(Path(item), settings), path=Path(item))


def read_inputs(inputs: Iterable[str], settings: Settings, *, glob: str = "**/*",
                reader: str | None = None) -> Iterator[ReadResult]:
    for item in expand(inputs, glob):
        try:
            source = _source(item, settings)
            yield from choose_reader(source, reader).read(source, settings)
        except SitroomError as exc:
            yield Failure(item, exc)
