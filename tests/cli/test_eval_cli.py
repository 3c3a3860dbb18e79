"""``sitroom eval`` through Typer's runner: table, JSON report, coded errors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from sitroom.cli import app
from sitroom.eval import runner as eval_runner
from sitroom.eval.gold import GoldDocument
from sitroom.records import Analysis
from tests.eval.helpers import TEXT, analysis, event

cli = CliRunner()

GOLD: dict[str, Any] = {
    "schema": "sitroom/1",
    "document": {"text": TEXT, "reference_date": "2024-03-05"},
    "actors": [{"name": "Sudan's army", "code": "SDNMIL"}, {"name": "RSF", "code": "SDNREB"}],
    "events": [{"type": "ASSAULT", "actor": "army", "recipient": "RSF", "evidence": "had shelled RSF positions"},
               {"type": "REJECT", "actor": "RSF", "evidence": "The RSF denied the report."}],
}


@pytest.fixture
def fake_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    """Replace the NLP pipeline by a fixed prediction so that the CLI test checks the CLI, not the model."""

    def predictor(settings: Any = None) -> Any:
        def predict(gold: GoldDocument) -> Analysis:
            return analysis(events=[event(), event("COERCE", snippet="The RSF denied", eid="e2")])

        return predict

    monkeypatch.setattr(eval_runner, "pipeline_predictor", predictor)


def test_eval_prints_table_and_writes_json(tmp_path: Path, fake_pipeline: None) -> None:
    gold = tmp_path / "sudan.gold.json"
    gold.write_text(json.dumps(GOLD), encoding="utf-8")
    out = tmp_path / "report.json"
    result = cli.invoke(app, ["eval", str(gold), "--json", str(out)])
    assert result.exit_code == 0, result.output
    assert "event_type" in result.output and "triple" in result.output
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["schema"] == "sitroom-eval/1"
    assert report["documents"] == 1
    assert report["components"]["event_type"] == {"tp": 1, "fp": 1, "fn": 1, "precision": 0.5, "recall": 0.5,
                                                  "f1": 0.5}
    assert report["confusion"]["matrix"]["REJECT"] == {"COERCE": 1}
    assert report["per_document"][0]["name"] == "sudan"


def test_eval_component_filter_and_misses(tmp_path: Path, fake_pipeline: None) -> None:
    gold = tmp_path / "sudan.gold.json"
    gold.write_text(json.dumps(GOLD), encoding="utf-8")
    out = tmp_path / "report.json"
    result = cli.invoke(app, ["eval", str(gold), "-c", "triple", "--misses", "--json", str(out)])
    assert result.exit_code == 0, result.output
    assert list(json.loads(out.read_text())["components"]) == ["triple"]
    assert "miss" in result.output and "REJECT" in result.output


def test_eval_bad_gold_exits_with_code(tmp_path: Path, fake_pipeline: None) -> None:
    gold = tmp_path / "bad.gold.json"
    gold.write_text(json.dumps({**GOLD, "events": [{"type": "INVADE"}]}), encoding="utf-8")
    result = cli.invoke(app, ["eval", str(gold)])
    assert result.exit_code == 3
    assert "E030" in result.output


def test_eval_unknown_component(tmp_path: Path, fake_pipeline: None) -> None:
    gold = tmp_path / "sudan.gold.json"
    gold.write_text(json.dumps(GOLD), encoding="utf-8")
    result = cli.invoke(app, ["eval", str(gold), "-c", "vibes"])
    assert result.exit_code == 2
    assert "E040" in result.output


@pytest.mark.model
def test_eval_runs_the_pipeline_on_a_real_article(tmp_path: Path, nlp: Any) -> None:
    gold = Path(__file__).parents[1] / "fixtures" / "articles" / "sudan-wire.gold.json"
    out = tmp_path / "report.json"
    result = cli.invoke(app, ["eval", str(gold), "--json", str(out)])
    assert result.exit_code == 0, result.output
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["documents"] == 1
    assert {"event_type", "times", "quotes", "places"} <= set(report["components"])
    for figures in report["components"].values():
        assert figures["fn"] + figures["tp"] > 0
