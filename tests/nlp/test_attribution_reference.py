"""Attribution frames on the reference article: the stances the reference gold asks for, with sources and relays."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.tokens import Doc

from sitroom.ingest.text import document_from_text
from sitroom.nlp.attribution.component import Frame, attribution_at_token
from sitroom.nlp.pipeline import parse_document

pytestmark = pytest.mark.model

REFERENCE = (Path(__file__).resolve().parents[2] / "src" / "sitroom" / "demo"
             / "rfa-2024-10-21-south-korea-summons-russian-envoy.txt")


@pytest.fixture(scope="module")
def ref_doc(nlp) -> Doc:  # type: ignore[no-untyped-def]
    document = document_from_text(REFERENCE.read_text(encoding="utf-8"))
    ref = date.fromisoformat(document.reference_date) if document.reference_date else date(2024, 10, 21)
    return parse_document(nlp, document.text, ref)


def _name(doc: Doc, actor_id: str | None) -> str:
    return next((a.name for a in doc._.actors if a.id == actor_id), "")


def _frames(doc: Doc, cue: str, content: str) -> list[Frame]:
    return [f for f in doc._.frames
            if f.attribution.cue == cue and content in doc.text[f.start:f.end]]


def _one(doc: Doc, cue: str, content: str) -> Frame:
    found = _frames(doc, cue, content)
    assert found, [(f.attribution.cue, doc.text[f.start:f.start + 40]) for f in doc._.frames]
    return found[0]


def _token(doc: Doc, context: str, word: str):  # type: ignore[no-untyped-def]
    at = doc.text.index(context) + context.index(word)
    return next(t for t in doc if t.idx == at)


def test_spy_agency_asserts_troops_sent(ref_doc: Doc) -> None:
    f = _one(ref_doc, "said", "had sent 1,500 special forces troops")
    assert f.attribution.stance == "asserted"
    assert ref_doc.text[f.source_start:f.source_end] == "South Korea's spy agency"  # type: ignore[misc]
    times = {t.id: t.text for t in ref_doc._.times}
    assert times.get(f.attribution.date or "") == "last Friday"


def test_peskov_relayed_by_afp(ref_doc: Doc) -> None:
    inner = _one(ref_doc, "said", "Russia would maintain its cooperation")
    outer = _one(ref_doc, "reported", "Russia would maintain its cooperation")
    assert "Peskov" in _name(ref_doc, inner.attribution.source)
    assert "AFP" in ref_doc.text[outer.source_start:outer.source_end]  # type: ignore[misc]
    assert outer.attribution.source is not None
    assert inner.attribution.via == [outer.attribution.source]
    assert outer.attribution.stance == "reported"


def test_peskov_denies_and_declines(ref_doc: Doc) -> None:
    denied = _one(ref_doc, "dismissed", "speculation of North Korean troops")
    assert denied.attribution.stance == "denied"
    assert "Peskov" in _name(ref_doc, denied.attribution.source)
    times = {t.id: t.text for t in ref_doc._.times}
    assert times.get(denied.attribution.date or "") == "Oct. 10"
    declined = _one(ref_doc, "declining", "whether Russia is using North Korean troops")
    assert declined.attribution.stance == "declined"
    assert "Peskov" in _name(ref_doc, declined.attribution.source)


def test_two_could_not_confirm(ref_doc: Doc) -> None:
    frames = [f for f in ref_doc._.frames if f.attribution.stance == "unconfirmed"]
    names = sorted(_name(ref_doc, f.attribution.source) for f in frames)
    assert len(frames) == 2
    assert any("United States" in n for n in names) and any("Austin" in n for n in names)


def test_cited_intelligence_via_zelenskyy(ref_doc: Doc) -> None:
    inner = _one(ref_doc, "saying", "North Korean personnel had already been deployed")
    outer = _one(ref_doc, "cited", "Ukrainian intelligence reports")
    assert ref_doc.text[inner.source_start:inner.source_end] == "Ukrainian intelligence reports"  # type: ignore[misc]
    assert outer.attribution.source in inner.attribution.via
    assert "Zelenskyy" in _name(ref_doc, outer.attribution.source)


def test_reportedly_submitted(ref_doc: Doc) -> None:
    f = _one(ref_doc, "reportedly", "submitted a bill")
    assert f.attribution.stance == "reported" and f.attribution.source is None


@pytest.mark.parametrize(
    ("context", "word", "stance", "source"),
    [
        ("the North could send about 12,000 soldiers", "send", "speculative", "Intelligence"),
        ("was likely planning to send troops", "send", "speculative", "Kim"),
        ("We will continue developing this cooperation", "continue", "planned", "Peskov"),
        ("would mark a significant escalation", "mark", "conditional", "Rutte"),
        ("would be a serious escalation", "be", "conditional", None),
        ("it would be concerning, if true", "concerning", "conditional", "Austin"),
        ("Russia is using North Korean troops", "using", "declined", "Peskov"),
        ("Putin reportedly submitted a bill", "submitted", "reported", None),
    ],
)
def test_clause_stances(ref_doc: Doc, context: str, word: str, stance: str, source: str | None) -> None:
    merged = attribution_at_token(ref_doc, _token(ref_doc, context, word))
    assert merged.stance == stance
    if source is not None:
        assert source in _name(ref_doc, merged.source)


def test_statement_dates(ref_doc: Doc) -> None:
    times = {t.id: t.text for t in ref_doc._.times}
    for cue, content, when in [("said", "there was ample satellite", "Sunday"),
                               ("said", "he could not confirm reports", "Saturday"),
                               ("told", "North Korea was likely planning", "early October")]:
        frame = _one(ref_doc, cue, content)
        assert when in times.get(frame.attribution.date or "", ""), (content, frame.attribution.date)
