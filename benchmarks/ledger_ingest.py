"""Ingest rate into SQLite, in events per second, for synthetic articles.

usage: python benchmarks/ledger_ingest.py [--events 100000] [--per-doc 10] [--batch 200] [--repeat 3]

Three figures on the same articles (records built before the clock starts), each as
wall-clock and as CPU-time rates (the process's own CPU seconds: stable on a loaded machine):
  store   Store.ingest per article: documents + item rows + ledger update, one transaction each
          (what `sitroom ingest` does after the NLP);
  batched Store.ingest_many, --batch articles per transaction: the same rows as `store`,
          one executemany per table and one ledger update per batch (what bulk loads use);
  ledger  sitroom.ledger.update.apply_many alone, one transaction per --batch articles
          (the ledger's own cost: identity lookups, merges, status recomputation).
Writes benchmarks/results/ledger.ingest.json.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from ledger_synth import articles  # noqa: E402
from sqlalchemy import event  # noqa: E402

from sitroom.ledger.update import apply_many  # noqa: E402
from sitroom.store import Store  # noqa: E402

OUT = Path(__file__).parent / "results"
HISTORY = ("Before the batch-path optimisation (same 20,000 events, same machine, single runs, WAL checkpoint "
           "not timed): Store.ingest 1,901 events/s; batched prototype 5,249 events/s (5,495 per CPU second); "
           "Store.ingest_many about 5,000 events/s (4.0 s; 5,260 per CPU second); ledger alone 7,874 events/s.")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--per-doc", type=int, default=10)
    ap.add_argument("--batch", type=int, default=200)
    ap.add_argument("--onto", type=Path, default=None,
                    help="measure on a copy of this store (e.g. the 1M-event one from ledger_queries.py)")
    ap.add_argument("--cache-mib", type=int, default=0,
                    help="SQLite page cache per connection (0: the store's own setting)")
    ap.add_argument("--repeat", type=int, default=3, help="runs of each path; the median is reported")
    args = ap.parse_args()
    n_docs = args.events // args.per_doc
    docs = list(articles(n_docs, args.per_doc, seed=11, start=10_000_000))
    n_events = sum(len(d.events) for d in docs)
    results: dict[str, object] = {"events": n_events, "articles": n_docs, "events_per_article": args.per_doc}
    results["onto"] = str(args.onto) if args.onto else None
    results["cache_mib"] = args.cache_mib

    def open_store(path: Path) -> Store:
        if args.onto:
            shutil.copyfile(args.onto, path)
        store = Store.open(str(path))
        if args.cache_mib:
            event.listen(store.engine, "connect",
                         lambda dbapi, _: dbapi.execute(f"PRAGMA cache_size=-{args.cache_mib * 1024}"))
            store.engine.dispose()
        return store

    def by_article(store: Store) -> None:
        for d in docs:
            store.ingest(d)

    def batched(store: Store) -> None:
        for i in range(0, len(docs), args.batch):
            store.ingest_many(docs[i:i + args.batch])

    def ledger_only(store: Store) -> None:
        for i in range(0, len(docs), args.batch):
            with store.engine.begin() as conn:
                apply_many(conn, [(d, None) for d in docs[i:i + args.batch]])

    runs: dict[str, list[tuple[float, float]]] = {"store": [], "batched": [], "ledger": []}
    with tempfile.TemporaryDirectory(dir=args.onto.parent if args.onto else None) as tmp:
        for rep in range(args.repeat):
            for part, fill in (("store", by_article), ("batched", batched), ("ledger", ledger_only)):
                path = Path(tmp) / f"{part}{rep}.db"
                store = open_store(path)
                t0, c0 = time.perf_counter(), time.process_time()
                fill(store)
                store.close()   # included: closing checkpoints what is left in the WAL
                runs[part].append((time.perf_counter() - t0, time.process_time() - c0))
                if part == "ledger":
                    with Store.open(str(path)) as done, done.engine.connect() as conn:
                        from sqlalchemy import func, select

                        from sitroom.ledger.schema import claims
                        results["claims"] = conn.execute(select(func.count()).select_from(claims)).scalar_one()
                path.unlink()
    for part, times in runs.items():
        wall = statistics.median(t[0] for t in times)
        cpu = statistics.median(t[1] for t in times)
        results[f"{part}_seconds"] = round(wall, 2)
        results[f"{part}_cpu_seconds"] = round(cpu, 2)
        results[f"{part}_events_per_s"] = round(n_events / wall)
        results[f"{part}_events_per_cpu_s"] = round(n_events / cpu)
        results[f"{part}_runs_seconds"] = [round(t[0], 2) for t in times]
    results["repeat"] = args.repeat
    results["ledger_batch_articles"] = args.batch
    results["note"] = (f"median of {args.repeat} runs, each into a fresh store, timed up to and including "
                       "Store.close (the final WAL checkpoint); wall-clock rates depend on machine load "
                       "(shared 2-core box); per-CPU-second rates are the stabler figure")
    OUT.mkdir(exist_ok=True)
    stem = "ledger.ingest" + (".onto" if args.onto else "") + (f".cache{args.cache_mib}" if args.cache_mib else "")
    (OUT / f"{stem}.json").write_text(json.dumps(results, indent=1) + "\n")
    r = results
    (OUT / f"{stem}.md").write_text("\n".join([
        "# Ledger ingest rate", "",
        f"{r['events']:,} synthetic events in {r['articles']:,} articles of {r['events_per_article']} events, "
        "SQLite (WAL)" + (f", added onto a copy of {r['onto']}" if r["onto"] else ", into an empty store")
        + (f", page cache {r['cache_mib']} MiB" if r["cache_mib"] else "") + ".",
        "", "| path | wall s | events/s (wall) | CPU s | events per CPU second |", "|---|---:|---:|---:|---:|",
        f"| Store.ingest, one transaction per article | {r['store_seconds']} | {r['store_events_per_s']:,} | "
        f"{r['store_cpu_seconds']} | {r['store_events_per_cpu_s']:,} |",
        f"| Store.ingest_many, {r['ledger_batch_articles']} articles per transaction | "
        f"{r['batched_seconds']} | {r['batched_events_per_s']:,} | {r['batched_cpu_seconds']} | "
        f"{r['batched_events_per_cpu_s']:,} |",
        f"| ledger.apply_many alone, {r['ledger_batch_articles']} articles per transaction | {r['ledger_seconds']} | "
        f"{r['ledger_events_per_s']:,} | {r['ledger_cpu_seconds']} | {r['ledger_events_per_cpu_s']:,} |",
        "", str(r["note"]) + ".", "", HISTORY, ""]))
    print(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
