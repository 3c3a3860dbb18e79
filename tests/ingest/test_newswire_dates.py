"""The bundled newswire written out as plain text: each article's own date comes from its dateline.

Renderings are those of benchmarks/newswire_dates.py (headline + dateline-led paragraph, dateline on
its own line, single dash, no headline). Needs ../shared; skips with the reason when it is absent.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[2] / "benchmarks"))

import newswire_dates as nd  # noqa: E402

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not nd.DEFAULT.exists(), reason=f"the bundled newswire is not here ({nd.DEFAULT})"),
]


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return nd.load()


def test_dateline_led_rendering_gives_the_published_date(rows):
    hits, misses = nd.score(rows, nd.lead)
    assert hits / len(rows) >= 0.98, misses[:10]


@pytest.mark.parametrize("name", ["own_line", "single_dash", "no_headline"])
def test_other_renderings(rows, name):
    sample = rows[::5]
    hits, misses = nd.score(sample, nd.RENDERINGS[name])
    assert hits / len(sample) >= 0.98, misses[:10]


def test_the_dateline_place_is_kept_and_the_rule_named(rows):
    row = next(r for r in rows if r["dateline"].startswith("KUALA LUMPUR, April 1 , 1997"))
    doc = nd.read_text(nd.lead(row), row["id"])
    assert doc.dateline == "KUALA LUMPUR"
    assert doc.outlet == "AFP"
    assert doc.reference_date_source == "dateline"
    assert doc.date_evidence is not None and doc.date_evidence.rule == "lead_dateline"
    assert doc.text[doc.date_evidence.start: doc.date_evidence.end] == "April 1 , 1997"


def test_year_less_datelines_never_take_a_year_without_evidence(rows):
    """With the year cut from the dateline, a year comes only from the text, and is marked as inferred."""
    for row in rows[::25]:
        doc = nd.read_text(nd.yearless(row), row["id"])
        if doc.date_evidence is None:
            assert doc.reference_date_source == "none"
        else:
            assert doc.date_evidence.year == "text"


def test_real_copy_raises_few_date_conflicts(rows):
    """Wire copy mentions many other dates (past truces, coming elections); few may read as contradictions."""
    sample = rows[::10]
    flagged = [row["id"] for row in sample
               if (ev := nd.read_text(nd.lead(row), row["id"]).date_evidence) is not None and ev.conflicts]
    assert len(flagged) <= len(sample) // 100, flagged
