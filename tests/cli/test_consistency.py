"""Store URLs, read commands that never create a store, and consistent options, codes and output."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sitroom.cli import app
from sitroom.cli.summary import known_total
from sitroom.config import Settings
from sitroom.errors import StoreDriverMissing
from sitroom.ingest import Failure, read_inputs
from sitroom.ingest.text import document_from_text
from sitroom.records import Analysis
from sitroom.store import Store
from tests.conftest import FIXTURES, REFERENCE

runner = CliRunner()
README = Path(__file__).resolve().parents[2] / "README.md"
READ_COMMANDS = [["list"], ["show", "abcd"], ["claims"], ["claim", "abcd"], ["timeline"], ["actors"],
                 ["versions", "abcd"], ["export"]]


@pytest.mark.parametrize(("url", "package"), [
    ("postgresql://user@db.example/news", "psycopg"),  # psycopg or psycopg2, by SQLAlchemy version
    ("mysql://user@db.example/news", "mysqlclient"),
    ("mysql+pymysql://user@db.example/news", "pymysql"),
])
def test_missing_driver_names_the_package(url, package):
    modules = {"psycopg": ["psycopg", "psycopg2"], "mysqlclient": ["MySQLdb"], "pymysql": ["pymysql"]}[package]
    if any(importlib.util.find_spec(m) is not None for m in modules):
        pytest.skip(f"a driver for {url.split(':')[0]} is installed here")
    with pytest.raises(StoreDriverMissing) as info:
        Store.open(url)
    assert info.value.code == "E013" and package in str(info.value)
    result = runner.invoke(app, ["list", "--db", url])
    assert result.exit_code == 4 and "E013" in result.output and package in result.output
    assert "Traceback" not in result.output


def test_unknown_driver_is_coded():
    result = runner.invoke(app, ["claims", "--db", "nosuchdb://x/y"])
    assert result.exit_code == 4 and "E013" in result.output and "Traceback" not in result.output


@pytest.mark.parametrize("command", READ_COMMANDS)
def test_read_commands_never_create_a_store(tmp_path, command):
    db = tmp_path / "typo.db"
    result = runner.invoke(app, [*command, "--db", str(db)])
    assert result.exit_code == 4 and "E014" in result.output, result.output
    assert not db.exists()


def _small_store(path: Path) -> None:
    with Store.open(str(path)) as store:
        for text in ("Qatar hosted talks on Monday.", "Egypt joined the talks on Tuesday."):
            doc = document_from_text(text, fallback_date="2024-05-01", title=text[:10], headers=False)
            store.ingest(Analysis(document=doc))


def test_list_and_show_validate_format_and_limit(tmp_path):
    db = tmp_path / "s.db"
    _small_store(db)
    for command in (["list", "--format", "xml"], ["show", "a", "--format", "yaml"], ["list", "--limit", "0"]):
        result = runner.invoke(app, [*command, "--db", str(db)])
        assert result.exit_code == 2 and "E040" in result.output, (command, result.output)
    one = runner.invoke(app, ["list", "--limit", "1", "--format", "json", "--db", str(db)])
    assert len(json.loads(one.stdout)) == 1


@pytest.mark.parametrize("prefix", ["________", "%", "_"])
def test_id_prefixes_are_literal(tmp_path, prefix):
    db = tmp_path / "s.db"
    _small_store(db)
    result = runner.invoke(app, ["show", prefix, "--db", str(db)])
    assert result.exit_code == 4 and "E011" in result.output and "no document" in result.output


def test_size_hint_names_an_existing_setting(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("word " * 100)
    (failure,) = list(read_inputs([str(big)], Settings(max_bytes=100)))
    assert isinstance(failure, Failure) and failure.error.code == "E005"
    assert "--max-bytes" not in str(failure.error) and "SITROOM_MAX_BYTES" in str(failure.error)


def test_error_codes_are_documented():
    from sitroom import errors

    table = README.read_text(encoding="utf-8")
    codes = {cls.code for cls in vars(errors).values() if isinstance(cls, type) and hasattr(cls, "code")} - {"W000"}
    assert "E000" in codes
    assert all(f"| {code} |" in table for code in codes), sorted(c for c in codes if f"| {c} |" not in table)


def test_progress_total_known_for_jsonl(tmp_path):
    dump = FIXTURES / "readers" / "dump.jsonl"
    lines = [x for x in dump.read_text(encoding="utf-8").splitlines() if x.strip()]
    assert known_total([str(dump)], None) == len(lines)
    assert known_total([str(dump), str(REFERENCE)], None) is None


@pytest.mark.model
def test_missing_file_exits_3_from_ingest_and_analyze(tmp_path, nlp):
    missing = str(tmp_path / "nope.txt")
    analyze = runner.invoke(app, ["analyze", missing])
    ingest = runner.invoke(app, ["ingest", missing, "--db", str(tmp_path / "s.db")])
    assert analyze.exit_code == ingest.exit_code == 3
    assert "E001" in analyze.output and "E001" in ingest.output


@pytest.mark.model
def test_warnings_show_no_internal_paths(tmp_path, nlp):
    undated = tmp_path / "undated.txt"
    undated.write_text("Talks resume\n\nThe army said on Monday that it had moved troops to the border.\n")
    result = runner.invoke(app, ["analyze", str(undated), "--format", "jsonl"])
    assert result.exit_code == 0
    assert "W002" in result.output and ".py:" not in result.output and "warn(" not in result.output


@pytest.mark.model
def test_ingest_demo_output_is_short(tmp_path, nlp):
    result = runner.invoke(app, ["ingest", "--demo", "--db", str(tmp_path / "demo.db")])
    assert result.exit_code == 0, result.output
    assert "South Korea" in result.stdout and "sitroom show" in result.stdout
    assert len(result.stdout.splitlines()) < 30
