"""The store: migrations, idempotent ingest, versions, atomic writes."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from sitroom.errors import DocumentNotFound, StoreError
from sitroom.ingest.text import document_from_text
from sitroom.records import Actor, Analysis, Attribution, Event, Evidence, Time
from sitroom.store import Store


def make(text: str, title: str = "Talks collapse in Doha", url: str | None = None) -> Analysis:
    doc = document_from_text(text, fallback_date="2024-05-01", title=title, url=url, headers=False)
    evidence = Evidence(start=0, end=10, text=text[:10])
    return Analysis(
        document=doc,
        actors=[Actor(id="a1", name="Qatar", type="state", country="QAT", code="QAT", mentions=[(0, 5)])],
        times=[Time(id="t1", text="Monday", value="2024-04-29", grain="day", start=0, end=6)],
        events=[Event(id="e1", type="CONSULT", actor="a1", date="t1", evidence=evidence,
                      attribution=Attribution(stance="asserted"))],
    )


@pytest.fixture()
def store(new_db):
    with Store.open(new_db("s")) as s:
        yield s


def test_open_migrates_and_uses_wal(store):
    with store.engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        tables = set(sa.inspect(conn).get_table_names())
        version = conn.exec_driver_sql("select version_num from alembic_version").scalar()
    assert {"documents", "actors", "events", "quotes", "quantities", "times", "places"} <= tables
    assert version is not None
    indexes = {ix["name"] for ix in sa.inspect(store.engine).get_indexes("events")}
    assert {"ix_events_type", "ix_events_actor_code", "ix_events_date"} <= indexes


def test_ingest_twice_is_a_noop(store):
    a = make("Qatar hosted talks on Monday.")
    assert store.ingest(a).status == "stored"
    assert store.ingest(a).status == "unchanged"
    assert store.count() == 1
    back = store.get(a.document.id[:8])
    assert back == a
    with store.engine.connect() as conn:
        row = conn.exec_driver_sql("select actor_code, date, stance from events").one()
    assert tuple(row) == ("QAT", "2024-04-29", "asserted")


def test_changed_text_same_url_is_a_new_version(store):
    first = make("Qatar hosted talks on Monday.", url="https://x.org/doha")
    second = make("Qatar hosted talks on Monday. Egypt joined later.", url="https://x.org/doha/")
    third = make("Qatar hosted talks on Monday. Egypt joined later. They ended.", url="https://x.org/doha")
    assert store.ingest(first).status == "stored"
    r2 = store.ingest(second)
    assert (r2.status, r2.previous_id, r2.version) == ("new_version", first.document.id, 2)
    r3 = store.ingest(third)
    assert (r3.previous_id, r3.version) == (second.document.id, 3)


STORY = ("Qatar hosted talks between the two delegations in Doha on Monday, officials said. "
         "The mediators proposed a ceasefire of six weeks and an exchange of prisoners.")


def test_same_outlet_and_headline_without_url_is_a_version(store):
    store.ingest(make(STORY))
    update = store.ingest(make(STORY + " Egypt joined the talks on Tuesday, a diplomat said."))
    assert update.status == "new_version" and update.rule is not None and update.rule.startswith("headline+text:")
    assert store.ingest(make("Another story.", title="Different headline")).status == "stored"


def test_failed_write_leaves_nothing_half_written(store, monkeypatch):
    a = make("Qatar hosted talks on Monday.")

    def boom(conn, items):
        raise sa.exc.OperationalError("insert", {}, Exception("disk full"))

    monkeypatch.setattr("sitroom.store.engine._apply_ledger", boom)
    with pytest.raises(StoreError) as info:
        store.ingest(a)
    assert info.value.code == "E010"
    with store.engine.connect() as conn:
        for table in ("documents", "actors", "events", "times"):
            assert conn.exec_driver_sql(f"select count(*) from {table}").scalar() == 0


def test_unknown_id(store):
    with pytest.raises(DocumentNotFound):
        store.get("ffff")


def test_same_headline_weeks_apart_is_another_story(store):
    first = make("Market report one.", title="Roundup")
    later = make("Market report two.", title="Roundup")
    later = later.model_copy(update={"document": later.document.model_copy(update={"reference_date": "2024-06-20"})})
    assert store.ingest(first).status == "stored"
    assert store.ingest(later).status == "stored"
    update = make("Market report two, updated.", title="Roundup")
    update = update.model_copy(update={"document": update.document.model_copy(update={"reference_date": "2024-06-21"})})
    result = store.ingest(update)
    assert (result.status, result.previous_id) == ("new_version", later.document.id)
