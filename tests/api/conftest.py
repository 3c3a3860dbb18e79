"""Stores and clients for the API tests: the hand-made story corpus plus a hostile article (no NLP)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from sitroom.api import ApiSettings, create_app
from sitroom.api.keys import hash_key
from sitroom.store import Store

from ..ledger.builders import story_article, story_names
from .hostile import hostile_article

KEY = "sr_test-key-for-writes"


@pytest.fixture(scope="module")
def api_store(tmp_path_factory) -> Iterator[Store]:
    path = tmp_path_factory.mktemp("api") / "api.db"
    with Store.open(str(path)) as store:
        for name in story_names():
            store.ingest(story_article(name))
        store.ingest(hostile_article())
        yield store


def settings_for(store: Store, **overrides: object) -> ApiSettings:
    values: dict = {"db_url": str(store.engine.url), "key_hashes": frozenset({hash_key(KEY)})}
    values.update(overrides)
    return ApiSettings(**values)


@pytest.fixture(scope="module")
def client(api_store):
    from fastapi.testclient import TestClient

    with TestClient(create_app(settings_for(api_store), store=api_store)) as c:
        yield c


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory, reference_analysis):
    """A store holding the demo (reference) article, analysed by the real pipeline, and the hostile article."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    with Store.open(str(path)) as store:
        store.ingest(reference_analysis)
        store.ingest(hostile_article())
    return path
