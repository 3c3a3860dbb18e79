"""The whole real newswire file goes in without a single failure (slow: ~2,450 articles)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from sitroom.cli import app
from sitroom.store import Store
from tests.conftest import SHARED

NEWSWIRE = SHARED / "corpus" / "newswire" / "afp-xinhua-1997-2006.jsonl"

pytestmark = [pytest.mark.model, pytest.mark.slow,
              pytest.mark.skipif(not NEWSWIRE.exists(), reason="needs ../shared/corpus/newswire (absent in a clone)")]


def test_ingest_whole_newswire_file(tmp_path, nlp):
    lines = [json.loads(x) for x in NEWSWIRE.read_text(encoding="utf-8").splitlines() if x.strip()]
    db = str(tmp_path / "news.db")
    result = CliRunner().invoke(app, ["ingest", str(NEWSWIRE), "--db", db, "--workers", "1"])
    assert result.exit_code == 0, result.output[-2000:]
    assert "failed 0" in result.stdout
    with Store.open(db) as store:
        rows = store.documents()
    assert len(rows) + int(result.stdout.split("unchanged ")[1].split()[0]) == len(lines)
    by_title = {line["title"]: line for line in lines}
    sample = [r for r in rows if r["title"] in by_title][:50]
    assert sample
    for row in sample:
        assert row["reference_date"] == by_title[row["title"]]["published"][:10]
