"""URLs and feeds over real HTTP (a local server), including fetching each entry's page on request."""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator

import pytest

from sitroom.config import Settings
from sitroom.ingest import Failure, read_inputs
from tests.conftest import FIXTURES

LOCAL = Settings(fetch_private=True)  # the test server is on loopback, which is refused by default


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[str]:
    root = tmp_path_factory.mktemp("www")
    (root / "page.html").write_bytes((FIXTURES / "readers" / "page.html").read_bytes())
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(root))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    feed = (FIXTURES / "readers" / "feed.xml").read_text().replace(
        "https://wire.example.org/armenia-azerbaijan-talks", f"{base}/page.html")
    (root / "feed.rss").write_text(feed)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield base
    httpd.shutdown()


def test_html_by_url(server):
    (doc,) = list(read_inputs([f"{server}/page.html"], LOCAL))
    assert not isinstance(doc, Failure)
    assert doc.title == "Ceasefire talks stall in Khartoum"
    assert doc.url == "https://ledger.example.org/world/ceasefire-talks-stall"  # the canonical URL wins


def test_feed_by_url_without_and_with_fetching(server):
    plain = list(read_inputs([f"{server}/feed.rss"], LOCAL))
    assert [d.reader for d in plain] == ["feed", "feed"]
    fetched = list(read_inputs([f"{server}/feed.rss"], Settings(fetch_entries=True, fetch_private=True)))
    first = fetched[0]
    assert not isinstance(first, Failure) and first.reader == "html"
    assert first.text.startswith("Sudan's army")
    # the second entry's page is not reachable: reported, not fatal
    assert isinstance(fetched[1], Failure) and fetched[1].error.code == "E002"


def test_unreachable_url_is_coded():
    (failure,) = list(read_inputs(["http://127.0.0.1:9/nothing"], LOCAL))
    assert isinstance(failure, Failure) and failure.error.code == "E002"
