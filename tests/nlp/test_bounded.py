"""Pathological inputs stay bounded: pieces cover the text exactly, indexes agree with full scans,
and an article past its time budget fails with E008 while the next one goes through."""

from __future__ import annotations

import random

import pytest

from sitroom.analysis import analyze_document
from sitroom.config import Settings
from sitroom.errors import ArticleTooSlow
from sitroom.ingest.text import document_from_text
from sitroom.nlp.budget import Budget
from sitroom.nlp.chunking import PIECE_CHARS, RUN_CHARS, pieces
from sitroom.nlp.quotes.spans import find_quotes
from sitroom.nlp.span_index import SpanSet


def _joined(text: str) -> str:
    return "".join(p.text + (" " if p.space else "") for p in pieces(text))


@pytest.mark.parametrize("text", [
    "",
    "Short paragraph.",
    "The army said it moved. " * 400,
    "word " * 2000,
    "x" * 50_000,
    '"' * 5000 + " and then " + "\u201c" * 300,
    ("a" * 150 + " ") * 30,
    "line one\nline two\n" * 400,
])
def test_pieces_cover_the_text_and_are_bounded(text):
    assert _joined(text) == text
    for p in pieces(text):
        assert text[p.start:p.start + len(p.text)] == p.text
        assert p.run or len(p.text) <= PIECE_CHARS
        assert not p.run or len(p.text) > RUN_CHARS


def test_long_text_is_cut_after_a_sentence_end():
    text = "The army said it moved troops. " * 300
    cuts = [p.text for p in pieces(text)]
    assert len(cuts) > 1 and all(c.endswith(". ") for c in cuts[:-1])


def test_span_set_agrees_with_a_full_scan():
    rng = random.Random(7)
    spans = [(s, s + rng.randint(0, 40), k) for k, s in enumerate(rng.randint(0, 2000) for _ in range(300))]
    index: SpanSet[int] = SpanSet(spans[:200])
    for s, e, k in spans[200:]:
        index.add(s, e, k)
    for _ in range(500):
        a = rng.randint(0, 2100)
        b = a + rng.randint(0, 60)
        scan = {k for s, e, k in spans if s < b and a < e}
        assert {k for _, _, k in index.overlapping(a, b)} == scan
        assert index.overlaps(a, b) == bool(scan)
        assert {k for _, _, k in index.within(a, b)} == {k for s, e, k in spans if a <= s and e <= b}


def test_quote_pairing_unchanged_on_many_quotes():
    text = " ".join(f'He said "line {k} here" and \'note {k}\' later.' for k in range(300))
    quotes = find_quotes(text)
    assert len(quotes) == 600
    assert all(text[q.open_at] in "\"'" for q in quotes)


def test_budget_raises_coded_error():
    budget = Budget(0.000001, where="slow.txt")
    with pytest.raises(ArticleTooSlow) as info:
        for _ in range(10_000):
            budget.check("parse")
    assert info.value.code == "E008" and "slow.txt" in str(info.value)
    Budget(None).check("parse")  # no budget: never raises


@pytest.mark.model
def test_analyze_past_budget_fails_then_next_article_works(nlp):
    slow = document_from_text("The army said on Monday that it moved troops. " * 2000, fallback_date="2024-10-21")
    with pytest.raises(ArticleTooSlow):
        analyze_document(slow, Settings(article_seconds=0.05))
    fine = analyze_document(document_from_text("The army said on Monday it moved troops to the border.",
                                               fallback_date="2024-10-21"), Settings(article_seconds=30))
    assert fine.events or fine.actors


@pytest.mark.model
def test_quote_wall_and_long_run_analyse_with_offsets_inside(nlp):
    text = "Officials said talks went on.\n\n" + '"' * 20_000 + "\n\n" + "z" * 5000 + " The army said it left."
    analysis = analyze_document(document_from_text(text, fallback_date="2024-10-21"))
    body = analysis.document.text
    for item in [*analysis.times, *analysis.quotes, *analysis.quantities, *analysis.places]:
        assert 0 <= item.start <= item.end <= len(body)


def test_budget_timer_restores_a_callers_timer():
    import signal
    import time

    fired: list[int] = []
    previous = signal.signal(signal.SIGALRM, lambda *_: fired.append(1))
    try:
        signal.setitimer(signal.ITIMER_REAL, 0.3)
        with Budget(5).interrupting():
            time.sleep(0.05)
        remaining, _ = signal.getitimer(signal.ITIMER_REAL)
        assert 0 < remaining <= 0.3
        time.sleep(0.5)
        assert fired == [1]
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
