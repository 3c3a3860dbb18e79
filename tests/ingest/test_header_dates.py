"""The article's own date in the header layouts news copy comes in (tests/fixtures/headers/cases.yaml).

The cases are article headers written for these tests in a dozen layouts (agency wires,
broadsheets, tabloids, broadcasters' sites, government releases, blogs); each says what
the text reader must find, and omits what it does not check.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest
import yaml

from sitroom.ingest.text import document_from_text

CASES = yaml.safe_load((Path(__file__).parents[1] / "fixtures" / "headers" / "cases.yaml").read_text("utf-8"))


def test_the_set_covers_enough_layouts():
    assert len(CASES) >= 60
    assert len({c["layout"] for c in CASES}) >= 12


@pytest.mark.parametrize("case", CASES, ids=[f"{i}-{c['layout']}" for i, c in enumerate(CASES)])
def test_header_case(case):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        doc = document_from_text(case["text"], fallback_date=case.get("date"))
    want = case.get("ref")
    assert doc.reference_date == (str(want) if want else None)
    ev = doc.date_evidence
    checks = {
        "source": doc.reference_date_source,
        "rule": ev.rule if ev else None,
        "year": ev.year if ev else None,
        "dateline": doc.dateline,
        "title": doc.title,
        "authors": doc.authors,
        "conflicts": [c.kind for c in ev.conflicts] if ev else [],
    }
    for key, got in checks.items():
        if key in case:
            assert got == case[key], f"{key}: {got!r} != {case[key]!r}"
