"""A store holding the whole story corpus, built once per module from hand-made records."""

from __future__ import annotations

import pytest

from sitroom.store import Store

from ..dbs import new_db, new_module_db  # noqa: F401  (fixtures: SQLite and PostgreSQL)
from .builders import story_article, story_names


@pytest.fixture(scope="module")
def story_store(request):
    new_store_url = request.getfixturevalue("new_module_db")
    with Store.open(new_store_url("story")) as store:
        store.results = {name: store.ingest(story_article(name)) for name in story_names()}  # type: ignore[attr-defined]
        yield store
