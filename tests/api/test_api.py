"""The REST API over the story corpus: what each endpoint returns is what the ledger and store hold."""

from __future__ import annotations

import io
import json

from sitroom.export import export
from sitroom.ledger import queries

from .hostile import hostile_article


def test_openapi_lists_every_resource(client):
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/api/v1/documents", "/api/v1/documents/{doc_id}", "/api/v1/documents/{doc_id}/versions",
                 "/api/v1/claims", "/api/v1/claims/{claim_id}", "/api/v1/events", "/api/v1/timeline",
                 "/api/v1/actors", "/api/v1/exports/{fmt}", "/api/v1/analyze", "/api/v1/healthz",
                 "/api/v1/stories"):
        assert path in paths, path
    assert "post" in paths["/api/v1/documents"] and "get" in paths["/api/v1/documents"]
    assert not any(p.startswith("/claims") for p in paths), "dashboard pages stay out of the API schema"


def test_claims_are_the_ledgers_claims(client, api_store):
    got = client.get("/api/v1/claims", params={"limit": 500}).json()
    with api_store.engine.connect() as conn:
        expected = queries.list_claims(conn, limit=500)
    assert [c["id"] for c in got["items"]] == [c["id"] for c in expected]
    assert got["next_offset"] is None
    first = got["items"][0]
    assert first["sources"] == expected[0]["sources"] and first["status"] == expected[0]["status"]


def test_claim_filters_mirror_the_cli(client, api_store):
    with api_store.engine.connect() as conn:
        everything = queries.list_claims(conn, limit=500)
    statuses = {c["status"] for c in everything}
    assert len(statuses) >= 2, "the story corpus has claims of several statuses"
    for status in statuses:
        items = client.get("/api/v1/claims", params={"status": status, "limit": 500}).json()["items"]
        assert items and {c["status"] for c in items} == {status}
        assert len(items) == sum(1 for c in everything if c["status"] == status)
    prk = client.get("/api/v1/claims", params={"actor": "PRK", "limit": 500}).json()["items"]
    assert prk and all("PRK" in (c["actor_key"], c["recipient_key"]) for c in prk)
    assault = client.get("/api/v1/claims", params={"type": "ASSAULT"}).json()["items"]
    assert assault and {c["type"] for c in assault} == {"ASSAULT"}
    dated = [c for c in everything if c["sort_date"]]
    since = sorted(c["sort_date"][:10] for c in dated)[len(dated) // 2]
    later = client.get("/api/v1/claims", params={"since": since, "limit": 500}).json()["items"]
    assert later and all(c["sort_date"][:10] >= since for c in later)
    assert len(later) < len(everything)
    named = client.get("/api/v1/claims", params={"q": "North Korea", "limit": 500}).json()["items"]
    assert named and all("North Korea" in json.dumps(c) for c in named)


def test_pages_cover_the_listing_without_overlap(client):
    whole = [c["id"] for c in client.get("/api/v1/claims", params={"limit": 500}).json()["items"]]
    seen: list[str] = []
    offset: int | None = 0
    while offset is not None:
        page = client.get("/api/v1/claims", params={"limit": 3, "offset": offset}).json()
        assert len(page["items"]) <= 3
        seen += [c["id"] for c in page["items"]]
        offset = page["next_offset"]
    assert sorted(seen) == sorted(whole) and len(set(seen)) == len(seen)


def test_claim_detail_points_into_the_articles(client, api_store):
    claim_id = client.get("/api/v1/claims", params={"actor": "PRK"}).json()["items"][0]["id"]
    detail = client.get(f"/api/v1/claims/{claim_id}").json()
    assert detail["mentions"]
    for m in detail["mentions"]:
        text = api_store.get(m["document_id"]).document.text
        assert text[m["evidence_start"]:m["evidence_end"]] == m["evidence_text"]
        assert m["stance"]


def test_timeline_is_in_date_order(client):
    items = client.get("/api/v1/timeline", params={"limit": 500}).json()["items"]
    dates = [c["sort_date"] for c in items if c["sort_date"]]
    assert dates == sorted(dates) and len(dates) > 3


def test_events_are_per_article_and_filter(client):
    items = client.get("/api/v1/events", params={"type": "ASSAULT", "limit": 500}).json()["items"]
    assert items and {e["type"] for e in items} == {"ASSAULT"}
    doc = items[0]["document_id"]
    one = client.get("/api/v1/events", params={"document": doc[:8], "limit": 500}).json()["items"]
    assert one and {e["document_id"] for e in one} == {doc}
    denied = client.get("/api/v1/events", params={"stance": "denied", "limit": 500}).json()["items"]
    assert all(e["stance"] == "denied" for e in denied)


def test_actors_network(client, api_store):
    items = client.get("/api/v1/actors").json()["items"]
    with api_store.engine.connect() as conn:
        assert items == queries.actor_network(conn, limit=50)
    assert items and all(sum(p["types"].values()) == p["events"] for p in items)


def test_documents_record_and_versions(client, api_store):
    listed = client.get("/api/v1/documents", params={"limit": 500}).json()["items"]
    assert len(listed) == api_store.count()
    hostile = hostile_article()
    record = client.get(f"/api/v1/documents/{hostile.document.id[:10]}").json()
    assert record == json.loads(hostile.to_json())
    updated = [d for d in listed if d["version"] > 1]
    assert updated, "the story corpus holds an updated article"
    story = client.get(f"/api/v1/documents/{updated[0]['id']}/versions").json()
    assert [v["version"] for v in story["versions"]] == list(range(1, len(story["versions"]) + 1))
    assert len(story["changes"]) == len(story["versions"]) - 1
    dated = client.get("/api/v1/documents", params={"since": "2024-10-25", "limit": 500}).json()["items"]
    assert dated and all(d["reference_date"] >= "2024-10-25" for d in dated) and len(dated) < len(listed)


def test_exports_stream_what_the_cli_writes(client, api_store):
    for fmt in ("jsonl", "csv", "geojson", "graphml", "gdelt"):
        response = client.get(f"/api/v1/exports/{fmt}")
        assert response.status_code == 200
        out = io.StringIO()
        export(api_store, fmt, out)
        assert response.text == out.getvalue(), fmt
        assert "attachment" in response.headers["content-disposition"]
    parquet = client.get("/api/v1/exports/parquet")
    assert parquet.status_code == 200 and parquet.content[:2] == b"PK"


def test_errors_carry_the_cli_codes(client):
    cases = [("/api/v1/claims/nope", 404, "E011"), ("/api/v1/documents/abcdef99", 404, "E011"),
             ("/api/v1/claims?status=maybe", 422, "E040"), ("/api/v1/claims?since=yesterday", 422, "E040"),
             ("/api/v1/claims?limit=0", 422, "E040"), ("/api/v1/exports/xlsx", 422, "E040"),
             ("/api/v1/nothing-here", 404, "E011")]
    for url, status, code in cases:
        response = client.get(url)
        assert response.status_code == status, url
        error = response.json()["error"]
        assert error["code"] == code and error["message"], url


def test_healthz_counts_documents(client, api_store):
    body = client.get("/api/v1/healthz").json()
    assert body["status"] == "ok" and body["documents"] == api_store.count()


def test_story_is_the_ledgers_story(client, api_store):
    from sitroom.ledger.story import story

    with api_store.engine.connect() as conn:
        seed = queries.list_claims(conn, limit=1)[0]["id"]
        expected = story(conn, claim_id=seed)
    got = client.get("/api/v1/stories", params={"claim": seed[:9]})
    assert got.status_code == 200, got.text
    body = got.json()
    assert body["seed"] == seed
    assert [c["id"] for c in body["claims"]] == [c["id"] for c in expected["claims"]]
    assert body["claims"][0]["asserts"] == expected["claims"][0]["asserts"]
    assert len(body["articles"]) == len(expected["articles"]) > 0


def test_story_needs_a_claim_or_an_actor(client):
    missing = client.get("/api/v1/stories")
    assert missing.status_code == 422 and missing.json()["error"]["code"] == "E040"
    unknown = client.get("/api/v1/stories", params={"claim": "ffffffffffff"})
    assert unknown.status_code == 404 and unknown.json()["error"]["code"] == "E011"
