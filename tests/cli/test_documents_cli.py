"""The CLI through Typer's runner: outputs, counts and exit codes."""

from __future__ import annotations

import json

import jsonschema
import pytest
from typer.testing import CliRunner

from sitroom import __version__
from sitroom.cli import app
from sitroom.records import json_schema
from tests.conftest import FIXTURES, REFERENCE

runner = CliRunner()
pytestmark = pytest.mark.model


def test_version():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and __version__ in result.stdout


def test_analyze_json_validates_against_schema(nlp):
    result = runner.invoke(app, ["analyze", str(REFERENCE), "--format", "json"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    jsonschema.validate(record, json_schema())
    assert record["schema"] == "sitroom/1"
    assert record["document"]["dateline"] == "Taipei, Taiwan"
    text = record["document"]["text"]
    for item in record["actors"]:
        for start, end in item["mentions"]:
            assert 0 <= start < end <= len(text)
    for kind in ("times", "quotes", "quantities"):
        for item in record[kind]:
            assert text[item["start"]:item["end"]].strip(), (kind, item)


def test_analyze_jsonl_and_table(nlp):
    out = runner.invoke(app, ["analyze", str(FIXTURES / "readers" / "dump.jsonl"), "--format", "jsonl"])
    lines = [json.loads(x) for x in out.stdout.splitlines() if x.strip()]
    assert [x["document"]["title"] for x in lines] == ["Drones hit Kharkiv power station",
                                                       "Poland and Ukraine hold border talks"]
    assert out.exit_code == 3  # broken lines are reported and make the run non-zero
    table = runner.invoke(app, ["analyze", str(REFERENCE), "--format", "table"])
    assert table.exit_code == 0 and "Taipei, Taiwan" in table.stdout


def test_ingest_counts_and_resume(tmp_path, nlp):
    db = str(tmp_path / "s.db")
    first = runner.invoke(app, ["ingest", str(REFERENCE), str(FIXTURES / "readers" / "feed.xml"), "--db", db])
    assert first.exit_code == 0, first.output
    assert "stored 3 · unchanged 0 · new versions 0 · failed 0" in first.stdout
    again = runner.invoke(app, ["ingest", str(REFERENCE), "--db", db])
    assert "stored 0 · unchanged 1" in again.stdout
    listed = runner.invoke(app, ["list", "--db", db, "--format", "json"])
    rows = json.loads(listed.stdout)
    assert len(rows) == 3
    ref_id = next(r["id"] for r in rows if r["title"].startswith("South Korea summons"))
    shown = runner.invoke(app, ["show", ref_id[:6], "--db", db, "--format", "json"])
    assert json.loads(shown.stdout)["document"]["editor"] == "Mike Firn"


def test_ingest_reports_failures_and_fail_fast(tmp_path, nlp):
    db = str(tmp_path / "s.db")
    bad = str(FIXTURES / "readers" / "binary.bin")
    result = runner.invoke(app, ["ingest", bad, str(REFERENCE), "--db", db])
    assert result.exit_code == 3  # the failed input's own code, as from analyze
    assert "stored 1" in result.stdout and "failed 1" in result.stdout
    assert "E004" in result.output
    fast = runner.invoke(app, ["ingest", bad, str(REFERENCE), "--db", str(tmp_path / "f.db"), "--fail-fast"])
    assert fast.exit_code == 3 and "stored 0" in fast.stdout


def test_schema_and_errors(tmp_path):
    schema = json.loads(runner.invoke(app, ["schema"]).stdout)
    assert schema["title"] == "sitroom/1 analysis record"
    missing = runner.invoke(app, ["show", "abc", "--db", str(tmp_path / "e.db")])
    assert missing.exit_code == 4 and "E014" in missing.output  # no store there: reading never creates one
    bad_date = runner.invoke(app, ["analyze", str(REFERENCE), "--date", "21/10/2024"])
    assert bad_date.exit_code == 2 and "E012" in bad_date.output
    nothing = runner.invoke(app, ["analyze", str(tmp_path / "nope.txt")])
    assert nothing.exit_code == 3 and "E001" in nothing.output
