"""The dashboard's pages over the story corpus, and a hostile article that must stay text."""

from __future__ import annotations

import html
import json
import re

from sitroom.api.dashboard.highlight import Span, segments

from .hostile import IMG, LINK, SCRIPT, hostile_article


def _figure(page: str) -> dict:
    found = re.search(r'<script type="application/json" id="figure-data">(.*?)</script>', page, re.S)
    assert found, "the page carries its chart as JSON"
    return json.loads(found.group(1))


def test_ledger_lists_and_filters(client):
    page = client.get("/").text
    claims = client.get("/api/v1/claims", params={"limit": 50}).json()["items"]
    assert all(f'href="/claims/{c["id"]}"' in page for c in claims)
    denied = client.get("/", params={"status": "denied"}).text
    rows = re.findall(r'<span class="status status-([a-z-]+)">', denied.split("<tbody>")[1])
    assert rows and set(rows) == {"denied"}
    assert 'href="/download/claims.csv?status=denied"' in denied
    for fmt in ("jsonl", "csv", "parquet", "gdelt", "geojson", "graphml"):
        assert f'href="/api/v1/exports/{fmt}"' in page


def test_filtered_download_matches_the_api(client):
    api = client.get("/api/v1/claims", params={"actor": "PRK", "limit": 500}).json()["items"]
    got = client.get("/download/claims.json", params={"actor": "PRK"}).json()
    assert [c["id"] for c in got] == [c["id"] for c in api]
    csv_text = client.get("/download/claims.csv", params={"actor": "PRK"}).text
    assert len(csv_text.strip().splitlines()) == len(api) + 1


def test_claim_page_groups_sources_and_links_to_sentences(client):
    claims = client.get("/api/v1/claims", params={"limit": 500}).json()["items"]
    busy = max(claims, key=lambda c: (c["n_mentions"], bool(c["numbers"])))
    detail = client.get(f"/api/v1/claims/{busy['id']}").json()
    page = client.get(f"/claims/{busy['id']}").text
    for m in detail["mentions"]:
        assert f'/documents/{m["document_id"]}?focus=ev-{m["event_id"]}#ev-{m["event_id"]}' in page
    assert '<mark class="hl hl-term">' in page
    with_numbers = next(c for c in claims if c["numbers"])
    figure = _figure(client.get(f"/claims/{with_numbers['id']}").text)
    assert figure["data"] and figure["data"][0]["y"] == [p["value"] for p in with_numbers["numbers"][0]["points"]
                                                         if p["stated"]]


def test_article_page_marks_the_focused_event(client, api_store):
    event = client.get("/api/v1/events", params={"type": "ASSAULT"}).json()["items"][0]
    page = client.get(f"/documents/{event['document_id']}", params={"focus": f"ev-{event['id']}"}).text
    focused = re.findall(r'<mark class="hl [^"]*focus"[^>]*>(.*?)</mark>', page, re.S)
    text = "".join(html.unescape(f) for f in focused)
    assert text and text in event["evidence_text"] and len(text) >= len(event["evidence_text"]) // 2
    assert f'id="ev-{event["id"]}"' in page


def test_timeline_map_and_network_carry_their_data(client):
    timeline = _figure(client.get("/timeline").text)
    assert timeline["data"] and all(t["type"] == "bar" for t in timeline["data"])
    geo = _figure(client.get("/map").text)
    assert any(t["type"] == "scattergeo" and t["lat"] for t in geo["data"])
    network = _figure(client.get("/network").text)
    pairs = client.get("/api/v1/actors").json()["items"]
    nodes = next(t for t in network["data"] if t["name"] == "actors")["text"]
    assert set(nodes) == {p["actor"] for p in pairs} | {p["recipient"] for p in pairs}


def test_hostile_article_renders_as_text(client):
    doc_id = hostile_article().document.id
    page = client.get(f"/documents/{doc_id}").text
    for raw in (SCRIPT, IMG, "<b>firmly</b>", "<i>Outlet</i>", 'onerror="window'):
        assert raw not in page
    assert html.escape(SCRIPT, quote=False).replace('"', "&#34;") in page or "&lt;script&gt;" in page
    assert "&lt;img src=x onerror=" in page
    assert f'href="{LINK}' not in page and "href='javascript" not in page.lower()
    assert page.count("<script") == page.count("</script>") == 1  # only the dashboard's own script
    claim = client.get("/api/v1/claims", params={"q": "Kyiv"}).json()["items"]
    assert claim
    claim_page = client.get(f"/claims/{claim[0]['id']}").text
    assert SCRIPT not in claim_page and "<img src=x" not in claim_page


def test_segments_cover_the_text_exactly():
    text = "Russia attacked Ukraine on Monday in Kyiv."
    spans = [Span(0, 42, "event", ref="ev-e1"), Span(0, 6, "actor"), Span(16, 23, "actor"), Span(24, 33, "time"),
             Span(37, 41, "place"), Span(30, 50, "bad")]  # the last one runs past the text and is dropped
    cut = segments(text, spans, focus="ev-e1")
    assert "".join(s.text for s in cut) == text
    assert [s.text for s in cut if "actor" in s.kinds] == ["Russia", "Ukraine"]
    assert all("event" in s.kinds and s.focus for s in cut[:-1])
    assert cut[0].anchor == "ev-e1" and sum(1 for s in cut if s.anchor) == 1
    assert not any("bad" in s.kinds for s in cut)


def test_source_labels_name_the_outlet_voice():
    from sitroom.api.dashboard.views import source_label
    from sitroom.api.models import SourcePosition

    assert source_label({"source": "outlet:b2ba9510", "name": None}) == "the outlet"
    assert source_label(SourcePosition(source="UKRSPY", name="Ukrainian intelligence", position="assert")) == \
        "Ukrainian intelligence"
    assert source_label(SourcePosition(source="KORGOV", position="deny")) == "KORGOV"


def test_claim_words_are_found_whole_and_by_surname():
    from sitroom.api.dashboard.highlight import term_spans

    text = "It was agreed by Putin and North Korean leader Kim Jong Un in Pyongyang; Putinism aside."
    found = {text[s.start:s.end] for s in term_spans(text, ["Vladimir Putin", "North Korea", None, "Pyongyang"])}
    assert found == {"Putin", "North", "Pyongyang"}  # not "Korea" inside "Korean", not "Putinism"


def test_a_browser_gets_errors_as_an_escaped_page(client):
    page = client.get("/claims/<img src=x onerror=alert(1)>", headers={"Accept": "text/html"})
    assert page.status_code == 404 and page.headers["content-type"].startswith("text/html")
    assert "E011" in page.text and "<img" not in page.text and "&lt;img src=x onerror=alert(1)&gt;" in page.text
    api = client.get("/api/v1/claims/nope", headers={"Accept": "text/html"})
    assert api.status_code == 404 and api.json()["error"]["code"] == "E011"
