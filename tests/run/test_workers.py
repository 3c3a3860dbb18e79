"""Analysis on a Dask LocalCluster stores exactly what analysis in one process stores."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from sitroom.cli import app
from sitroom.store import Store

from ..store.test_batch import dump

STORY = Path(__file__).resolve().parents[1] / "fixtures" / "story"


@pytest.mark.model
@pytest.mark.slow
def test_two_workers_store_the_same_records_as_one(tmp_path, nlp):
    runner = CliRunner()
    dbs = {}
    folder = tmp_path / "in"   # seven articles, among them a story and its later version
    folder.mkdir()
    for path in sorted(STORY.glob("a0[4-9]*.txt")) + [STORY / "a10-pacific-times-v2.txt"]:
        (folder / path.name).write_bytes(path.read_bytes())
    for workers in ("1", "2"):
        dbs[workers] = f"sqlite:///{tmp_path / f'w{workers}.db'}"
        out = runner.invoke(app, ["ingest", str(folder), "--workers", workers, "--db", dbs[workers]])
        assert out.exit_code == 0, out.output
        assert "failed 0" in out.stdout and "new versions 1" in out.stdout
    with Store.open(dbs["1"]) as one, Store.open(dbs["2"]) as two:
        assert one.count() == 7
        assert dump(two) == dump(one)
        assert [a.to_dict() for a in two.iter_analyses()] == [a.to_dict() for a in one.iter_analyses()]


def test_bad_worker_count_is_a_coded_error(tmp_path):
    out = CliRunner().invoke(app, ["ingest", str(STORY), "--workers", "0", "--db", str(tmp_path / "x.db")])
    assert out.exit_code == 2 and "E040" in out.output


def test_unreachable_scheduler_is_a_coded_error(tmp_path, monkeypatch):
    monkeypatch.setattr("sitroom.run.cluster.SCHEDULER_TIMEOUT", "1s")
    out = CliRunner().invoke(app, ["ingest", str(STORY), "--scheduler", "tcp://127.0.0.1:9", "--db",
                                   str(tmp_path / "x.db")])
    assert out.exit_code == 4 and "E050" in out.output
