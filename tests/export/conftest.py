"""The story corpus in a store, shared by the exporter tests."""

from __future__ import annotations

import pytest

from sitroom.store import Store

from ..ledger.builders import story_article, story_names


@pytest.fixture(scope="module")
def story_store(tmp_path_factory):
    path = tmp_path_factory.mktemp("export") / "story.db"
    with Store.open(str(path)) as store:
        for name in story_names():
            store.ingest(story_article(name))
        yield store
