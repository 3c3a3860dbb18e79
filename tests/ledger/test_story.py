"""The ledger over the story corpus (22 articles, 10 outlets, one version pair), via the real store."""

from __future__ import annotations

import json

import pytest
import sqlalchemy as sa

from sitroom.ledger import queries
from sitroom.ledger.schema import claims, mentions
from sitroom.ledger.update import unmerge
from sitroom.store.versions import story_versions

from .builders import story_article


def find(store, type_: str, actor: str, recipient: str) -> dict:
    with store.engine.connect() as conn:
        rows = [r for r in queries.list_claims(conn, limit=500)
                if r["type"] == type_ and r["actor_key"] == actor and r["recipient_key"] == recipient]
    assert len(rows) == 1, rows
    return rows[0]


@pytest.mark.parametrize(("type_", "actor", "recipient", "status"), [
    ("AID", "PRK", "RUS", "disputed"),          # asserted by KOR/UKR/USA bodies, denied by RUS and PRK
    ("ACCUSE", "KOR", "RUS", "corroborated"),   # three outlets in their own voice
    ("REQUEST", "KOR", "RUS", "single-source"),  # only the foreign ministry, however often quoted
    ("ASSAULT", "PRK", "UKR", "single-source"),  # Ukrainian army and president: one government
    ("AID", "RUS", "PRK", "denied"),            # lawmakers only speculate, the Kremlin denies
    ("AID", "KOR", "UKR", "unconfirmed"),       # a conditional statement only
    ("COOPERATE", "RUS", "PRK", "single-source"),
    ("AGREE", "RUS", "PRK", "single-source"),
    ("CONSULT", "NATO", "KOR", "single-source"),
])
def test_statuses(story_store, type_, actor, recipient, status):
    assert find(story_store, type_, actor, recipient)["status"] == status


def test_same_agency_quoted_by_many_outlets_is_one_source(story_store):
    troops = find(story_store, "AID", "PRK", "RUS")
    positions = {s["source"]: s for s in troops["sources"]}
    assert positions["KOR"]["articles"] >= 9
    assert list(positions).count("KOR") == 1
    # one government's agencies are one source: the codes are kept as detail
    assert positions["KOR"]["codes"] == ["KORSPY"] and positions["USA"]["codes"] == ["USAGOV", "USAMIL"]
    assert {k for k, s in positions.items() if s["position"] == "assert"} == {"KOR", "UKR", "USA"}
    assert {k for k, s in positions.items() if s["position"] == "deny"} == {"RUS", "PRK"}
    assert troops["n_sources"] == 5


def test_relaying_agencies_are_not_sources(story_store):
    troops = find(story_store, "AID", "PRK", "RUS")
    sources = {s["source"] for s in troops["sources"]}
    assert not sources & {"KORMED", "FRAMED"}
    with story_store.engine.connect() as conn:
        vias = [json.loads(v) for (v,) in conn.execute(sa.select(mentions.c.via).where(mentions.c.via.isnot(None)))]
    assert ["KORMED"] in vias and ["FRAMED"] in vias


def test_mentions_merge_across_articles_and_within_one(story_store):
    troops = find(story_store, "AID", "PRK", "RUS")
    with story_store.engine.connect() as conn:
        detail = queries.claim_detail(conn, troops["id"])
    live = [m for m in detail["mentions"] if not m["superseded"]]
    assert troops["n_mentions"] == len(live)
    assert troops["n_articles"] == len({m["document_id"] for m in live})
    assert troops["n_mentions"] > troops["n_articles"]   # two sentences of one article merged
    assert all(m["evidence_text"] for m in live)
    merged = [m["match"] for m in live if not m["match"].get("founded")]
    assert merged and all({"type", "actor", "recipient", "date", "place"} <= set(m) for m in merged)
    assert troops["date_value"] == "2024-10" and troops["place_name"] == "Vladivostok"


def test_compatible_types_merge_only_with_agreeing_dates(story_store):
    accuse = find(story_store, "ACCUSE", "KOR", "RUS")
    with story_store.engine.connect() as conn:
        detail = queries.claim_detail(conn, accuse["id"])
    assert {m["type"] for m in detail["mentions"]} == {"ACCUSE", "PROTEST"}
    protest = next(m for m in detail["mentions"] if m["type"] == "PROTEST")
    assert protest["match"]["type"] == "compatible" and protest["match"]["date"] == "within window"
    # Russia's planned cooperation (undated) is not merged into the jets claim of a compatible type
    assert find(story_store, "COOPERATE", "RUS", "PRK")["id"] != find(story_store, "AID", "RUS", "PRK")["id"]


def test_numbers_per_claimant_over_time(story_store):
    series = {s["claimant"]: s for s in find(story_store, "AID", "PRK", "RUS")["numbers"]}
    kor = series["KORSPY"]
    assert [p["value"] for p in kor["points"]] == [1500, 12000, 3000, 11000]
    assert (kor["latest"], kor["min"], kor["max"]) == (11000, 1500, 12000)
    assert [p["value"] for p in series["UKRSPY"]["points"]] == [10000, 12000]
    assert series["USAGOV"]["latest"] == 3000 and series["USAMIL"]["latest"] == 10000


def test_new_version_supersedes_the_old_one(story_store):
    result = story_store.results["a10-pacific-times-v2.txt"]
    old = story_store.results["a09-pacific-times-v1.txt"]
    assert result.status == "new_version" and result.previous_id == old.doc_id
    with story_store.engine.connect() as conn:
        flags = dict(conn.execute(sa.select(mentions.c.document_id, mentions.c.superseded)
                                  .where(mentions.c.document_id.in_([old.doc_id, result.doc_id]))).all())
    assert flags == {old.doc_id: True, result.doc_id: False}
    accuse = find(story_store, "ACCUSE", "KOR", "RUS")
    # v1 and v2 are one article: Pacific Times counts once, by its latest version
    pacific = next(s for s in accuse["sources"] if s["source"] == "outlet:pacific times")
    assert pacific["mentions"] == 2   # v2 and the Oct. 30 explainer, not v1


def test_versions_query_shows_what_the_update_added(story_store):
    with story_store.engine.connect() as conn:
        story = story_versions(conn, story_store.results["a09-pacific-times-v1.txt"].doc_id)
    assert [v["version"] for v in story["versions"]] == [1, 2]
    change = story["changes"][0]
    added = " | ".join(change["claims"]["added"])
    assert "denied by Russian embassy in Seoul" in added
    assert "planned by Dmitry Peskov" in added
    assert change["claims"]["removed"] == []
    assert any("10000 troops" in n and "Ukrainian military intelligence" in n for n in change["numbers"]["added"])
    assert len(change["quotes"]["added"]) == 1 and "Peskov" in change["quotes"]["added"][0]
    assert change["notes"] and change["notes"][0].startswith("Updated to include")


def test_reingest_is_a_noop(story_store):
    with story_store.engine.connect() as conn:
        before = conn.execute(sa.select(claims.c.id, claims.c.n_mentions, claims.c.status)
                              .order_by(claims.c.id)).all()
    again = story_store.ingest(story_article("a05-baltic-monitor.txt"))
    assert again.status == "unchanged"
    with story_store.engine.begin() as conn:
        from sitroom.ledger.update import apply_many
        assert apply_many(conn, [(story_article("a05-baltic-monitor.txt"), None)]) == 0
        after = conn.execute(sa.select(claims.c.id, claims.c.n_mentions, claims.c.status)
                             .order_by(claims.c.id)).all()
    assert before == after


def test_unmerge_is_reversible_and_recounts(new_db):
    from sitroom.store import Store

    with Store.open(new_db("u")) as store:
        a = store.ingest(story_article("a01-seoul-herald.txt"))
        store.ingest(story_article("a14-global-desk.txt"))
        troops = find(store, "AID", "PRK", "RUS")
        assert troops["status"] == "disputed"
        denial = story_article("a14-global-desk.txt")
        with store.engine.begin() as conn:
            new_id = unmerge(conn, denial.document.id, denial.events[0].id)
        with store.engine.connect() as conn:
            rows = {r["id"]: r for r in queries.list_claims(conn, limit=10)}
        assert rows[troops["id"]]["status"] == "single-source"
        assert rows[new_id]["status"] == "denied"
        assert rows[troops["id"]]["n_mentions"] == 2 and a.doc_id
