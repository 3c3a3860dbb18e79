"""The project's own articles: each reads as intended (header, date) and its gold lines up with the body.

No model is needed: these check the text reader on many styles and the gold
files against what the reader keeps as body text.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from sitroom.eval.gold import GoldDocument, fold, load_gold
from sitroom.ingest.text import document_from_text

ARTICLES = Path(__file__).parents[1] / "fixtures" / "articles"
GOLDS = load_gold(ARTICLES)

# (article, dateline the reader should find, where the reference date comes from)
STYLES: list[Any] = [
    ("armenia-azerbaijan-ministry", "YEREVAN", "published"),
    ("drc-m23-wire", "GOMA, Democratic Republic of Congo", "published"),
    ("ethiopia-broadcast", None, "published"),
    ("gaza-broadcast", None, "published"),
    ("haiti-press-release", "KINGSTON, Jamaica", "published"),
    ("india-pakistan-liveblog", None, "updated"),
    ("mali-press-release", "BAMAKO", "published"),
    ("myanmar-analysis", None, "published"),
    ("sudan-wire", "KHARTOUM", "published"),
    ("syria-liveblog", None, "updated"),
    ("taiwan-ministry", "TAIPEI", "published"),
    ("ukraine-russia-wire", "MOSCOW", "published"),
    ("venezuela-guyana-analysis", "CARACAS, Venezuela", "updated"),
    ("yemen-red-sea", "ADEN, Yemen", "published"),
]


def gold_named(name: str) -> GoldDocument:
    return next(g for g in GOLDS if g.name == name)


def test_every_article_has_a_style_row() -> None:
    names = [str(getattr(row, "values", row)[0]) for row in STYLES]
    assert sorted(g.name for g in GOLDS) == sorted(names)


@pytest.mark.parametrize(("name", "dateline", "date_source"), STYLES)
def test_reader_finds_header_and_date(name: str, dateline: str | None, date_source: str) -> None:
    gold = gold_named(name)
    document = document_from_text(gold.text, fallback_date=gold.gold.document.reference_date)
    assert document.reference_date == gold.gold.document.reference_date
    assert document.reference_date_source == date_source
    assert document.title and document.title not in document.text
    if dateline:
        assert document.dateline == dateline


@pytest.mark.parametrize("gold", GOLDS, ids=[g.name for g in GOLDS])
def test_gold_snippets_are_in_the_body(gold: GoldDocument) -> None:
    """Evidence, quotes, times and quantities are annotated on body text, never on header lines."""
    body = fold(document_from_text(gold.text, fallback_date=gold.gold.document.reference_date).text)
    g = gold.gold
    snippets = [e.evidence for e in g.events or [] if e.evidence] + [q.text for q in g.quotes or []]
    snippets += [t.text for t in g.times or []]
    missing = [s for s in snippets if fold(s) not in body]
    assert not missing


@pytest.mark.parametrize("gold", GOLDS, ids=[g.name for g in GOLDS])
def test_gold_is_varied(gold: GoldDocument) -> None:
    """Each article exercises several components, so a rule fitted to one article shows up elsewhere."""
    g = gold.gold
    assert len(g.events or []) >= 8
    assert len({t for e in g.events or [] for t in e.type}) >= 4
    assert g.times and g.quotes and g.quantities and g.places and g.actors
    assert 150 <= len(gold.text.split()) <= 350
