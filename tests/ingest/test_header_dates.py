"""The article's own date in the header layouts news copy comes in (tests/fixtures/headers/cases.yaml).

The cases are article headers written for these tests in a dozen layouts (agency wires,
broadsheets, tabloids, broadcasters' sites, government releases, blogs); each says what
the text reader must find, and omits what it does not check.
"""

from __future__ import annotations

import warnings
from datetime import datetime
from pathlib import Path

import pytest
import yaml

from sitroom.ingest.text import document_from_text

HEADERS = Path(__file__).parents[1] / "fixtures" / "headers"
CASES = yaml.safe_load((HEADERS / "cases.yaml").read_text("utf-8"))
HELD_OUT = yaml.safe_load((HEADERS / "heldout.yaml").read_text("utf-8"))


def test_the_set_covers_enough_layouts():
    assert len(CASES) >= 60
    assert len({c["layout"] for c in CASES}) >= 12


@pytest.mark.parametrize("case", CASES + HELD_OUT,
                         ids=[f"{i}-{c['layout']}" for i, c in enumerate(CASES)]
                         + [f"held-out-{i}-{c['layout']}" for i, c in enumerate(HELD_OUT)])
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


def test_year_less_dateline_takes_its_year_from_container_metadata():
    """A feed entry with only an update time: the dateline's date wins, its year from the update."""
    doc = document_from_text("MOSCOW, Dec 30 (AFP) - Talks resumed on Saturday.\n", headers=False,
                             title="Talks resume", updated=datetime(2024, 1, 3, 9, 0))
    assert (doc.reference_date, doc.reference_date_source) == ("2023-12-30", "dateline")
    assert doc.date_evidence is not None and doc.date_evidence.year == "updated"


def test_dateline_given_as_a_jsonl_field_is_read_for_its_date():
    doc = document_from_text("Officials met on Thursday.\n", headers=False, title="Officials meet",
                             dateline="BEIJING, Nov. 9, 2006 (Xinhua)")
    assert doc.reference_date == "2006-11-09"
    assert doc.date_evidence is not None and doc.date_evidence.rule == "metadata:dateline"


def test_a_contradicted_date_is_warned_about_and_recorded():
    text = ("Parliament rejects reform\n\nVILNIUS, March 3, 2025 (AFP) - Parliament rejected the reform in "
            "Wednesday's vote on March 5, lawmakers said.\n")
    with pytest.warns(UserWarning, match="W003"):
        doc = document_from_text(text)
    assert doc.reference_date == "2025-03-03"
    assert doc.date_evidence is not None
    (conflict,) = doc.date_evidence.conflicts
    assert doc.text[conflict.start: conflict.end] == "March 5"


def test_a_relative_stamp_is_not_taken_for_today():
    doc = document_from_text("Ceasefire holds\nUpdated 3 hours ago\n\nThe ceasefire held on Tuesday.\n",
                             fallback_date="2024-05-01")
    assert doc.reference_date_source == "user"


def test_date_evidence_is_part_of_the_record_contract():
    import jsonschema

    from sitroom.records import Analysis, json_schema

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        doc = document_from_text("Parliament rejects reform\n\nVILNIUS, March 3, 2025 (AFP) - Parliament rejected "
                                 "the reform in Wednesday's vote on March 5, lawmakers said.\n")
    analysis = Analysis(document=doc)
    jsonschema.validate(analysis.to_dict(), json_schema())
    assert Analysis.from_json(analysis.to_json()) == analysis
    assert analysis.to_dict()["document"]["date_evidence"]["conflicts"][0]["kind"] == "past_date_after"
