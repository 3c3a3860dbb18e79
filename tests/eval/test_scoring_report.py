"""The report: JSON shape, undefined ratios, component choice, tables for people and Markdown."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rich.console import Console

from sitroom.errors import BadOption
from sitroom.eval.gold import gold_json_schema
from sitroom.eval.report import Report, build_report, check_components, confusion_labels, markdown_table, render
from sitroom.eval.scoring import COMPONENTS, score_document
from sitroom.records import Event

from .helpers import analysis, event, gold

SHELLED = {"type": "ASSAULT", "actor": "army", "evidence": "had shelled RSF positions"}


def report_for(preds: list[Event], components: list[str] | None = None) -> Report:
    return build_report([score_document(gold(events=[SHELLED], places=[]), analysis(events=preds))], components)


def test_json_report_shape(tmp_path: Path) -> None:
    report = report_for([event(), event("COERCE", snippet="The RSF denied", eid="e2")])
    out = tmp_path / "r" / "report.json"
    report.write_json(out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["schema"] == "sitroom-eval/1"
    assert data["components"]["event_type"] == {"tp": 1, "fp": 1, "fn": 0, "precision": 0.5, "recall": 1.0,
                                                "f1": 0.6667}
    assert data["confusion"] == {"labels": ["COERCE", "ASSAULT", "NONE"],
                                 "matrix": {"ASSAULT": {"ASSAULT": 1}, "NONE": {"COERCE": 1}}}
    doc = data["per_document"][0]["components"]["event_type"]
    assert doc["misses"] == [] and doc["spurious"][0].startswith("COERCE")


def test_undefined_ratios_are_null() -> None:
    data = report_for([]).to_dict()
    assert data["components"]["places"] == {"tp": 0, "fp": 0, "fn": 0, "precision": None, "recall": None,
                                            "f1": None}
    assert data["components"]["event_type"]["precision"] is None
    assert data["components"]["event_type"]["recall"] == 0.0


def test_component_choice() -> None:
    assert list(report_for([event()], ["triple", "stance"]).components) == ["triple", "stance"]
    assert check_components(None) == list(COMPONENTS)
    with pytest.raises(BadOption, match="E040"):
        check_components(["vibes"])


def test_confusion_labels_follow_plover_order() -> None:
    assert confusion_labels({"NONE": {"AGREE": 1}, "ASSAULT": {"CONSULT": 2}}) == ["AGREE", "CONSULT", "ASSAULT",
                                                                                    "NONE"]


def test_tables_render() -> None:
    report = report_for([event("COERCE")])
    console = Console(record=True, width=120)
    render(report, console, misses=True)
    text = console.export_text()
    assert "event_type" in text and "gold \\ pred" in text and "miss" in text and "spurious" in text
    md = markdown_table(report)
    assert md.splitlines()[0].startswith("| component |")
    assert "| event_type | 0 | 1 | 1 | 0.0 | 0.0 | 0.0 |" in md


def test_gold_schema_names_components() -> None:
    schema = gold_json_schema()
    assert {"document", "events", "quotes", "times", "quantities", "places", "actors"} <= set(schema["properties"])
