"""``sitroom watch``: a local feed that changes between polls, a folder, a dead source, a clean stop."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sitroom.cli import app
from sitroom.store import Store

FEED = Path(__file__).resolve().parents[1] / "fixtures" / "readers" / "feed.xml"


def _feed_versions() -> list[bytes]:
    """The fixture feed with its first entry only, then with both: the second poll finds one new entry."""
    full = FEED.read_bytes()
    first_item_end = full.index(b"</item>") + len(b"</item>")
    return [full[:first_item_end] + b"\n</channel></rss>\n", full]


class FeedServer(ThreadingHTTPServer):
    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), FeedHandler)
        self.versions = _feed_versions()
        self.requests: list[dict[str, str]] = []   # the headers of each request

    def body(self) -> bytes:
        # Requests 1-2 get the first version (the second as a 304), later ones the second version.
        return self.versions[0] if len(self.requests) <= 2 else self.versions[1]


class FeedHandler(BaseHTTPRequestHandler):
    server: FeedServer

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        self.server.requests.append(dict(self.headers))
        body = self.server.body()
        etag = '"' + hashlib.sha1(body).hexdigest()[:12] + '"'
        if self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml")
        self.send_header("ETag", etag)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def feed_server():
    server = FeedServer()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.mark.model
def test_watch_ingests_what_is_new_and_never_twice(tmp_path, nlp, feed_server):
    folder = tmp_path / "drop"
    folder.mkdir()
    (folder / "a.txt").write_text("Qatar hosted talks between Israel and Hamas in Doha on Monday, officials said.\n",
                                  encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'w.db'}"
    url = f"http://127.0.0.1:{feed_server.server_port}/feed.xml"
    dead = "http://127.0.0.1:9/feed.xml"   # nothing listens there: a network error each time it is tried
    out = CliRunner().invoke(app, ["watch", url, str(folder), dead, "--interval", "0", "--max-cycles", "3",
                                   "--db", db])
    assert out.exit_code == 0, out.output
    cycles = [line.split(" ", 1)[1] for line in out.stderr.splitlines() if " cycle " in line]
    assert cycles == [
        "cycle 1: 2 new · 0 unchanged · 1 failed · 0 sources not modified · 0 backing off",
        "cycle 2: 0 new · 0 unchanged · 0 failed · 2 sources not modified · 1 backing off",
        "cycle 3: 1 new · 1 unchanged · 0 failed · 1 sources not modified · 1 backing off",
    ]
    assert "E002" in out.stderr
    assert feed_server.requests[0].get("If-None-Match") is None
    assert feed_server.requests[1].get("If-None-Match") is not None   # conditional after the first poll
    with Store.open(db) as store:
        titles = sorted(r["title"] or "" for r in store.documents())
    assert len(titles) == 3 and "Haiti police say gangs attacked two prisons" in titles
    again = CliRunner().invoke(app, ["watch", url, str(folder), "--interval", "0", "--max-cycles", "1", "--db", db])
    assert "cycle 1: 0 new · 3 unchanged" in again.stderr   # a restarted watch reads again, stores nothing twice


def test_sigterm_stops_cleanly(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    proc = subprocess.Popen([sys.executable, "-c", "from sitroom.cli import main; main()", "watch", str(empty),
                             "--interval", "60", "--db", str(tmp_path / "s.db")],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "COLUMNS": "200"})
    assert proc.stderr is not None
    line = proc.stderr.readline()   # the first cycle's log: the watch is running
    assert "cycle 1" in line
    started = time.monotonic()
    proc.send_signal(signal.SIGTERM)
    stdout, stderr = proc.communicate(timeout=30)
    assert proc.returncode == 0, stderr
    assert time.monotonic() - started < 20   # it did not wait out the 60 s interval
    assert "SIGTERM" in stderr and "stored 0" in stdout
