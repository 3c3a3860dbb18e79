"""``sitroom batch``: partitioned tables that pyarrow reads, with the rows the analyses hold."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.dataset as ds
import pytest
from typer.testing import CliRunner

from sitroom.cli import app
from sitroom.config import Settings
from sitroom.ingest import read_inputs
from sitroom.records import Document
from sitroom.run import IngestRun
from sitroom.run.batch import TABLES
from sitroom.store import Store

STORY = Path(__file__).resolve().parents[1] / "fixtures" / "story"
BAD = Path(__file__).resolve().parents[1] / "fixtures" / "readers" / "binary.bin"


@pytest.mark.model
def test_batch_parquet_and_jsonl_hold_what_the_analyses_hold(tmp_path, nlp, analyze_text):
    inputs = [str(p) for p in sorted(STORY.glob("a0[1-5]*.txt"))]
    documents = [d for d in read_inputs(inputs, Settings()) if isinstance(d, Document)]
    from sitroom.analysis import analyze_document

    analyses = [analyze_document(d) for d in documents]
    out = tmp_path / "pq"
    result = CliRunner().invoke(app, ["batch", *inputs, str(BAD), "--out", str(out), "--workers", "1",
                                      "--partition-size", "2"])
    assert result.exit_code == 1, result.output   # the binary file fails, the others are written
    assert "E004" in result.output and "5 articles · failed 1" in result.stdout
    assert len(list((out / "events").glob("*.parquet"))) == 3   # five articles in partitions of two
    events = ds.dataset(out / "events", format="parquet").to_table().to_pylist()
    assert sorted((e["doc_id"], e["id"], e["type"]) for e in events) == \
        sorted((a.document.id, e.id, e.type) for a in analyses for e in a.events)
    docs = ds.dataset(out / "documents", format="parquet").to_table()
    assert sorted(docs.column("id").to_pylist()) == sorted(a.document.id for a in analyses)
    assert "record" not in docs.column_names and "title" in docs.column_names
    for table in TABLES:
        assert (out / table).is_dir()

    jl = tmp_path / "jl"
    again = CliRunner().invoke(app, ["batch", *inputs, "--out", str(jl), "--format", "jsonl", "--workers", "1"])
    assert again.exit_code == 0, again.output
    quotes = [json.loads(x) for f in sorted((jl / "quotes").glob("*.jsonl")) for x in f.read_text().splitlines()]
    assert sorted(q["id"] + q["doc_id"] for q in quotes) == sorted(q.id + a.document.id for a in analyses
                                                                  for q in a.quotes)


def test_ingest_run_reports_progress_and_stops_at_the_first_failure(tmp_path):
    seen: list[int] = []
    errors: list[str] = []
    with Store.open(str(tmp_path / "r.db")) as store:
        run = IngestRun(store, fail_fast=True, on_progress=lambda c: seen.append(c.inputs),
                        on_error=lambda e: errors.append(e.code))
        counts = run.ingest([str(BAD), str(tmp_path / "missing.txt")])
        assert (counts.failed, counts.stored) == (1, 0) and errors == ["E004"]   # stopped before the second
        assert seen and seen[-1] == 1
        run = IngestRun(store)
        run.ingest([str(BAD), str(tmp_path / "missing.txt")])
        assert [e.code for e in run.errors] == ["E004", "E001"] and run.counts.inputs == 2
