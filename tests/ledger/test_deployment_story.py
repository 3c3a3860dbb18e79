"""A follow-up story through the real pipeline: one deployment claim, disputed, with its figures over time.

Six invented articles (tests/fixtures/deployment, four outlets, eight days):
South Korea's intelligence service asserts and revises its troop count twice,
its defence ministry repeats the claim, Ukraine asserts, the Pentagon cannot
confirm, the Kremlin and Russia's foreign ministry deny (once by "the reports",
once by restating the claim), and two news agencies relay.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from sitroom.analysis import analyze_document
from sitroom.ingest.text import document_from_text
from sitroom.ledger import queries
from sitroom.store import Store

STORY = Path(__file__).resolve().parents[1] / "fixtures" / "deployment"


@pytest.fixture(scope="module")
def deployment_store(nlp, tmp_path_factory):
    spec = yaml.safe_load((STORY / "story.yaml").read_text(encoding="utf-8"))["articles"]
    store = Store.open(str(tmp_path_factory.mktemp("deployment") / "story.db"))
    for name, meta in spec.items():
        doc = document_from_text((STORY / name).read_text(encoding="utf-8"), where=name,
                                 outlet=meta["outlet"], url=meta["url"])
        store.ingest(analyze_document(doc))
    yield store
    store.close()


def _deployments(store) -> list[dict]:
    with store.engine.connect() as conn:
        return [r for r in queries.list_claims(conn, limit=500)
                if r["actor_key"] == "PRK" and r["type"] in ("AID", "MOBILIZE")]


@pytest.mark.model
def test_the_deployment_is_one_disputed_claim(deployment_store):
    claims = _deployments(deployment_store)
    assert len(claims) == 1, [(c["type"], c["recipient_key"], c["n_mentions"]) for c in claims]
    claim = claims[0]
    assert claim["recipient_key"] == "RUS" and claim["status"] == "disputed"
    assert claim["n_articles"] == 6


@pytest.mark.model
def test_each_source_is_listed_once_with_its_position(deployment_store):
    sources = _deployments(deployment_store)[0]["sources"]
    keys = [s["source"] for s in sources]
    assert len(keys) == len(set(keys))
    by_position = {}
    for s in sources:
        by_position.setdefault(s["position"], set()).add(s["source"])
    assert by_position == {"assert": {"KOR", "UKR"}, "deny": {"RUS"}, "unconfirm": {"USA"}}
    kor = next(s for s in sources if s["source"] == "KOR")
    assert {"KORSPY", "KORMIL"} <= set(kor["codes"])   # intelligence service and ministry: one government
    assert kor["articles"] == 3


@pytest.mark.model
def test_the_denials_are_linked_to_the_claim_across_articles(deployment_store):
    claim = _deployments(deployment_store)[0]
    with deployment_store.engine.connect() as conn:
        detail = queries.claim_detail(conn, claim["id"])
    denials = [m for m in detail["mentions"] if m["source_key"] == "RUS"]
    assert {m["stance"] for m in denials} == {"denied"}
    assert {m["outlet"] for m in denials} == {"Eastern Wire"}
    assert len({m["document_id"] for m in denials}) == 2   # the Tuesday and the Monday denial
    linked = [m for m in denials if m["match"].get("inferred")]
    assert linked and all("by reference" in m["match"]["inferred"][0] for m in linked)


@pytest.mark.model
def test_the_number_trail_is_complete(deployment_store):
    series = {s["claimant"]: s for s in _deployments(deployment_store)[0]["numbers"]}
    nis = series["KORSPY"]
    assert nis["unit"] == "troops"
    assert [(p["stated"], p["value"]) for p in nis["points"]] == [
        ("2024-11-04", 3000), ("2024-11-08", 7000), ("2024-11-11", 10000)]
    assert [p["qualifier"] for p in nis["points"]] == ["about", "some", "up to"]
    assert [p["value"] for p in series["UKRSPY"]["points"]] == [8000]


@pytest.mark.model
def test_relaying_agencies_are_not_sources(deployment_store):
    sources = {s["source"] for s in _deployments(deployment_store)[0]["sources"]}
    assert not any(s.endswith("MED") for s in sources)
    assert not any(s.startswith("outlet:") for s in sources)


@pytest.mark.model
def test_a_merge_is_explained_and_reversible(nlp, tmp_path):
    import sqlalchemy as sa

    from sitroom.ledger.schema import claims as claim_table
    from sitroom.ledger.update import unmerge

    spec = yaml.safe_load((STORY / "story.yaml").read_text(encoding="utf-8"))["articles"]
    with Store.open(str(tmp_path / "u.db")) as store:
        for name in ("d1-han-river-times.txt", "d4-dnipro-herald.txt"):
            doc = document_from_text((STORY / name).read_text(encoding="utf-8"), where=name,
                                     outlet=spec[name]["outlet"], url=spec[name]["url"])
            store.ingest(analyze_document(doc))
        claim = _deployments(store)[0]
        with store.engine.connect() as conn:
            merged = [m for m in queries.claim_detail(conn, claim["id"])["mentions"] if not m["match"].get("founded")]
        assert merged and all(m["match"]["type"] in ("same", "same kind") for m in merged)
        with store.engine.begin() as conn:
            new_id = unmerge(conn, merged[0]["document_id"], merged[0]["event_id"])
            family = conn.execute(sa.select(claim_table.c.family).where(claim_table.c.id == new_id)).scalar_one()
        assert family == "DEPLOY"
        assert len(_deployments(store)) == 2
