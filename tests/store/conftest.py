"""Every store test runs on SQLite and on PostgreSQL (see tests/dbs.py)."""

from ..dbs import new_db  # noqa: F401  (fixture)
