"""Splits side by side: parsing, per-type figures from the confusion matrix, tables, test errors kept out."""

from __future__ import annotations

import pytest

from sitroom.errors import BadOption
from sitroom.eval.report import Report, build_report
from sitroom.eval.scoring import score_document
from sitroom.eval.splits import (
    misses_allowed,
    parse_splits,
    side_by_side_markdown,
    splits_dict,
    type_counts,
)
from sitroom.records import Event

from .helpers import analysis, event, gold

SHELLED = {"type": "ASSAULT", "actor": "army", "evidence": "had shelled RSF positions"}
DENIED = {"type": "REJECT", "actor": "RSF", "evidence": "The RSF denied the report."}


def report_for(preds: list[Event]) -> Report:
    return build_report([score_document(gold(events=[SHELLED, DENIED]), analysis(events=preds))])


def test_parse_splits_gathers_paths_by_name() -> None:
    splits = parse_splits(["dev=a", "test=b", "dev=c"])
    assert {k: [str(p) for p in v] for k, v in splits.items()} == {"dev": ["a", "c"], "test": ["b"]}
    for bad in ("dev", "=a", "dev="):
        with pytest.raises(BadOption, match="E040"):
            parse_splits([bad])


def test_misses_of_the_test_split_are_refused() -> None:
    misses_allowed(["dev"])
    with pytest.raises(BadOption, match="test"):
        misses_allowed(["dev", "test"])


def test_type_counts_from_confusion() -> None:
    counts = type_counts({"ASSAULT": {"ASSAULT": 3, "COERCE": 1, "NONE": 2}, "NONE": {"COERCE": 4, "ASSAULT": 1},
                          "REJECT": {"REJECT": 1}})
    assert list(counts) == ["REJECT", "COERCE", "ASSAULT"]  # PLOVER order
    assert (counts["ASSAULT"].tp, counts["ASSAULT"].fp, counts["ASSAULT"].fn) == (3, 1, 3)
    assert (counts["COERCE"].tp, counts["COERCE"].fp, counts["COERCE"].fn) == (0, 5, 0)
    assert counts["REJECT"].precision == 1.0


def test_side_by_side_markdown_has_one_column_group_per_split() -> None:
    dev = report_for([event(), event("REJECT", snippet="The RSF denied", eid="e2")])
    test = report_for([event("COERCE", snippet="The RSF denied", eid="e2")])
    md = side_by_side_markdown({"dev": dev, "test": test})
    header, _, *rows = md.splitlines()
    assert header.startswith("| component | dev TP/FP/FN | dev P % |") and "test F1 %" in header
    event_row = next(r for r in rows if r.startswith("| event_type |"))
    assert event_row.split(" | ")[1:5] == ["2/0/0", "100.0", "100.0", "100.0"]
    assert event_row.split(" | ")[5:7] == ["0/1/2", "0.0"]
    by_type = side_by_side_markdown({"dev": dev, "test": test}, by_type=True)
    assert any(r.startswith("| COERCE |") for r in by_type.splitlines())


def test_splits_json_keeps_test_counts_but_not_its_errors() -> None:
    bad = report_for([event("COERCE", snippet="The RSF denied", eid="e2")])
    data = splits_dict({"dev": bad, "test": bad})
    assert data["schema"] == "sitroom-eval-splits/1"
    dev_doc = data["splits"]["dev"]["per_document"][0]["components"]["event_type"]
    test_doc = data["splits"]["test"]["per_document"][0]["components"]["event_type"]
    assert dev_doc["misses"] and "misses" not in test_doc and "spurious" not in test_doc
    assert test_doc["fn"] == dev_doc["fn"] == 2
    assert data["splits"]["test"]["event_types"]["COERCE"] == {"tp": 0, "fp": 1, "fn": 0}


def test_report_from_json_gives_the_same_table() -> None:
    """A frozen test split is shown again from its JSON, not rescored."""
    from sitroom.eval.splits import report_from_dict

    scored = report_for([event("COERCE", snippet="The RSF denied", eid="e2"), event()])
    back = report_from_dict(splits_dict({"test": scored})["splits"]["test"])
    assert side_by_side_markdown({"test": back}) == side_by_side_markdown({"test": scored})
    assert side_by_side_markdown({"test": back}, by_type=True) == side_by_side_markdown({"test": scored}, by_type=True)
