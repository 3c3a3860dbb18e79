"""Row streaming shared by exporters: server-side cursors and fixed-size batches, never the whole table."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import Connection, Select

BATCH = 2_000


def rows(conn: Connection, query: Select, batch: int = BATCH) -> Iterator[Any]:
    """Rows of ``query`` fetched ``batch`` at a time (stream_results + yield_per)."""
    result = conn.execution_options(stream_results=True, yield_per=batch).execute(query)
    try:
        yield from result
    finally:
        result.close()


def batches(conn: Connection, query: Select, batch: int = BATCH) -> Iterator[list[dict[str, Any]]]:
    """The same rows as lists of dicts of at most ``batch`` rows."""
    result = conn.execution_options(stream_results=True, yield_per=batch).execute(query)
    try:
        for part in result.mappings().partitions(batch):
            yield [dict(r) for r in part]
    finally:
        result.close()
