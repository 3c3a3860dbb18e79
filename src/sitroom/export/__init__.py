"""Exporters: a registry of formats, each streaming rows out of the store so memory stays flat.

``export(store, "gdelt", Path("events.tsv"))`` writes one format and returns the
number of rows (records, events, features, edges) written. Formats register
themselves with ``@register``; see docs/exports.md for what each one holds.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Connection, Engine

from ..errors import BadOption
from .registry import EXPORTERS, Exporter, register


@contextlib.contextmanager
def _connection(store_or_conn: Any) -> Iterator[Connection]:
    if isinstance(store_or_conn, Connection):
        yield store_or_conn
        return
    engine = store_or_conn if isinstance(store_or_conn, Engine) else getattr(store_or_conn, "engine", None)
    if engine is None:
        raise BadOption("export needs a Store, an Engine or a Connection")
    with engine.connect() as conn:
        yield conn


@contextlib.contextmanager
def _target(exporter: Exporter, out: Path | IO[Any] | str) -> Iterator[Any]:
    if exporter.folder:
        if not isinstance(out, str | Path) or str(out) == "-":
            raise BadOption(f"{exporter.name} writes one file per table", hint="give a folder with --out DIR")
        folder = Path(out)
        folder.mkdir(parents=True, exist_ok=True)
        yield folder
        return
    if not isinstance(out, str | Path):
        yield out
        return
    path = Path(out)
    if path.parent and not path.parent.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
    if exporter.binary:
        with path.open("wb") as fh:
            yield fh
    else:
        with path.open("w", encoding="utf-8", newline="") as fh:
            yield fh


def export(store_or_conn: Any, fmt: str, out: Path | IO[Any] | str, **options: Any) -> int:
    """Write the store in format ``fmt`` to a path, an open file or (folder formats) a folder."""
    _load()
    exporter = EXPORTERS.get(fmt)
    if exporter is None:
        raise BadOption(f"unknown export format {fmt!r}", hint="use one of: " + ", ".join(sorted(EXPORTERS)))
    with _connection(store_or_conn) as conn, _target(exporter, out) as target:
        return exporter.write(conn, target, **options)


def _load() -> None:
    from . import csv, gdelt, geojson, graphml, jsonl, parquet  # noqa: F401  (register formats)


_load()

__all__ = ["EXPORTERS", "Exporter", "export", "register"]
