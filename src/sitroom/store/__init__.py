"""Storage: SQLAlchemy Core over SQLite (WAL) by default; schema via Alembic migrations."""

from .engine import IngestResult, Store, migrate

__all__ = ["IngestResult", "Store", "migrate"]
