"""Two ``sitroom ingest`` processes writing to one PostgreSQL database at once: both succeed, nothing is lost."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa

from sitroom.ledger.schema import claims, mentions
from sitroom.run import IngestRun
from sitroom.store import Store

from ..dbs import Databases

STORY = Path(__file__).resolve().parents[1] / "fixtures" / "story"


def _content(url: str) -> tuple[set[str], int, set[tuple]]:
    with Store.open(url) as store, store.engine.connect() as conn:
        docs = {r["id"] for r in store.documents()}
        n_mentions = conn.execute(sa.select(sa.func.count()).select_from(mentions)).scalar_one()
        keys = set(conn.execute(sa.select(claims.c.type, claims.c.actor_key, claims.c.recipient_key)).all())
    return docs, n_mentions, keys


def _orphans(url: str) -> int:
    with Store.open(url) as store, store.engine.connect() as conn:
        known = sa.select(claims.c.id)
        return conn.execute(sa.select(sa.func.count()).select_from(mentions)
                            .where(mentions.c.claim_id.not_in(known))).scalar_one()


@pytest.mark.model
@pytest.mark.slow
def test_two_processes_ingest_into_one_database(tmp_path, nlp):
    databases = Databases("postgresql", tmp_path)
    try:
        shared, alone = databases.new("concurrent"), databases.new("alone")
        names = sorted(p.name for p in STORY.glob("*.txt"))[:12]
        halves = [names[:8], names[:4] + names[8:]]   # both runs start with the same four articles
        folders = []
        for i, half in enumerate(halves):
            folder = tmp_path / f"in{i}"
            folder.mkdir()
            for name in half:
                (folder / name).write_bytes((STORY / name).read_bytes())
            folders.append(folder)
        env = {**os.environ, "SITROOM_INGEST_BATCH": "1"}   # many small transactions, interleaved
        command = [sys.executable, "-c", "from sitroom.cli import main; main()", "ingest", "--workers", "1"]
        procs = [subprocess.Popen(command + [str(f), "--db", shared], stdout=subprocess.PIPE,
                                  stderr=subprocess.STDOUT, env=env, text=True) for f in folders]
        outputs = [p.communicate(timeout=600)[0] for p in procs]
        assert [p.returncode for p in procs] == [0, 0], outputs
        assert all("failed 0" in out for out in outputs), outputs
        with Store.open(alone) as store:
            IngestRun(store).ingest([str(STORY / n) for n in names])
        got, want = _content(shared), _content(alone)
        # Every article and every mention is stored exactly once. Which claim a mention with an
        # unknown recipient joins depends on which claims exist when it arrives (the ledger is
        # incremental), so the claim keys of an interleaved run are not compared with a sequential one.
        assert got[:2] == want[:2]
        assert _orphans(shared) == 0
        assert len(_content(shared)[0]) == len(names)
    finally:
        databases.drop()
