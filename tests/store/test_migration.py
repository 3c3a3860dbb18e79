"""The migrations create exactly the document tables, columns and indexes the code declares."""

from __future__ import annotations

import sqlalchemy as sa

from sitroom.store import Store
from sitroom.tables import ITEM_TABLES, documents


def test_migrations_match_the_document_tables(new_db):
    with Store.open(new_db("m")) as store:
        inspector = sa.inspect(store.engine)
        for table in (documents, *ITEM_TABLES):
            columns = {c["name"] for c in inspector.get_columns(table.name)}
            assert columns == {c.name for c in table.columns}, table.name
            primary = set(inspector.get_pk_constraint(table.name)["constrained_columns"])
            assert primary == {c.name for c in table.primary_key.columns}, table.name
            indexed = {tuple(i["column_names"]) for i in inspector.get_indexes(table.name)}
            declared = {tuple(c.name for c in i.columns) for i in table.indexes}
            assert declared <= indexed, (table.name, declared - indexed)
