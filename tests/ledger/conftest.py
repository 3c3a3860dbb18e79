"""A store holding the whole story corpus, built once per module from hand-made records."""

from __future__ import annotations

import pytest

from sitroom.store import Store

from .builders import story_article, story_names


@pytest.fixture(scope="module")
def story_store(tmp_path_factory):
    path = tmp_path_factory.mktemp("ledger") / "story.db"
    with Store.open(str(path)) as store:
        store.results = {name: store.ingest(story_article(name)) for name in story_names()}  # type: ignore[attr-defined]
        yield store
