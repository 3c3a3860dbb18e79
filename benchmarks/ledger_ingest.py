"""Ingest rate into SQLite, in events per second, for synthetic articles.

usage: python benchmarks/ledger_ingest.py [--events 100000] [--per-doc 10] [--batch 200]

Three figures on the same articles (records built before the clock starts), each as
wall-clock and as CPU-time rates (the process's own CPU seconds: stable on a loaded machine):
  store   Store.ingest per article: documents + item rows + ledger update, one transaction each
          (what `sitroom ingest` does after the NLP);
  batched the same rows as `store`, --batch articles per transaction, one executemany per table
          (a prototype of a batched Store.ingest_many, for the figure);
  ledger  sitroom.ledger.update.apply_many alone, one transaction per --batch articles
          (the ledger's own cost: identity lookups, merges, status recomputation).
Writes benchmarks/results/ledger.ingest.json.
"""

from __future__ import annotations

import argparse
import json
import shutil
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


def ingest_batch(store: Store, batch: list) -> None:
    """What a batched Store.ingest_many could do: one transaction, one executemany per table, one ledger update.

    A prototype for the figure only (no version linking: synthetic articles have distinct URLs); it writes
    exactly the rows Store.ingest writes, through the store's own row builders.
    """
    from sitroom.store import schema
    from sitroom.store.rows import document_row, item_rows

    with store.engine.begin() as conn:
        conn.execute(schema.documents.insert(), [document_row(a, None, 1, None) for a in batch])
        tables: dict[str, list] = {}
        for a in batch:
            for name, rows in item_rows(a).items():
                tables.setdefault(name, []).extend(rows)
        for name, rows in tables.items():
            if rows:
                conn.execute(schema.metadata.tables[name].insert(), rows)
        apply_many(conn, [(a, None) for a in batch])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--per-doc", type=int, default=10)
    ap.add_argument("--batch", type=int, default=200)
    ap.add_argument("--onto", type=Path, default=None,
                    help="measure on a copy of this store (e.g. the 1M-event one from ledger_queries.py)")
    ap.add_argument("--cache-mib", type=int, default=0, help="SQLite page cache per connection (0: default)")
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

    with tempfile.TemporaryDirectory(dir=args.onto.parent if args.onto else None) as tmp:
        with open_store(Path(tmp) / "store.db") as store:
            t0, c0 = time.perf_counter(), time.process_time()
            for d in docs:
                store.ingest(d)
            results["store_seconds"] = round(time.perf_counter() - t0, 2)
            results["store_cpu_seconds"] = round(time.process_time() - c0, 2)
        with open_store(Path(tmp) / "batched.db") as store:
            t0, c0 = time.perf_counter(), time.process_time()
            for i in range(0, len(docs), args.batch):
                ingest_batch(store, docs[i:i + args.batch])
            results["batched_seconds"] = round(time.perf_counter() - t0, 2)
            results["batched_cpu_seconds"] = round(time.process_time() - c0, 2)
        with open_store(Path(tmp) / "ledger.db") as store:
            t0, c0 = time.perf_counter(), time.process_time()
            for i in range(0, len(docs), args.batch):
                with store.engine.begin() as conn:
                    apply_many(conn, [(d, None) for d in docs[i:i + args.batch]])
            results["ledger_seconds"] = round(time.perf_counter() - t0, 2)
            results["ledger_cpu_seconds"] = round(time.process_time() - c0, 2)
            with store.engine.connect() as conn:
                from sqlalchemy import func, select

                from sitroom.ledger.schema import claims
                results["claims"] = conn.execute(select(func.count()).select_from(claims)).scalar_one()
    results["store_events_per_s"] = round(n_events / float(results["store_seconds"]))  # type: ignore[arg-type]
    results["ledger_events_per_s"] = round(n_events / float(results["ledger_seconds"]))  # type: ignore[arg-type]
    results["batched_events_per_s"] = round(n_events / float(results["batched_seconds"]))  # type: ignore[arg-type]
    for part in ("store", "batched", "ledger"):
        results[f"{part}_events_per_cpu_s"] = round(n_events / float(results[f"{part}_cpu_seconds"]))  # type: ignore[arg-type]
    results["ledger_batch_articles"] = args.batch
    results["note"] = ("wall-clock rates depend on machine load (shared 2-core box while measured); "
                       "per-CPU-second rates are the stabler figure")
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
        f"| store rows + ledger, {r['ledger_batch_articles']} articles per transaction (ingest_many prototype) | "
        f"{r['batched_seconds']} | {r['batched_events_per_s']:,} | {r['batched_cpu_seconds']} | "
        f"{r['batched_events_per_cpu_s']:,} |",
        f"| ledger.apply_many alone, {r['ledger_batch_articles']} articles per transaction | {r['ledger_seconds']} | "
        f"{r['ledger_events_per_s']:,} | {r['ledger_cpu_seconds']} | {r['ledger_events_per_cpu_s']:,} |",
        "", str(r["note"]), ""]))
    print(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
