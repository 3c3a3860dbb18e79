"""Fetching is explicit and safe: http(s) only, no private addresses or redirects to them, size and time caps,
and no configuration file turns fetching on for a command that does not take the flag."""

from __future__ import annotations

import http.server
import json
import threading
import time
from collections.abc import Iterator

import pytest
from typer.testing import CliRunner

from sitroom.cli import app
from sitroom.config import Settings
from sitroom.errors import FetchRefused
from sitroom.ingest import Failure, fetch, read_inputs
from sitroom.ingest.fetch import check_url, fetch_url


class _Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
        port = self.server.server_address[1]
        if self.path == "/redirect":
            self.send_response(302)
            self.send_header("Location", f"http://localhost:{port}/page")
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        if self.path == "/big":
            self.wfile.write(b"<p>" + b"x" * 200_000 + b"</p>")
        elif self.path == "/slow":
            for _ in range(20):
                self.wfile.write(b"<p>word</p>" * 1000)
                self.wfile.flush()
                time.sleep(0.2)
        else:
            self.wfile.write(b"<html><head><title>T</title></head><body><p>The army moved.</p></body></html>")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


@pytest.mark.parametrize("url", ["file:///etc/passwd", "file://localhost/etc/hostname", "ftp://example.org/x",
                                 "gopher://example.org/", "http://127.0.0.1/", "http://localhost/",
                                 "http://10.0.0.1/", "http://192.168.1.1/", "http://169.254.169.254/latest",
                                 "http://[::1]/", "http://0.0.0.0/"])
def test_refused_urls(url):
    with pytest.raises(FetchRefused) as info:
        check_url(url, Settings())
    assert info.value.code == "E009"


def test_private_addresses_allowed_by_setting(server):
    assert b"The army moved." in fetch_url(f"{server}/page", Settings(fetch_private=True))


def test_redirect_to_a_private_address_is_refused(server, monkeypatch):
    monkeypatch.setattr(fetch, "_public", lambda host: host == "127.0.0.1")  # the first hop counts as public
    assert b"The army moved." in fetch_url(f"{server}/page", Settings())
    with pytest.raises(FetchRefused):
        fetch_url(f"{server}/redirect", Settings())


def test_size_and_time_caps(server):
    (big,) = list(read_inputs([f"{server}/big"], Settings(fetch_private=True, max_bytes=50_000)))
    assert isinstance(big, Failure) and big.error.code == "E005"
    t0 = time.monotonic()
    (slow,) = list(read_inputs([f"{server}/slow"], Settings(fetch_private=True, fetch_seconds=0.5)))
    assert isinstance(slow, Failure) and slow.error.code == "E002" and time.monotonic() - t0 < 3


FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>Local file</title><link>{link}</link><description>Troops moved on Monday.</description>
<pubDate>Mon, 21 Oct 2024 08:00:00 GMT</pubDate></item></channel></rss>"""


def test_feed_entry_linking_a_local_file_is_not_read(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET CONTENT")
    feed = tmp_path / "feed.xml"
    feed.write_text(FEED.format(link=f"file://localhost{secret}"))
    (item,) = list(read_inputs([str(feed)], Settings(fetch_entries=True)))
    assert isinstance(item, Failure) and item.error.code == "E009"


@pytest.mark.model
def test_config_file_does_not_turn_on_fetching_for_analyze(tmp_path, monkeypatch, nlp):
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET CONTENT")
    feed = tmp_path / "feed.xml"
    feed.write_text(FEED.format(link=f"file://localhost{secret}"))
    (tmp_path / "sitroom.toml").write_text("fetch_entries = true\nfetch_private = true\n")
    monkeypatch.chdir(tmp_path)
    assert Settings().fetch_entries  # the file is read …
    result = CliRunner().invoke(app, ["analyze", str(feed), "--format", "json"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["document"]["reader"] == "feed" and "SECRET" not in result.stdout  # … but analyze never fetches
