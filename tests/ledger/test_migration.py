"""Migration 0002 creates exactly the ledger tables, columns and indexes the code declares."""

from __future__ import annotations

import sqlalchemy as sa

from sitroom.ledger.schema import TABLES
from sitroom.store import Store


def test_migration_matches_schema(new_db):
    with Store.open(new_db("m")) as store:
        inspector = sa.inspect(store.engine)
        for table in TABLES:
            columns = {c["name"] for c in inspector.get_columns(table.name)}
            assert columns == {c.name for c in table.columns}, table.name
            indexes = {i["name"]: tuple(i["column_names"]) for i in inspector.get_indexes(table.name)}
            declared = {i.name: tuple(c.name for c in i.columns) for i in table.indexes}
            assert declared.items() <= indexes.items(), table.name
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar_one() >= "0002"
