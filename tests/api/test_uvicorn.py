"""The check a person runs: ``sitroom serve`` on the demo store, then plain HTTP from outside the process."""

from __future__ import annotations

import json
import urllib.error
import urllib.request

import pytest

from .hostile import SCRIPT, hostile_article
from .server import serving

pytestmark = [pytest.mark.model, pytest.mark.slow]
KEY = "sr_uvicorn-test-key"


def _get(url: str) -> tuple[int, dict[str, str], bytes]:
    with urllib.request.urlopen(url, timeout=30) as r:
        return r.status, dict(r.headers), r.read()


def _post(url: str, body: dict, key: str | None = None) -> tuple[int, dict]:
    headers = {"Content-Type": "application/json"} | ({"Authorization": f"Bearer {key}"} if key else {})
    request = urllib.request.Request(url, data=json.dumps(body).encode(), headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=120) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


def test_serve_answers_over_http(demo_db, reference_analysis):
    with serving(demo_db, {"SITROOM_API_KEYS": KEY}) as base:
        _, _, raw = _get(base + "/openapi.json")
        paths = json.loads(raw)["paths"]
        assert {"/api/v1/claims", "/api/v1/documents", "/api/v1/exports/{fmt}", "/api/v1/healthz"} <= set(paths)
        _, _, raw = _get(base + "/api/v1/claims?limit=500")
        claims = json.loads(raw)["items"]
        ids = {m["document_id"] for c in claims for m in json.loads(_get(base + f"/api/v1/claims/{c['id']}")[2])
               ["mentions"]}
        assert reference_analysis.document.id in ids
        assert len(claims) >= len({e.type for e in reference_analysis.events})

        text = "Seoul, Oct 22 (Wire) - South Korea's foreign ministry on Tuesday summoned the Russian ambassador."
        refused, body = _post(base + "/api/v1/documents", {"documents": [{"text": text}]})
        assert refused == 401 and body["error"]["code"] == "E050"
        accepted, body = _post(base + "/api/v1/documents", {"documents": [{"text": text, "date": "2024-10-22"}]},
                               key=KEY)
        assert accepted == 200 and body["items"][0]["status"] == "stored", body
        again, body = _post(base + "/api/v1/documents", {"documents": [{"text": text}]}, key=KEY)
        assert again == 200 and body["items"][0]["status"] == "unchanged"
        stored = body["items"][0]["id"]
        assert json.loads(_get(base + f"/api/v1/documents/{stored}")[2])["document"]["text"].endswith("ambassador.")

        status, headers, page = _get(base + f"/documents/{hostile_article().document.id}")
        assert status == 200 and "script-src 'self'" in headers["content-security-policy"]
        assert SCRIPT.encode() not in page and b"&lt;script&gt;" in page
