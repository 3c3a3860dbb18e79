"""Incremental updates: one more article touches only its claims; a batch equals article-by-article."""

from __future__ import annotations

import sqlalchemy as sa

from sitroom.ledger import recompute
from sitroom.ledger.schema import claims, mentions
from sitroom.ledger.update import apply_many
from sitroom.store import Store

from .builders import quick, story_article, story_names

SUMMARY = (claims.c.type, claims.c.actor_key, claims.c.recipient_key, claims.c.status, claims.c.n_mentions,
           claims.c.n_sources, claims.c.n_articles, claims.c.date_value, claims.c.sources, claims.c.numbers)


def snapshot(engine) -> list[tuple]:
    with engine.connect() as conn:
        return sorted(tuple(r) for r in conn.execute(sa.select(claims.c.id, *SUMMARY)))


def test_one_more_article_touches_only_its_claims(new_db, monkeypatch):
    with Store.open(new_db("i")) as store:
        for name in story_names():
            store.ingest(story_article(name))
        before = {r[0]: r for r in snapshot(store.engine)}
        calls: list[str] = []
        real = recompute._summary
        monkeypatch.setattr(recompute, "_summary", lambda cid, *a: calls.append(cid) or real(cid, *a))
        extra = quick([{"type": "ASSAULT", "actor": "PRK", "recipient": "UKR", "source": "USAMIL",
                        "stance": "asserted", "date": "2024-10-27", "grain": "day", "place": "Kursk",
                        "evidence": "North Korean troops fought Ukrainian units in Kursk"}],
                      outlet="Late Wire", published="2024-11-01")
        assert store.ingest(extra).status == "stored"
        after = {r[0]: r for r in snapshot(store.engine)}
        changed = {cid for cid in after if after[cid] != before.get(cid)}
        assert len(calls) == 1 and changed == set(calls)
        assert len(after) == len(before)   # merged into the Kursk claim, not a new one
        kursk = after[calls[0]]
        assert kursk[1:4] == ("ASSAULT", "PRK", "UKR") and kursk[6] == 2   # two independent governments now (UKR, USA)


def test_batch_equals_article_by_article(new_db):
    analyses = [story_article(n) for n in story_names()]
    ids = {n: a.document.id for n, a in zip(story_names(), analyses, strict=True)}
    with Store.open(new_db("one")) as one:
        for a in analyses:
            one.ingest(a)
        expected = [r[1:] for r in snapshot(one.engine)]
    with Store.open(new_db("batch")) as batch:
        items = [(a, ids["a09-pacific-times-v1.txt"] if n == "a10-pacific-times-v2.txt" else None)
                 for n, a in zip(story_names(), analyses, strict=True)]
        with batch.engine.begin() as conn:
            assert apply_many(conn, items) == sum(len(a.events) for a in analyses)
            assert apply_many(conn, items) == 0   # the same batch again: nothing to do
            superseded = conn.execute(sa.select(mentions.c.document_id).where(mentions.c.superseded.is_(True))
                                      .distinct()).scalars().all()
        assert superseded == [ids["a09-pacific-times-v1.txt"]]
        assert sorted(r[1:] for r in snapshot(batch.engine)) == sorted(expected)
