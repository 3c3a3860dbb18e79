"""Scaling figures on the bundled newswire, measured in one run (a few minutes at the default size).

usage: scripts/with_postgres.sh python benchmarks/scale.py [--limit N] [--workers W] [--pg URL]

  workers   the same N articles ingested with the analysis in this process (--workers 1) and on a
            Dask LocalCluster of W worker processes (model loaded on each before the clock starts);
            the speed-up is the ratio of the two, on whatever cores this machine has free;
  store     the analyses written to a fresh SQLite store and to a fresh PostgreSQL database
            (SITROOM_TEST_PG_URL or --pg; skipped without one), in SITROOM_INGEST_BATCH batches:
            events/s of the write alone;
  1M        a paper estimate for one million articles from the measured per-worker rate and
            the PostgreSQL write rate (the store is written by one process at a time).
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from sitroom.config import Settings
from sitroom.ingest import read_inputs
from sitroom.nlp.pipeline import build_nlp
from sitroom.records import Analysis, Document
from sitroom.run import IngestRun
from sitroom.run.analyzers import DaskAnalyzer
from sitroom.run.cluster import dask_client
from sitroom.store import Store

ROOT = Path(__file__).resolve().parents[1]
NEWSWIRE = ROOT.parent / "shared" / "corpus" / "newswire" / "afp-xinhua-1997-2006.jsonl"
OUT = ROOT / "benchmarks" / "results"


def _warm(settings: Settings) -> None:
    build_nlp(settings)


def _ingest(docs: list[Document], url: str, settings: Settings, analyzer: Any = None) -> tuple[float, IngestRun]:
    with Store.open(url) as store:
        run = IngestRun(store, settings, analyzer=analyzer)
        t0 = time.perf_counter()
        run.ingest_items(docs)
        return time.perf_counter() - t0, run


def _write(analyses: list[Analysis], url: str, batch: int) -> float:
    with Store.open(url) as store:
        t0 = time.perf_counter()
        for i in range(0, len(analyses), batch):
            store.ingest_each(analyses[i:i + batch])
        return time.perf_counter() - t0


def _fresh_pg(server: str) -> tuple[str, Any]:
    name = f"bench_{uuid.uuid4().hex[:8]}"
    admin = sa.create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    return sa.engine.make_url(server).set(database=name).render_as_string(hide_password=False), (admin, name)


def _drop_pg(handle: Any) -> None:
    admin, name = handle
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.dispose()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=200)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--pg", default=os.environ.get("SITROOM_TEST_PG_URL"))
    args = ap.parse_args()
    if not NEWSWIRE.exists():
        raise SystemExit(f"the newswire is not at {NEWSWIRE}")
    settings = Settings()
    docs = [d for d in read_inputs([str(NEWSWIRE)], settings) if isinstance(d, Document)][: args.limit]
    build_nlp(settings)
    report: dict[str, Any] = {"articles": len(docs), "cores": os.cpu_count(), "workers": args.workers}
    with tempfile.TemporaryDirectory() as tmp:
        one_s, one = _ingest(docs, f"sqlite:///{tmp}/one.db", settings)
        with dask_client(args.workers) as client:
            client.run(_warm, settings)   # load the model on every worker before timing
            many_s, many = _ingest(docs, f"sqlite:///{tmp}/many.db", settings, DaskAnalyzer(client, settings))
        assert one.counts == many.counts, (one.counts, many.counts)
        report["workers_1"] = {"seconds": round(one_s, 2), "articles_per_s": round(len(docs) / one_s, 2)}
        report[f"workers_{args.workers}"] = {"seconds": round(many_s, 2),
                                             "articles_per_s": round(len(docs) / many_s, 2)}
        report["speedup"] = round(one_s / many_s, 2)

        with Store.open(f"sqlite:///{tmp}/one.db") as store:
            analyses = list(store.iter_analyses())
        events = sum(len(a.events) for a in analyses)
        report["events"] = events
        sqlite_s = _write(analyses, f"sqlite:///{tmp}/write.db", settings.ingest_batch)
        report["sqlite_write"] = {"seconds": round(sqlite_s, 2), "events_per_s": round(events / sqlite_s)}
    if args.pg:
        url, handle = _fresh_pg(args.pg)
        try:
            pg_s = _write(analyses, url, settings.ingest_batch)
        finally:
            _drop_pg(handle)
        report["postgresql_write"] = {"seconds": round(pg_s, 2), "events_per_s": round(events / pg_s)}
    per_worker = len(docs) / one_s
    write_eps = report.get("postgresql_write", report["sqlite_write"])["events_per_s"]
    events_per_article = events / max(1, len(analyses))
    estimate = {}
    for n in (1, 16, 64, 256):
        analyse_h = 1e6 / (per_worker * n) / 3600
        write_h = 1e6 * events_per_article / write_eps / 3600
        estimate[n] = {"analysis_hours": round(analyse_h, 2), "store_write_hours": round(write_h, 2),
                       "wall_hours": round(max(analyse_h, write_h), 2)}
    report["one_million_articles"] = estimate
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "scale.json").write_text(json.dumps(report, indent=1) + "\n")
    lines = ["| run | seconds | rate |", "|---|---:|---:|",
             f"| ingest, analysis in-process | {report['workers_1']['seconds']} | "
             f"{report['workers_1']['articles_per_s']} articles/s |",
             f"| ingest, {args.workers} Dask workers | {report[f'workers_{args.workers}']['seconds']} | "
             f"{report[f'workers_{args.workers}']['articles_per_s']} articles/s |",
             f"| store write, SQLite | {report['sqlite_write']['seconds']} | "
             f"{report['sqlite_write']['events_per_s']} events/s |"]
    if "postgresql_write" in report:
        lines.append(f"| store write, PostgreSQL | {report['postgresql_write']['seconds']} | "
                     f"{report['postgresql_write']['events_per_s']} events/s |")
    lines += ["", f"{len(docs)} newswire articles, {events} events, {os.cpu_count()} cores; "
              f"speed-up with {args.workers} workers: {report['speedup']}×.", "",
              "One million articles on paper (per-worker rate measured above, store written by one process):", "",
              "| workers | analysis hours | store-write hours | wall hours |", "|---:|---:|---:|---:|"]
    lines += [f"| {n} | {e['analysis_hours']} | {e['store_write_hours']} | {e['wall_hours']} |"
              for n, e in estimate.items()]
    (OUT / "scale.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
