"""A store holding the whole story corpus, built once per module per backend from hand-made records."""

from __future__ import annotations

import pytest

from sitroom.store import Store

from ..dbs import BACKENDS, Databases, new_db  # noqa: F401  (fixture: SQLite and PostgreSQL)
from .builders import story_article, story_names


@pytest.fixture(scope="module", params=BACKENDS)
def story_store(request, tmp_path_factory):
    databases = Databases(request.param, tmp_path_factory.mktemp("ledger"))
    try:
        with Store.open(databases.new("story")) as store:
            store.results = {name: store.ingest(story_article(name)) for name in story_names()}  # type: ignore[attr-defined]
            yield store
    finally:
        databases.drop()
