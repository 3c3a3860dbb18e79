"""Exports from a large store: rows, seconds and peak Python memory, to show that exporters stream.

usage: python benchmarks/ledger_export.py [--db /tmp/sitroom-ledger-1m.db] [--formats csv gdelt geojson graphml]

Run after ledger_queries.py has built the 1M-event store. Memory is the growth of
the process's peak resident set during each export: streaming means it stays a few
MiB whatever the number of rows. Writes benchmarks/results/ledger.export.json.
"""

from __future__ import annotations

import argparse
import json
import resource
import tempfile
import time
from pathlib import Path

from sitroom.export import export
from sitroom.store import Store

OUT = Path(__file__).parent / "results"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", default="/tmp/sitroom-ledger-1m.db")
    ap.add_argument("--formats", nargs="*", default=["csv", "gdelt", "geojson", "graphml"])
    args = ap.parse_args()
    results = {}
    with Store.open(args.db) as store, tempfile.TemporaryDirectory() as tmp:
        for fmt in args.formats:
            target = Path(tmp) / f"out.{fmt}"
            rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            t0 = time.perf_counter()
            n = export(store, fmt, target)
            seconds = time.perf_counter() - t0
            rss1 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            results[fmt] = {"rows": n, "seconds": round(seconds, 1), "rows_per_s": round(n / seconds) if seconds else 0,
                            "peak_rss_growth_mib": round((rss1 - rss0) / 1024, 1), "peak_rss_mib": round(rss1 / 1024),
                            "file_mib": round(target.stat().st_size / 2**20, 1)}
            print(fmt, results[fmt], flush=True)
    OUT.mkdir(exist_ok=True)
    (OUT / "ledger.export.json").write_text(json.dumps(results, indent=1) + "\n")


if __name__ == "__main__":
    main()
