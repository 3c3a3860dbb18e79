"""JSONL: one analysed article per line, exactly the record contract (``sitroom/1``) as stored."""

from __future__ import annotations

from typing import IO

from sqlalchemy import Connection, select

from ..store import schema as store_schema
from .registry import register
from .stream import rows


@register("jsonl", "one record-contract object per article (sitroom/1)", ".jsonl")
def write_jsonl(conn: Connection, out: IO[str]) -> int:
    docs = store_schema.documents
    n = 0
    for row in rows(conn, select(docs.c.record).order_by(docs.c.ingested_at, docs.c.id), batch=200):
        out.write(row.record)
        out.write("\n")
        n += 1
    return n
