"""``sitroom eval --split NAME=PATH``: splits side by side, no error listing for the test split."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from sitroom.cli import app
from tests.cli.test_eval_cli import GOLD, fake_pipeline  # noqa: F401  (fixture)

cli = CliRunner()


def write(tmp_path: Path, name: str) -> Path:
    folder = tmp_path / name
    folder.mkdir()
    (folder / "sudan.gold.json").write_text(json.dumps(GOLD), encoding="utf-8")
    return folder


def test_splits_side_by_side(tmp_path: Path, fake_pipeline: None) -> None:  # noqa: F811
    out = tmp_path / "splits.json"
    result = cli.invoke(app, ["eval", "--split", f"dev={write(tmp_path, 'dev')}",
                              "--split", f"test={write(tmp_path, 'test')}", "--json", str(out)])
    assert result.exit_code == 0, result.output
    assert "dev: 1 articles" in result.output and "test: 1 articles" in result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert list(data["splits"]) == ["dev", "test"]
    assert data["splits"]["test"]["components"]["event_type"]["tp"] == 1
    assert "misses" not in data["splits"]["test"]["per_document"][0]["components"]["event_type"]


def test_misses_for_test_split_refused(tmp_path: Path, fake_pipeline: None) -> None:  # noqa: F811
    result = cli.invoke(app, ["eval", "--split", f"test={write(tmp_path, 'test')}", "--misses"])
    assert result.exit_code == 2
    assert "E040" in result.output and "miss" not in result.output.split("E040")[0]


def test_no_gold_at_all(tmp_path: Path) -> None:
    result = cli.invoke(app, ["eval"])
    assert result.exit_code == 2 and "E040" in result.output
