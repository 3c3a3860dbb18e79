"""The shared Doc-text cache (nlp/doctext.py) and the days a time value covers (nlp/time_bounds.py)."""

from __future__ import annotations

from datetime import date

import pytest
import spacy

from sitroom.nlp.doctext import doc_text, sentence, sentence_back, tokens_with_lemma, tokens_with_text
from sitroom.timevalues import bounds as value_bounds


def test_doc_text_is_the_docs_text_and_is_cached() -> None:
    doc = spacy.blank("en")("Troops crossed the river.\n\nThe ministry denied it.")
    first = doc_text(doc)
    assert first == doc.text
    assert doc._.text is first and doc_text(doc) is first


def test_a_stale_cache_is_rebuilt() -> None:
    doc = spacy.blank("en")("Shelling resumed overnight.")
    doc._.text = "something else"
    assert doc_text(doc) == doc.text


def test_empty_doc_has_empty_text() -> None:
    assert doc_text(spacy.blank("en")("")) == ""


@pytest.mark.model
def test_parse_document_stores_the_text(nlp) -> None:
    from sitroom.nlp.pipeline import parse_document

    text = "Rebels seized Goma on Monday.\n\nThe army said it would retake the city."
    doc = parse_document(nlp, text, date(2024, 10, 21))
    assert doc._.text == text == doc.text


@pytest.mark.model
def test_sentence_is_the_tokens_sentence(nlp) -> None:
    doc = nlp("Rebels seized Goma on Monday. The army said it would retake the city. Talks failed.")
    assert [(sentence(t).start, sentence(t).end) for t in doc] == [(t.sent.start, t.sent.end) for t in doc]
    assert sentence(doc[8]).text == "The army said it would retake the city."
    talks = doc[-3]
    assert sentence_back(talks, 1).text == "The army said it would retake the city."
    assert sentence_back(talks, 5).text == "Rebels seized Goma on Monday."
    assert sentence_back(talks, 0) == sentence(talks)


@pytest.mark.model
def test_tokens_found_by_lemma_and_by_text(nlp) -> None:
    doc = nlp("Police arrested two men: both were later released. The arrests angered residents.")
    found = [doc[i].text for i in tokens_with_lemma(doc, frozenset({"arrest", "release"}))]
    assert found == ["arrested", "released", "arrests"]
    assert tokens_with_text(doc, ":") == [4]
    assert tokens_with_lemma(nlp(""), frozenset({"arrest"})) == []


BOUNDS = [
    ("2023", (date(2023, 1, 1), date(2023, 12, 31))),
    ("2024-02", (date(2024, 2, 1), date(2024, 2, 29))),
    ("2022-03-15", (date(2022, 3, 15), date(2022, 3, 15))),
    ("2022-03-15T10:00", (date(2022, 3, 15), date(2022, 3, 15))),
    ("2024-W01", (date(2024, 1, 1), date(2024, 1, 7))),
    ("2023-Q2", (date(2023, 4, 1), date(2023, 6, 30))),
    ("2023-H2", (date(2023, 7, 1), date(2023, 12, 31))),
    ("2023-Q5", None),
    ("2023-13", None),
    ("2020-SU", (date(2020, 6, 1), date(2020, 8, 31))),
    ("2024-W42-WE", (date(2024, 10, 19), date(2024, 10, 20))),
    ("199", (date(1990, 1, 1), date(1999, 12, 31))),
    ("201X", (date(2010, 1, 1), date(2019, 12, 31))),
    ("19", (date(1900, 1, 1), date(1999, 12, 31))),
    ("2010-WXX", None),
    (None, None),
]


@pytest.mark.parametrize(("value", "bounds"), BOUNDS)
def test_value_bounds(value: str | None, bounds: tuple[date, date] | None) -> None:
    assert value_bounds(value) == bounds


@pytest.mark.parametrize("value", ["00", "0001", "000", "9999-12-31"])
def test_value_bounds_leave_room_for_date_arithmetic(value: str) -> None:
    assert value_bounds(value) is None


@pytest.mark.model
def test_sentence_back_does_not_count_a_wordless_sentence(nlp) -> None:
    """The parser may leave a closing quotation mark between paragraphs as a sentence of its own."""
    from sitroom.nlp.pipeline import parse_document

    doc = parse_document(nlp, 'Karaha said a ceasefire "will prolong the agony of our people. We want him to go. If '
                              'Mobutu goes, that will be the end of the war."\n\nHe rejected the idea.')
    assert any(not any(t.is_alpha for t in s) for s in doc.sents)  # the lone mark this test is about
    rejected = next(t for t in doc if t.text == "rejected")
    assert sentence_back(rejected, 1).text.startswith("If Mobutu goes")
    assert sentence_back(rejected, 3).text.startswith("Karaha said")
