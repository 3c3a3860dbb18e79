"""Bulk writes straight to the driver's executemany: the ledger's hot path.

SQLAlchemy Core spends tens of microseconds per row building parameters for an
executemany; the ledger writes several rows per event, so its inserts and
updates go to the DB-API cursor as plain SQL with named placeholders (the
statements are built once per table and column set). Dialects whose driver
takes neither ``:name`` nor ``%(name)s`` fall back to Core.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, Table, bindparam

_PLACEHOLDER = {"sqlite": ":{}", "named": ":{}", "pyformat": "%({})s"}


def _style(conn: Connection) -> str | None:
    if conn.dialect.name == "sqlite":
        return _PLACEHOLDER["sqlite"]
    return _PLACEHOLDER.get(conn.dialect.paramstyle)


@lru_cache(maxsize=64)
def _insert_sql(table: str, columns: tuple[str, ...], style: str) -> str:
    names = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join(style.format(c) for c in columns)
    return f'INSERT INTO "{table}" ({names}) VALUES ({marks})'


@lru_cache(maxsize=64)
def _update_sql(table: str, columns: tuple[str, ...], key: str, style: str) -> str:
    sets = ", ".join(f'"{c}" = {style.format(c)}' for c in columns if c != key)
    return f'UPDATE "{table}" SET {sets} WHERE "id" = {style.format(key)}'


def insert(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    style = _style(conn)
    if style is None:
        conn.execute(table.insert(), rows)
        return
    conn.exec_driver_sql(_insert_sql(table.name, tuple(rows[0]), style), rows)  # type: ignore[arg-type]


def update_by_id(conn: Connection, table: Table, rows: list[dict[str, Any]], key: str = "cid") -> None:
    """UPDATE table SET <every other key> WHERE id = rows[key]; all rows share one set of keys."""
    if not rows:
        return
    style = _style(conn)
    if style is None:
        stmt = table.update().where(table.c.id == bindparam(key)).values(
            {k: bindparam(k) for k in rows[0] if k != key})
        conn.execute(stmt, rows)
        return
    conn.exec_driver_sql(_update_sql(table.name, tuple(rows[0]), key, style), rows)  # type: ignore[arg-type]
