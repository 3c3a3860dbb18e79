"""Floors on the project's own corpus: the pipeline, scored end to end, must not fall below them.

The floors sit well under today's figures (see benchmarks/results/own_corpus.md)
so that ordinary work on the rules does not trip them, while a component that
breaks on articles it was not written for does.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from sitroom.eval.gold import load_gold
from sitroom.eval.report import Report
from sitroom.eval.runner import evaluate

pytestmark = pytest.mark.model

ARTICLES = Path(__file__).parents[1] / "fixtures" / "articles"

FLOORS = [
    # (component, minimum F1)
    ("times", 0.80),
    ("time_values", 0.75),
    ("quotes", 0.75),
    ("quote_speaker", 0.55),
    ("quantities", 0.70),
    ("places", 0.55),
    ("event_type", 0.40),
    ("stance", 0.30),
]


@pytest.fixture(scope="module")
def corpus_report(nlp: Any) -> Report:
    return evaluate(load_gold(ARTICLES))


@pytest.mark.parametrize(("component", "floor"), FLOORS, ids=[f[0] for f in FLOORS])
def test_component_floor(corpus_report: Report, component: str, floor: float) -> None:
    counts = corpus_report.components[component]
    assert counts.f1 is not None and counts.f1 >= floor, (component, counts.tp, counts.fp, counts.fn)


def test_every_article_is_scored(corpus_report: Report) -> None:
    assert len(corpus_report.documents) == 14
    assert all(d.components["event_type"].tp + d.components["event_type"].fn >= 8 for d in corpus_report.documents)
