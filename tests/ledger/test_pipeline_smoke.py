"""End to end: story articles through the real NLP pipeline into the store and ledger (loose by design).

The exact ledger behaviour is tested on hand-made records; here only the
contract between the pipeline's output and the ledger is checked, so the test
holds whatever the current quality of event and attribution extraction.
"""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from sitroom.analysis import analyze_document
from sitroom.export import export
from sitroom.ingest.text import document_from_text
from sitroom.ledger import STATUSES, queries
from sitroom.ledger.schema import claims, mentions
from sitroom.store import Store
from sitroom.store.versions import story_versions

from .builders import STORY, story_spec

ARTICLES = ["a01-seoul-herald.txt", "a03-global-desk.txt", "a08-seoul-herald.txt", "a09-pacific-times-v1.txt",
            "a10-pacific-times-v2.txt", "a14-global-desk.txt"]


@pytest.mark.model
def test_story_through_the_pipeline(nlp, tmp_path, new_db):
    spec = story_spec()["articles"]
    with Store.open(new_db("e2e")) as store:
        n_events = 0
        results = []
        for name in ARTICLES:
            doc = document_from_text((STORY / name).read_text(encoding="utf-8"), where=name,
                                     outlet=spec[name]["outlet"], url=spec[name]["url"])
            analysis = analyze_document(doc)
            n_events += len(analysis.events)
            results.append(store.ingest(analysis))
        assert results[4].status == "new_version" and results[4].previous_id == results[3].doc_id
        with store.engine.connect() as conn:
            stored = conn.execute(sa.select(sa.func.count()).select_from(mentions)).scalar_one()
            statuses = set(conn.execute(sa.select(claims.c.status)).scalars())
            # every event, plus the denials and "cannot confirm" statements linked to a claim by reference
            references = conn.execute(sa.select(sa.func.count()).select_from(mentions)
                                      .where(mentions.c.event_id.like("r%"))).scalar_one()
            assert stored == n_events + references
            assert statuses <= set(STATUSES)
            queries.list_claims(conn)
            queries.timeline(conn)
            story = story_versions(conn, results[4].doc_id)
            assert len(story["versions"]) == 2 and story["changes"][0]["notes"]
        for fmt in ("jsonl", "csv", "gdelt", "geojson", "graphml"):
            assert export(store, fmt, tmp_path / f"out.{fmt}") >= 0
        assert export(store, "jsonl", tmp_path / "out.jsonl") == len(ARTICLES)
