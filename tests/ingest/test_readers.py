"""Each reader on a small fixture, sniffing by content, and failures that do not stop the rest."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

from sitroom.config import Settings
from sitroom.ingest import Failure, read_inputs
from sitroom.ingest.base import Source
from sitroom.ingest.sources import choose_reader
from sitroom.records import Document
from tests.conftest import FIXTURES

READERS_DIR = FIXTURES / "readers"


def read(*paths: str | Path, **settings: object) -> list[Document | Failure]:
    return list(read_inputs([str(p) for p in paths], Settings(**settings)))


def docs(results):
    return [r for r in results if isinstance(r, Document)]


def failures(results):
    return [r for r in results if isinstance(r, Failure)]


def test_html_reader_metadata_and_body():
    (doc,) = read(READERS_DIR / "page.html")
    assert doc.reader == "html"
    assert doc.title == "Ceasefire talks stall in Khartoum"
    assert doc.outlet == "The Daily Ledger"
    assert doc.url == "https://ledger.example.org/world/ceasefire-talks-stall"
    assert doc.authors == ["Amina Yusuf"]
    assert doc.published is not None and doc.published.isoformat() == "2024-03-04T08:15:00+03:00"
    assert doc.updated is not None and doc.updated.isoformat() == "2024-03-04T11:40:00+03:00"
    assert doc.reference_date == "2024-03-04"
    assert doc.text.startswith("Sudan's army and the Rapid Support Forces")
    assert "Home" not in doc.text and "Copyright" not in doc.text
    assert "\n\n" in doc.text


def test_rss_entries_become_documents():
    results = read(READERS_DIR / "feed.xml")
    got = docs(results)
    assert [d.title for d in got] == ["Armenia and Azerbaijan agree to resume border talks",
                                      "Haiti police say gangs attacked two prisons"]
    assert got[0].outlet == "Wire Desk"
    assert got[0].url == "https://wire.example.org/armenia-azerbaijan-talks"
    assert got[0].reference_date == "2024-03-12"
    assert got[0].text.split("\n\n")[1] == "The talks will take place in Brussels next month."


def test_atom_entry():
    (doc,) = read(READERS_DIR / "atom.xml")
    assert doc.reader == "feed"
    assert doc.authors == ["Press Office"]
    assert doc.published is not None and doc.published.isoformat() == "2024-05-02T09:00:00+00:00"
    assert "Red Sea" in doc.text and "<p>" not in doc.text


def test_jsonl_reports_broken_lines_and_keeps_the_rest():
    results = read(READERS_DIR / "dump.jsonl")
    got = docs(results)
    assert [d.title for d in got] == ["Drones hit Kharkiv power station", "Poland and Ukraine hold border talks"]
    assert got[0].dateline == "KYIV, Feb. 10 (Wire)"
    assert got[0].reference_date == "2024-02-10"
    assert got[0].reference_date_source == "published"
    assert got[0].text.startswith("Russian drones struck")  # a title was given: no header guessing
    bad = failures(results)
    assert [f.error.code for f in bad] == ["E006", "E006", "E006"]
    assert [f.where.rsplit(":", 1)[1] for f in bad] == ["2", "4", "5"]


def test_sniffing_ignores_extension(tmp_path):
    disguised = tmp_path / "feed.txt"
    shutil.copy(READERS_DIR / "feed.xml", disguised)
    assert {d.reader for d in docs(read(disguised))} == {"feed"}
    source = Source("x.data", (READERS_DIR / "dump.jsonl").read_bytes())
    assert choose_reader(source).name == "jsonl"


def test_folder_is_recursive_with_glob_and_one_bad_file_does_not_stop_others(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text("Headline one here\n\nThe army said on Monday that it had withdrawn.\n")
    (tmp_path / "two.txt").write_text("Headline two here\n\nThe rebels said they had taken the town.\n")
    (tmp_path / "bad.txt").write_bytes(b"\x00\x00\x00binary")
    (tmp_path / "skip.md").write_text("not matched by the glob")
    results = list(read_inputs([str(tmp_path)], Settings(reference_date="2024-01-01"), glob="**/*.txt"))
    assert sorted(d.title for d in docs(results)) == ["Headline one here", "Headline two here"]
    assert [f.error.code for f in failures(results)] == ["E004"]


@pytest.mark.parametrize("name, code", [("binary.bin", "E004"), ("empty.txt", "E004"), ("missing.txt", "E001")])
def test_bad_inputs_have_codes(name, code):
    (failure,) = read(READERS_DIR / name)
    assert isinstance(failure, Failure)
    assert failure.error.code == code
    assert failure.error.hint


def test_size_limit():
    (failure,) = read(READERS_DIR / "page.html", max_bytes=100)
    assert isinstance(failure, Failure) and failure.error.code == "E005"


def test_undecodable_bytes_fall_back_with_warning():
    with pytest.warns(UserWarning, match="W001"):
        (doc,) = read(READERS_DIR / "cp1252.txt", reference_date="2024-01-01")
    assert isinstance(doc, Document)
    assert "Genève" in doc.text


def test_stdin(monkeypatch):
    data = b"Ceasefire collapses\n\nFighting resumed on Tuesday, the monitors said.\n"
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))
    (doc,) = read("-", reference_date="2024-06-01")
    assert isinstance(doc, Document) and doc.title == "Ceasefire collapses"
