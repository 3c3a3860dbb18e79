"""Property tests: no reader and no analysis raises anything but a coded error on hostile input, and every
offset points inside the document's text. Example counts are small to keep the suite fast; the longer run
is benchmarks/fuzz_articles.py."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sitroom.analysis import analyze_document
from sitroom.config import Settings
from sitroom.errors import SitroomError
from sitroom.ingest import Failure, read_inputs
from sitroom.ingest.text import document_from_text
from sitroom.records import Analysis, Document
from tests.fuzz.strategies import articles, broken_html, hostile_feeds, jsonl_dumps

pytestmark = pytest.mark.filterwarnings("ignore::sitroom.errors.SitroomWarning")
FAST = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
MODEL = settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _read(data: bytes, suffix: str, reader: str | None) -> list[Document | Failure]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"input{suffix}"
        path.write_bytes(data)
        return list(read_inputs([str(path)], Settings(fetch_entries=True), reader=reader))


def _check_documents(items: list[Document | Failure]) -> None:
    for item in items:
        if isinstance(item, Failure):
            assert isinstance(item.error, SitroomError) and item.error.code.startswith("E")
        else:
            assert item.text.strip() and item.id


def check_offsets(analysis: Analysis) -> None:
    """Every record's offsets lie inside the text (used by the fuzz benchmark too)."""
    n = len(analysis.document.text)
    for item in [*analysis.times, *analysis.quotes, *analysis.quantities, *analysis.places]:
        assert 0 <= item.start <= item.end <= n, item
    for actor in analysis.actors:
        assert all(0 <= s <= e <= n for s, e in actor.mentions), actor
    for event in analysis.events:
        assert 0 <= event.evidence.start <= event.evidence.end <= n, event


@FAST
@given(text=articles(), encoding=st.sampled_from(["utf-8", "cp1252", "utf-16", "latin-1"]))
def test_text_reader(text, encoding):
    _check_documents(_read(text.encode(encoding, "replace"), ".txt", None))


@FAST
@given(html=broken_html())
def test_html_reader(html):
    _check_documents(_read(html.encode("utf-8", "surrogatepass"), ".html", "html"))


@FAST
@given(feed=hostile_feeds())
def test_feed_reader_never_fetches_or_crashes(feed):
    items = _read(feed.encode("utf-8", "replace"), ".xml", "feed")
    _check_documents(items)
    assert not any(isinstance(i, Document) and i.reader == "html" for i in items)  # no link was fetchable


@FAST
@given(dump=jsonl_dumps())
def test_jsonl_reader(dump):
    _check_documents(_read(dump.encode("utf-8", "replace"), ".jsonl", "jsonl"))


@pytest.mark.model
@MODEL
@given(text=articles())
def test_analyze_hostile_article(nlp, text):
    try:
        document = document_from_text(text, fallback_date="2024-10-21")
    except SitroomError:
        return
    check_offsets(analyze_document(document, Settings(article_seconds=60)))
