"""Batched ingest: a batch stores exactly what article-by-article ingest stores, and isolates failures."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa

from sitroom.errors import StoreError
from sitroom.ledger import bulk
from sitroom.store import Store

sys.path.insert(0, str(Path(__file__).parents[2] / "benchmarks"))
from ledger_synth import articles  # noqa: E402


def dump(store: Store) -> dict[str, list[str]]:
    """Every table's rows but the ingest timestamp, sorted: the store's whole content."""
    out: dict[str, list[str]] = {}
    with store.engine.connect() as conn:
        names = sa.inspect(conn).get_table_names()
        for name in names:
            rows = conn.execute(sa.text(f'select * from "{name}"')).mappings().all()
            if name == "ledger_edges":   # one by one leaves a zeroed pair that a batch nets out: same network
                rows = [r for r in rows if r["n_claims"] or r["n_mentions"]]
            out[name] = sorted(repr(sorted((k, v) for k, v in r.items() if k != "ingested_at")) for r in rows)
    return out


def synthetic_with_versions():
    docs = list(articles(60, 6, seed=3))

    def second_version(i: int):
        d = docs[i]   # same URL, another text and fewer events
        return d.model_copy(update={"document": d.document.model_copy(update={"id": "f" + d.document.id[1:]}),
                                    "events": d.events[:-2]})

    later = [second_version(2), second_version(10)]
    docs.insert(45, second_version(41))   # in the same batch as its first version
    docs.insert(20, docs[5])              # a repeat inside a batch: "unchanged"
    return docs + later


def test_batches_store_what_single_ingests_store(new_db):
    docs = synthetic_with_versions()
    with Store.open(new_db("one")) as one:
        singles = [one.ingest(d) for d in docs]
        expected = dump(one)
    with Store.open(new_db("batch")) as batch:
        results = []
        for i in range(0, len(docs), 25):
            results += batch.ingest_many(docs[i:i + 25])
        assert [(r.status, r.doc_id, r.previous_id, r.version) for r in results] == \
               [(r.status, r.doc_id, r.previous_id, r.version) for r in singles]
        assert {r.status for r in results} == {"stored", "unchanged", "new_version"}
        assert dump(batch) == expected


def test_ingest_each_isolates_a_failing_article(new_db, monkeypatch):
    docs = list(articles(4, 3, seed=9))
    bad = docs[2].document.id
    with Store.open(new_db("e")) as store:
        real = bulk.insert

        def failing(conn, table, rows):
            if table.name == "documents" and any(r["id"] == bad for r in rows):
                raise sa.exc.IntegrityError("insert", {}, Exception("boom"))
            real(conn, table, rows)

        monkeypatch.setattr(bulk, "insert", failing)
        out = store.ingest_each(docs)
        assert [isinstance(r, StoreError) for r in out] == [False, False, True, False]
        assert store.count() == 3 and not store.has(bad)


def test_batch_failure_writes_nothing(new_db, monkeypatch):
    docs = list(articles(3, 3, seed=4))
    with Store.open(new_db("f")) as store:
        monkeypatch.setattr("sitroom.store.engine.apply_many", lambda conn, items: (_ for _ in ()).throw(
            sa.exc.OperationalError("ledger", {}, Exception("disk full"))))
        with pytest.raises(StoreError, match="a batch of 3 documents"):
            store.ingest_many(docs)
        assert store.count() == 0
        with store.engine.connect() as conn:
            assert conn.execute(sa.text("select count(*) from events")).scalar_one() == 0


def test_cycle_collector_is_restored_after_a_batch(new_db):
    with Store.open(new_db("g")) as store:
        assert gc.isenabled()
        store.ingest_many(list(articles(2, 2, seed=1)))
        assert gc.isenabled()
        gc.disable()
        try:
            store.ingest_many(list(articles(2, 2, seed=2, start=5)))
            assert not gc.isenabled()   # a caller's own setting is left as it was
        finally:
            gc.enable()
