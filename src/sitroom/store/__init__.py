"""Storage: SQLAlchemy Core over SQLite (WAL) by default; schema via Alembic migrations."""

from .connect import migrate
from .engine import IngestResult, Store

__all__ = ["IngestResult", "Store", "migrate"]
