"""Parquet: one file per record kind (documents, actors, events, quotes, quantities, times, places)
plus the ledger's claims and mentions, written in row groups so memory stays flat.
"""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from sqlalchemy import Boolean, Connection, Float, Integer, Table, select

from ..ledger.schema import claims, mentions
from ..store import schema as store_schema
from .registry import register
from .stream import batches

ROW_GROUP = 10_000


def _arrow_type(column: object) -> pa.DataType:
    kind = getattr(column, "type", None)
    if isinstance(kind, Boolean):
        return pa.bool_()
    if isinstance(kind, Integer):
        return pa.int64()
    if isinstance(kind, Float):
        return pa.float64()
    return pa.string()


def tables() -> list[tuple[str, Table]]:
    """(file stem, table) for every kind exported; documents leave out the stored JSON record."""
    kinds = [("documents", store_schema.documents)] + [(t.name, t) for t in store_schema.ITEM_TABLES]
    return kinds + [("claims", claims), ("mentions", mentions)]


def write_table(conn: Connection, table: Table, path: Path) -> int:
    cols = [c for c in table.columns if c.name != "record"]
    schema = pa.schema([pa.field(c.name, _arrow_type(c)) for c in cols])
    n = 0
    with pq.ParquetWriter(str(path), schema, compression="zstd") as writer:
        for part in batches(conn, select(*cols), ROW_GROUP):
            writer.write_table(pa.Table.from_pylist(part, schema=schema))
            n += len(part)
    return n


@register("parquet", "one Parquet file per record kind, plus ledger claims and mentions", "", binary=True,
          folder=True)
def write_parquet(conn: Connection, out: Path) -> int:
    """Returns the number of events written (the per-document event rows)."""
    counts = {name: write_table(conn, table, out / f"{name}.parquet") for name, table in tables()}
    return counts["events"]
