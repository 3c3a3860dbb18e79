"""Deployments as one claim however coded, without the model (hand-made records)."""

from __future__ import annotations

from sitroom.ledger import queries
from sitroom.store import Store

from .builders import quick


def _claims(store) -> list[dict]:
    with store.engine.connect() as conn:
        return queries.list_claims(conn, limit=50)


def test_a_denial_without_a_recipient_joins_the_actors_deployment(tmp_path):
    sent = quick([{"type": "AID", "cameo": "074", "actor": "PRK", "recipient": "RUS", "source": "KORSPY",
                   "evidence": "North Korea has sent troops to Russia"}], outlet="Seoul Herald")
    denied = quick([{"type": "MOBILIZE", "mode": "troops", "actor": "PRK", "source": "RUSGOV", "stance": "denied",
                     "evidence": "the Kremlin denied that North Korean troops had been deployed"}],
                   outlet="Moscow Wire", published="2024-10-23")
    with Store.open(str(tmp_path / "d.db")) as store:
        store.ingest(sent)
        store.ingest(denied)
        rows = _claims(store)
        assert len(rows) == 1
        claim = rows[0]
        assert (claim["actor_key"], claim["recipient_key"], claim["status"]) == ("PRK", "RUS", "disputed")
        assert {s["source"]: s["position"] for s in claim["sources"]} == {"KOR": "assert", "RUS": "deny"}
        with store.engine.connect() as conn:
            detail = queries.claim_detail(conn, claim["id"][:9])
        joined = next(m for m in detail["mentions"] if m["source_key"] == "RUS")
        assert joined["match"]["type"] == "same kind"
        assert joined["match"]["inferred"] == ["recipient: the ledger's deploy of PRK"]


def test_goods_are_not_troops(tmp_path):
    troops = quick([{"type": "AID", "cameo": "074", "actor": "PRK", "recipient": "RUS", "source": "KORSPY",
                     "evidence": "North Korea has sent troops to Russia"}])
    shells = quick([{"type": "AID", "cameo": "072", "actor": "PRK", "recipient": "RUS", "source": "KORSPY",
                     "evidence": "North Korea has sent artillery shells to Russia"}], outlet="Other Wire")
    with Store.open(str(tmp_path / "g.db")) as store:
        store.ingest(troops)
        store.ingest(shells)
        with store.engine.connect() as conn:
            families = sorted(tuple(r) for r in conn.exec_driver_sql(
                "SELECT family, n_mentions FROM ledger_claims").all())
    assert families == [("COOPERATE", 1), ("DEPLOY", 1)]   # shells stay with AID's family, apart
