"""Gold that names a corpus article: the text is the JSONL reader's document body, read at load time."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sitroom.errors import GoldFormatError
from sitroom.eval.corpus import CORPORA, ENV
from sitroom.eval.gold import load_gold
from sitroom.eval.runner import pipeline_predictor

ROOT = Path(__file__).resolve().parents[2]
SHARED_CORPUS = ROOT.parent / "shared" / "corpus" / CORPORA["newswire"]
RECORD = {"id": "WIRE_ENG_20050301.0001", "outlet": "Wire", "published": "2005-03-01",
          "dateline": "NAIROBI, March 1, 2005 (Wire)", "title": "Talks open in Nairobi",
          "text": "Envoys of the two sides met in Nairobi on Tuesday.\n\nThe talks will resume next week."}


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "corpus" / CORPORA["newswire"]
    path.parent.mkdir(parents=True)
    other = {**RECORD, "id": "WIRE_ENG_20050301.0002", "text": "Another article entirely, about rain."}
    path.write_text(json.dumps(other) + "\n" + json.dumps(RECORD) + "\n", encoding="utf-8")
    monkeypatch.setenv(ENV, str(tmp_path / "corpus"))
    return path


def gold(tmp_path: Path, corpus_id: str, evidence: str) -> Path:
    path = tmp_path / "a.gold.json"
    path.write_text(json.dumps({
        "schema": "sitroom/1", "document": {"corpus": "newswire", "corpus_id": corpus_id},
        "events": [{"type": "CONSULT", "evidence": evidence}],
        "times": [{"text": "on Tuesday", "value": "2005-03-01"}]}), encoding="utf-8")
    return path


def test_corpus_article_is_the_jsonl_document(corpus: Path, tmp_path: Path) -> None:
    [doc] = load_gold(gold(tmp_path, RECORD["id"], "Envoys of the two sides met"))
    assert doc.text == RECORD["text"]
    assert doc.document is not None
    assert doc.document.title == RECORD["title"]
    assert doc.document.reader == "jsonl"
    assert str(doc.document.reference_date) == "2005-03-01"
    assert doc.document.source_path == f"{corpus}:2"


def test_predictor_analyses_the_corpus_document(corpus: Path, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """The pipeline gets the reader's document (with its title and date), not a re-read of the body."""
    import sitroom.analysis as analysis

    [doc] = load_gold(gold(tmp_path, RECORD["id"], "Envoys of the two sides met"))
    seen: list[object] = []
    monkeypatch.setattr(analysis, "analyze_document", lambda document, settings: seen.append(document))
    pipeline_predictor()(doc)
    assert seen == [doc.document]


@pytest.mark.parametrize(("document", "problem"), [
    ({"corpus": "newswire", "corpus_id": "NOPE_1"}, "no article 'NOPE_1'"),
    ({"corpus": "gigaword", "corpus_id": "X"}, "unknown corpus 'gigaword'"),
    ({"corpus": "newswire"}, "go together"),
    ({"corpus": "newswire", "corpus_id": "X", "text": "x"}, "exactly one of"),
])
def test_bad_corpus_reference_is_e030(corpus: Path, tmp_path: Path, document: dict, problem: str) -> None:
    path = tmp_path / "b.gold.json"
    path.write_text(json.dumps({"schema": "sitroom/1", "document": document}), encoding="utf-8")
    with pytest.raises(GoldFormatError, match=problem):
        load_gold(path)


def test_evidence_is_checked_against_the_corpus_text(corpus: Path, tmp_path: Path) -> None:
    with pytest.raises(GoldFormatError, match=r"\$\.events\[0\]\.evidence"):
        load_gold(gold(tmp_path, RECORD["id"], "Talks open in Nairobi"))  # the title is metadata


@pytest.mark.skipif(not SHARED_CORPUS.is_file(), reason="needs ../shared/corpus (the research-use newswire)")
def test_committed_blind_gold_files_load(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV, raising=False)
    paths = sorted((ROOT / "benchmarks" / "blind").rglob("*.gold.json"))
    if not paths:
        pytest.skip("no blind gold files yet")
    docs = load_gold(paths)
    assert all(d.document is not None and d.document.reader == "jsonl" for d in docs)
