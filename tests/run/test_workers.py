"""Analysis on a Dask LocalCluster stores exactly what analysis in one process stores."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from sitroom.cli import app
from sitroom.run.batch import TABLES
from sitroom.store import Store

from ..store.test_batch import dump

STORY = Path(__file__).resolve().parents[1] / "fixtures" / "story"


@pytest.fixture(scope="module")
def two_workers():
    """One LocalCluster of two worker processes (what --workers 2 starts), shared by this module's tests."""
    from sitroom.run.cluster import dask_client

    with dask_client(workers=2) as client:
        assert len(client.scheduler_info()["workers"]) == 2
        yield client.scheduler.address


@pytest.fixture()
def seven_articles(tmp_path) -> Path:
    folder = tmp_path / "in"   # among them a story and its later version
    folder.mkdir()
    for path in sorted(STORY.glob("a0[4-9]*.txt")) + [STORY / "a10-pacific-times-v2.txt"]:
        (folder / path.name).write_bytes(path.read_bytes())
    return folder


@pytest.mark.model
@pytest.mark.slow
def test_two_workers_store_the_same_records_as_one(tmp_path, nlp, two_workers, seven_articles):
    runner = CliRunner()
    dbs = {}
    for workers, option in (("1", ["--workers", "1"]), ("2", ["--scheduler", two_workers])):
        dbs[workers] = f"sqlite:///{tmp_path / f'w{workers}.db'}"
        out = runner.invoke(app, ["ingest", str(seven_articles), *option, "--db", dbs[workers]])
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
    assert out.exit_code == 4 and "E060" in out.output


@pytest.mark.model
@pytest.mark.slow
def test_batch_on_two_workers_writes_what_one_process_writes(tmp_path, nlp, two_workers, seven_articles):
    tables = {}
    for name, option in (("one", ["--workers", "1"]), ("two", ["--scheduler", two_workers])):
        out = CliRunner().invoke(app, ["batch", str(seven_articles), "--out", str(tmp_path / name), *option,
                                       "--partition-size", "3"])
        assert out.exit_code == 0, out.output
        assert "7 articles · failed 0" in out.stdout
        tables[name] = {t: sorted(map(str, pq.read_table(tmp_path / name / t).to_pylist())) for t in TABLES}
    assert tables["two"] == tables["one"] and tables["one"]["events"]
