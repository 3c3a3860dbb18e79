"""Bulk writes straight to the driver's executemany: the ledger's hot path.

SQLAlchemy Core spends tens of microseconds per row building parameters for an
executemany; the ledger writes several rows per event, so its inserts and
updates go to the DB-API cursor as plain SQL with named placeholders (the
statements are built once per table and column set). Rows are bound by position
(tuples taken in the statement's column order), which SQLite binds about twice as
fast as by name. Dialects whose driver takes neither ``?`` nor ``%s`` fall back to Core.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Table, bindparam

# The positional placeholder of each driver paramstyle that has one (pyformat drivers also take %s).
_MARK = {"qmark": "?", "format": "%s", "pyformat": "%s"}


def _style(conn: Connection) -> str | None:
    if conn.dialect.name == "sqlite":
        return "?"
    return _MARK.get(conn.dialect.paramstyle)


@lru_cache(maxsize=64)
def _insert_sql(table: str, columns: tuple[str, ...], style: str) -> str:
    names = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join(style for _ in columns)
    return f'INSERT INTO "{table}" ({names}) VALUES ({marks})'


@lru_cache(maxsize=64)
def _update_sql(table: str, columns: tuple[str, ...], key: str, style: str) -> str:
    sets = ", ".join(f'"{c}" = {style}' for c in columns)
    return f'UPDATE "{table}" SET {sets} WHERE "id" = {style}'


def positional(rows: list[dict[str, Any]], columns: tuple[str, ...]) -> list[tuple[Any, ...]]:
    """Each row's values in ``columns`` order (by key, so rows built in another key order bind right)."""
    if len(columns) == 1:
        return [(r[columns[0]],) for r in rows]
    get = itemgetter(*columns)
    return list(map(get, rows))


def insert(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    style = _style(conn)
    if style is None:
        conn.execute(table.insert(), rows)
        return
    columns = tuple(rows[0])
    conn.exec_driver_sql(_insert_sql(table.name, columns, style), positional(rows, columns))  # type: ignore[arg-type]


def insert_values(conn: Connection, table: Table, columns: tuple[str, ...], values: list[tuple[Any, ...]]) -> None:
    """Rows already as tuples in ``columns`` order: no dict is built at all."""
    if not values:
        return
    style = _style(conn)
    if style is None:
        conn.execute(table.insert(), [dict(zip(columns, v, strict=True)) for v in values])
        return
    conn.exec_driver_sql(_insert_sql(table.name, columns, style), values)  # type: ignore[arg-type]


@lru_cache(maxsize=16)
def _add_sql(table: str, keys: tuple[str, ...], counters: tuple[str, ...], style: str) -> str:
    names = ", ".join(f'"{c}"' for c in keys + counters)
    marks = ", ".join(style for _ in keys + counters)
    sets = ", ".join(f'"{c}" = "{table}"."{c}" + excluded."{c}"' for c in counters)
    conflict = ", ".join(f'"{c}"' for c in keys)
    return f'INSERT INTO "{table}" ({names}) VALUES ({marks}) ON CONFLICT ({conflict}) DO UPDATE SET {sets}'


def add_counts(conn: Connection, table: Table, keys: tuple[str, ...], counters: tuple[str, ...],
               values: list[tuple[Any, ...]]) -> bool:
    """Upsert adding to counters (SQLite and PostgreSQL syntax); False when the dialect needs Core instead."""
    style = _style(conn)
    if style is None or conn.dialect.name not in ("sqlite", "postgresql"):
        return False
    if values:
        conn.exec_driver_sql(_add_sql(table.name, keys, counters, style), values)  # type: ignore[arg-type]
    return True


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
    columns = tuple(c for c in rows[0] if c != key)
    conn.exec_driver_sql(_update_sql(table.name, columns, key, style),  # type: ignore[arg-type]
                         positional(rows, columns + (key,)))


@contextmanager
def no_cyclic_gc() -> Iterator[None]:
    """Hold the cycle collector off while a batch is built and written.

    A batch allocates hundreds of thousands of short-lived, acyclic dicts and tuples (freed
    by reference counting), and each few hundred allocations trigger a collection that also
    scans every live object: the loaded NLP model or the caller's records. That was about a
    fifth of a batch's time. Cycles made meanwhile are collected after the batch.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
