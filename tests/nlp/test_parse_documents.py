"""The batch path (paragraphs of many documents in one nlp.pipe) gives what one-by-one gives."""

from __future__ import annotations

import pytest

from sitroom.analysis import analyze_document, analyze_documents, analyze_stream
from sitroom.ingest.text import document_from_text
from sitroom.records import Document

from ..conftest import REFERENCE

pytestmark = pytest.mark.model

TEXTS = [
    "Russia's defence ministry said on Monday its forces had shot down 12 Ukrainian drones over Belgorod.\n\n"
    "\"We will respond,\" Kremlin spokesman Dmitry Peskov told reporters in Moscow.",
    "One paragraph only: Israel struck targets in Gaza on Tuesday, the military said.",
    "",
]


def _documents() -> list[Document]:
    docs = [document_from_text(REFERENCE.read_text(encoding="utf-8"), where=str(REFERENCE))]
    docs += [document_from_text(t, fallback_date="2024-10-21") for t in TEXTS if t]
    return docs


def test_batch_and_single_paths_give_identical_records(nlp) -> None:  # type: ignore[no-untyped-def]
    docs = _documents() * 2
    single = [analyze_document(d).to_dict() for d in docs]
    batch = [a.to_dict() for a in analyze_documents(docs)]
    assert batch == single
    assert len(batch) == len(docs) and batch[0]["events"]


def test_other_items_pass_through_in_order(nlp) -> None:  # type: ignore[no-untyped-def]
    docs = _documents()
    items: list[object] = ["start", docs[0], "between", docs[1], docs[2], "end"]
    out = list(analyze_stream(items))
    kinds = [x if isinstance(x, str) else x.document.id for x in out]  # type: ignore[union-attr]
    assert kinds == ["start", docs[0].id, "between", docs[1].id, docs[2].id, "end"]


def test_no_documents_at_all(nlp) -> None:  # type: ignore[no-untyped-def]
    assert list(analyze_stream(["a", "b"])) == ["a", "b"]
    assert list(analyze_documents([])) == []


def test_memory_zones_free_new_words_and_keep_records(nlp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from sitroom.nlp import pipeline

    docs = _documents() + [document_from_text(
        "Zqxvbrandt Wellisporn told Qorvathian reporters on Friday that talks had failed.",
        fallback_date="2024-10-21")]
    monkeypatch.setattr(pipeline, "ZONE_DOCUMENTS", 2)   # a zone ends between documents of one stream
    strings = len(nlp.vocab.strings)
    batch = [a.to_dict() for a in analyze_documents(docs * 2)]
    assert len(nlp.vocab.strings) == strings   # the invented words were dropped with their zone
    assert "Zqxvbrandt" not in nlp.vocab.strings
    assert not nlp.vocab.in_memory_zone
    single = [analyze_document(d).to_dict() for d in docs]   # no zone: these words stay
    assert batch == single * 2
    assert batch[-1]["actors"] and batch[-1]["times"]
