"""Ledger queries over a store of 1M synthetic events: latency per query, with the plan SQLite chose.

usage: python benchmarks/ledger_queries.py [--events 1000000] [--db /tmp/ledger-1m.db] [--repeat 25]

Builds the store once through the real ledger code (sitroom.ledger.update.apply_many,
one transaction per 500 articles of 10 events) unless --db already holds it, then
times each query (median and worst of --repeat runs, warm cache) and keeps SQLite's
query plan as evidence that an index, not a scan, answers it.
Writes benchmarks/results/ledger.queries.json and .md.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from ledger_synth import articles  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from sitroom.ledger import queries  # noqa: E402
from sitroom.ledger.schema import claims, mentions  # noqa: E402
from sitroom.ledger.update import apply_many  # noqa: E402
from sitroom.store import Store  # noqa: E402

OUT = Path(__file__).parent / "results"
PER_DOC = 10
BATCH = 500


def build(store: Store, n_events: int) -> dict[str, float]:
    with store.engine.connect() as conn:
        have = conn.execute(select(func.count()).select_from(mentions)).scalar_one()
    if have >= n_events:
        return {"built_events": 0}
    t0, cpu0 = time.perf_counter(), time.process_time()
    n_docs = (n_events - have) // PER_DOC
    start = have // PER_DOC
    for i in range(0, n_docs, BATCH):
        batch = [(a, None) for a in articles(min(BATCH, n_docs - i), PER_DOC, start=start + i)]
        with store.engine.begin() as conn:
            apply_many(conn, batch)
        if (i // BATCH) % 20 == 0:
            print(f"  {start + i + len(batch)} articles", flush=True)
    wall, cpu = time.perf_counter() - t0, time.process_time() - cpu0
    built = n_docs * PER_DOC
    return {"built_events": built, "build_seconds": round(wall, 1), "build_cpu_seconds": round(cpu, 1),
            "build_events_per_s": round(built / wall), "build_events_per_cpu_s": round(built / cpu)}


QUERIES: dict[str, Callable[[Any], Any]] = {
    "claims (newest 50)": lambda c: queries.list_claims(c),
    "claims --status disputed": lambda c: queries.list_claims(c, status="disputed"),
    "claims --actor PRK": lambda c: queries.list_claims(c, actor="PRK"),
    "claims --status disputed --actor PRK --since 2024-10-01":
        lambda c: queries.list_claims(c, status="disputed", actor="PRK", since="2024-10-01"),
    "claims --actor RUSMIL --type ASSAULT": lambda c: queries.list_claims(c, actor="RUSMIL", event_type="ASSAULT"),
    "timeline (oldest 200)": lambda c: queries.timeline(c),
    "timeline --actor UKR": lambda c: queries.timeline(c, actor="UKR"),
    "timeline --type ASSAULT --since 2024-06-01": lambda c: queries.timeline(c, event_type="ASSAULT",
                                                                            since="2024-06-01"),
    "actors": lambda c: queries.actor_network(c),
}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--db", default="/tmp/sitroom-ledger-1m.db")
    ap.add_argument("--repeat", type=int, default=25)
    args = ap.parse_args()
    with Store.open(args.db) as store:
        result: dict[str, Any] = build(store, args.events)
        with store.engine.connect() as conn:
            result["events"] = conn.execute(select(func.count()).select_from(mentions)).scalar_one()
            result["claims"] = conn.execute(select(func.count()).select_from(claims)).scalar_one()
            timings = {}
            for name, fn in QUERIES.items():
                fn(conn)  # warm
                runs = []
                for _ in range(args.repeat):
                    t0 = time.perf_counter()
                    rows = fn(conn)
                    runs.append((time.perf_counter() - t0) * 1000)
                timings[name] = {"median_ms": round(statistics.median(runs), 2), "max_ms": round(max(runs), 2),
                                 "rows": len(rows)}
                print(f"{name:60s} {timings[name]['median_ms']:8.2f} ms  (max {timings[name]['max_ms']:.2f}, "
                      f"{len(rows)} rows)", flush=True)
            result["queries"] = timings
            plan = conn.exec_driver_sql(
                "EXPLAIN QUERY PLAN SELECT id FROM ledger_claims WHERE status = 'disputed' AND active = 1 "
                "ORDER BY sort_date DESC LIMIT 50").all()
            result["plan_claims_status"] = [str(r[-1]) for r in plan]
    OUT.mkdir(exist_ok=True)
    (OUT / "ledger.queries.json").write_text(json.dumps(result, indent=1) + "\n")
    lines = ["# Ledger queries", "", f"{result['events']:,} events merged into {result['claims']:,} claims "
             "(synthetic, SQLite, warm cache).", "", "| query | median ms | max ms | rows |", "|---|---:|---:|---:|"]
    lines += [f"| `{k}` | {v['median_ms']} | {v['max_ms']} | {v['rows']} |" for k, v in timings.items()]
    (OUT / "ledger.queries.md").write_text("\n".join(lines) + "\n")
    print(json.dumps({k: v for k, v in result.items() if k != "queries"}, indent=1))


if __name__ == "__main__":
    main()
