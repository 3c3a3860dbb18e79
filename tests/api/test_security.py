"""Who may write, how much may be sent, which headers go out, and when the server refuses to start."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from sitroom.api import create_app
from sitroom.api.keys import create_key, hash_key, read_key_hashes
from sitroom.api.security import CSP, check_bind, is_loopback
from sitroom.api.settings import ApiSettings
from sitroom.cli import app as cli_app
from sitroom.errors import ServeRefused

from .conftest import KEY, settings_for

WRITE = {"documents": [{"text": "Seoul said on Monday that it summoned the Russian ambassador."}]}


@pytest.mark.parametrize("path", ["/api/v1/documents", "/api/v1/analyze"])
def test_writes_need_a_key(client, path):
    body = WRITE if path.endswith("documents") else WRITE["documents"][0]
    missing = client.post(path, json=body)
    assert missing.status_code == 401 and missing.json()["error"]["code"] == "E050"
    assert missing.headers["www-authenticate"] == "Bearer"
    wrong = client.post(path, json=body, headers={"Authorization": "Bearer sr_not-a-key"})
    assert wrong.status_code == 403 and wrong.json()["error"]["code"] == "E051"
    basic = client.post(path, json=body, headers={"Authorization": "Basic dXNlcjpwYXNz"})
    assert basic.status_code == 401


def test_a_valid_key_gets_validation_not_auth_errors(client):
    auth = {"Authorization": f"Bearer {KEY}"}
    empty = client.post("/api/v1/documents", json={"documents": []}, headers=auth)
    assert empty.status_code == 422 and empty.json()["error"]["code"] == "E040"
    extra = client.post("/api/v1/documents", json={"documents": [{"text": "x", "evil": 1}]}, headers=auth)
    assert extra.status_code == 422
    bad_date = client.post("/api/v1/analyze", json={"text": "Seoul said so.", "date": "Monday"}, headers=auth)
    assert bad_date.status_code == 422 and bad_date.json()["error"]["code"] == "E012"


def test_a_server_without_keys_refuses_every_write(api_store):
    with TestClient(create_app(settings_for(api_store, key_hashes=frozenset()), store=api_store)) as c:
        response = c.post("/api/v1/documents", json=WRITE, headers={"Authorization": f"Bearer {KEY}"})
    assert response.status_code == 403 and "no API key" in response.json()["error"]["message"]


def test_body_limit(api_store):
    with TestClient(create_app(settings_for(api_store, max_body_bytes=1000), store=api_store)) as c:
        auth = {"Authorization": f"Bearer {KEY}"}
        big = {"documents": [{"text": "x" * 2000}]}
        declared = c.post("/api/v1/documents", json=big, headers=auth)
        assert declared.status_code == 413 and declared.json()["error"]["code"] == "E005"

        def chunks():
            data = json.dumps(big).encode()
            for i in range(0, len(data), 256):
                yield data[i:i + 256]

        streamed = c.post("/api/v1/documents", content=chunks(), headers=auth | {"content-type": "application/json"})
        assert streamed.status_code == 413


def test_reads_need_a_key_when_not_open(api_store):
    with TestClient(create_app(settings_for(api_store, open_reads=False), store=api_store)) as c:
        assert c.get("/api/v1/claims").status_code == 401
        assert c.get("/").status_code == 401
        assert c.get("/api/v1/claims", headers={"Authorization": f"Bearer {KEY}"}).status_code == 200


def test_security_headers_and_no_cors_by_default(client, api_store):
    for path in ("/", "/api/v1/claims", "/static/dashboard.js"):
        response = client.get(path, headers={"Origin": "http://elsewhere.example"})
        assert response.headers["content-security-policy"] == CSP
        assert response.headers["x-content-type-options"] == "nosniff"
        assert "access-control-allow-origin" not in response.headers
    assert "'unsafe-inline'" not in CSP and "script-src 'self'" in CSP
    allowed = settings_for(api_store, cors_origins=("http://desk.example",))
    with TestClient(create_app(allowed, store=api_store)) as c:
        response = c.get("/api/v1/claims", headers={"Origin": "http://desk.example"})
        assert response.headers["access-control-allow-origin"] == "http://desk.example"


def test_binding_beyond_loopback_needs_a_key(tmp_path):
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.5")
    with pytest.raises(ServeRefused):
        check_bind(ApiSettings(db_url="sqlite://", host="0.0.0.0"))
    check_bind(ApiSettings(db_url="sqlite://", host="0.0.0.0", key_hashes=frozenset({hash_key("k")})))
    check_bind(ApiSettings(db_url="sqlite://", host="127.0.0.1"))
    db = tmp_path / "s.db"
    result = CliRunner().invoke(cli_app, ["serve", "--db", str(db), "--host", "0.0.0.0", "--port", "1"],
                                env={"SITROOM_API_KEYS": "", "SITROOM_API_KEYS_FILE": str(tmp_path / "none")})
    assert result.exit_code == 2 and "E052" in result.output


def test_keys_create_stores_only_a_hash(tmp_path):
    db = tmp_path / "k.db"
    result = CliRunner().invoke(cli_app, ["keys", "create", "--db", str(db), "--name", "desk"],
                                env={"SITROOM_API_KEYS_FILE": ""})
    assert result.exit_code == 0, result.output
    key = result.stdout.strip().splitlines()[0]
    keys_file = tmp_path / "k.db.keys"
    stored = keys_file.read_text()
    assert key.startswith("sr_") and key not in stored
    assert read_key_hashes(keys_file) == {hash_key(key)}
    assert keys_file.stat().st_mode & 0o077 == 0
    second = create_key(keys_file, "other")
    assert len(read_key_hashes(keys_file)) == 2 and hash_key(second) in read_key_hashes(keys_file)
    settings = ApiSettings.load(str(db))
    assert hash_key(key) in settings.key_hashes


def test_the_cli_starts_without_the_web_stack():
    import subprocess
    import sys

    code = "import sys, sitroom.cli; print(sorted(m for m in ('fastapi', 'uvicorn', 'plotly') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
