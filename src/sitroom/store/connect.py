"""Reaching a database: the engine for a URL (with a coded error naming a missing driver), whether
a store is there, and the schema migrations, which run only when the schema is behind.

Apart from the Store so that opening and migrating read as one short module.
"""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy import Engine, create_engine, inspect, text
from sqlalchemy.exc import NoSuchModuleError, SQLAlchemyError

from ..errors import StoreDriverMissing, StoreError

MIGRATIONS = Path(__file__).parent / "migrations"
INGEST_LOCK = 0x5172_0001   # the advisory lock that PostgreSQL writers of one database take in turn


# driver modules SQLAlchemy imports -> what to pip install
_DRIVER_PACKAGES = {"psycopg2": "psycopg2-binary", "psycopg": "psycopg[binary]", "pymysql": "pymysql",
                    "MySQLdb": "mysqlclient", "asyncpg": "asyncpg", "oracledb": "oracledb", "pyodbc": "pyodbc",
                    "pymssql": "pymssql", "mysql": "mysql-connector-python"}


def engine_for(url: str) -> Engine:
    """The engine for ``url``, or a coded error naming what to install (E013) instead of a traceback."""
    try:
        return create_engine(url, future=True)
    except NoSuchModuleError as exc:
        raise StoreDriverMissing(f"unknown database driver in {url.split('://')[0]!r}", where=url.split("@")[-1],
                                 hint="use sqlite:///PATH, postgresql://… or mysql+pymysql://…") from exc
    except ImportError as exc:
        module = (exc.name or "").split(".")[0]
        package = _DRIVER_PACKAGES.get(module, module or "the database driver")
        raise StoreDriverMissing(f"the database driver {module!r} is not installed", where=url.split("@")[-1],
                                 hint=f"pip install {package}") from exc
    except (SQLAlchemyError, ValueError) as exc:
        raise StoreError(f"bad database URL: {exc}", where=url.split("@")[-1],
                         hint="write sqlite:///PATH or a SQLAlchemy URL") from exc


def store_exists(engine: Engine) -> bool:
    """Whether a store is there: a SQLite file that exists, or a database that has the documents table."""
    if engine.dialect.name == "sqlite":
        database = engine.url.database
        if not database or database == ":memory:" or database.startswith("file:"):
            return database not in (None, "", ":memory:")
        if not Path(database).is_file():
            return False
    return inspect(engine).has_table("documents")


_REVISION_RE = re.compile(r"^(down_revision|revision)\s*=\s*(?:[\"']([^\"']+)[\"']|None)", re.M)


def head_revision() -> str | None:
    """The newest migration, read from the scripts' own ``revision``/``down_revision`` lines.

    Reading them with a regular expression costs microseconds; importing Alembic to ask it costs
    about half a second, which every command that opens the store would pay.
    """
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in (MIGRATIONS / "versions").glob("*.py"):
        for key, value in _REVISION_RE.findall(script.read_text(encoding="utf-8")):
            if value:
                (revisions if key == "revision" else parents).add(value)
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def _current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        rows = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    return rows[0] if len(rows) == 1 else None


def migrate(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to ``revision``; a store already at the head is left alone without Alembic."""
    if revision == "head":
        head = head_revision()
        if head is not None and _current_revision(engine) == head:
            return
    from alembic import command  # heavy: imported only when a migration must actually run
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":   # processes opening a new database at once migrate in turn
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({INGEST_LOCK + 1})")
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
