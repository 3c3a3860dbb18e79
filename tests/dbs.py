"""Store URLs for tests, on SQLite and on PostgreSQL: one fixture parametrised over both backends.

PostgreSQL comes from ``SITROOM_TEST_PG_URL`` (``make test`` starts a throwaway server through
``scripts/with_postgres.sh`` and sets it). Each store gets a fresh database on that server, dropped
afterwards. Without a server the PostgreSQL cases skip with the reason, except in CI (``CI=true``),
where a missing server is a failure: a green run must have exercised both backends.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

BACKENDS = ("sqlite", "postgresql")
PG_ENV = "SITROOM_TEST_PG_URL"

NewUrl = Callable[[str], str]


def pg_url_or_skip() -> str:
    url = os.environ.get(PG_ENV)
    if url:
        return url
    reason = f"no PostgreSQL server: {PG_ENV} is not set (make test starts one with scripts/with_postgres.sh)"
    if os.environ.get("CI") == "true":
        pytest.fail(reason + "; CI requires it")
    pytest.skip(reason)


class Databases:
    """Makes fresh store URLs of one backend and removes what it made."""

    def __init__(self, backend: str, folder: Path) -> None:
        self.backend = backend
        self.folder = folder
        self.created: list[str] = []
        self.server = pg_url_or_skip() if backend == "postgresql" else ""

    def new(self, name: str) -> str:
        if self.backend == "sqlite":
            return f"sqlite:///{self.folder / (name + '.db')}"
        import sqlalchemy as sa

        database = f"t_{name.replace('-', '_').replace('.', '_')}_{uuid.uuid4().hex[:8]}".lower()
        admin = sa.create_engine(self.server, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{database}"')
        admin.dispose()
        self.created.append(database)
        return sa.engine.make_url(self.server).set(database=database).render_as_string(hide_password=False)

    def drop(self) -> None:
        if not self.created:
            return
        import sqlalchemy as sa

        admin = sa.create_engine(self.server, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            for database in self.created:
                conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        admin.dispose()


@pytest.fixture(params=BACKENDS)
def new_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[NewUrl]:
    """``new_db("name")``: the URL of a fresh, empty store on this test's backend."""
    databases = Databases(request.param, tmp_path)
    yield databases.new
    databases.drop()

