"""Latency of the API and the claim page over a synthetic ledger: p50 / p95 per request (target p95 < 200 ms).

usage: python benchmarks/api_latency.py [--events 50000] [--db /tmp/sitroom-api-bench.db] [--repeat 40]
       python benchmarks/api_latency.py --events 1000000 --db /tmp/sitroom-ledger-1m.db   # the 1M store

Builds the store through the real ledger code (the same builder as ledger_queries.py; a
--db that already holds enough events is reused, so the 1M store of that benchmark serves
here too), then sends each request --repeat times through the ASGI app in process
(FastAPI's TestClient: routing, validation, the query, serialisation, the template; no
network) and reports the median and 95th percentile. The default size runs in a couple
of minutes. Writes benchmarks/results/api.latency.json and .md.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from ledger_queries import build  # noqa: E402
from sqlalchemy import desc, select  # noqa: E402

from sitroom.api import ApiSettings, create_app  # noqa: E402
from sitroom.ledger.schema import claims  # noqa: E402
from sitroom.store import Store  # noqa: E402

OUT = Path(__file__).parent / "results"
REQUESTS = [
    "/api/v1/claims",
    "/api/v1/claims?status=disputed",
    "/api/v1/claims?actor=PRK",
    "/api/v1/claims?status=disputed&actor=PRK&since=2024-10-01",
    "/api/v1/claims?actor=RUSMIL&type=ASSAULT",
    "/api/v1/claims?type=ASSAULT&since=2024-06-01&limit=200",
    "/api/v1/timeline?actor=UKR",
    "/",
]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def timed(client, url: str, repeat: int) -> dict[str, float]:
    client.get(url)  # warm
    samples = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        response = client.get(url)
        samples.append((time.perf_counter() - t0) * 1000)
        assert response.status_code == 200, (url, response.status_code, response.text[:200])
    return {"p50_ms": round(statistics.median(samples), 2), "p95_ms": round(percentile(samples, 0.95), 2),
            "max_ms": round(max(samples), 2), "n": repeat}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--events", type=int, default=50_000)
    ap.add_argument("--db", default="/tmp/sitroom-api-bench.db")
    ap.add_argument("--repeat", type=int, default=40)
    args = ap.parse_args()
    from fastapi.testclient import TestClient

    store = Store.open(args.db)
    built = build(store, args.events)
    with store.engine.connect() as conn:
        busiest = [r.id for r in conn.execute(select(claims.c.id).order_by(desc(claims.c.n_mentions)).limit(5))]
        recent = [r.id for r in conn.execute(select(claims.c.id).order_by(desc(claims.c.sort_date)).limit(5))]
    assert busiest, "the store holds no claims"
    results: dict[str, dict[str, float]] = {}
    with TestClient(create_app(ApiSettings(db_url=str(store.engine.url)), store=store)) as client:
        for url in REQUESTS:
            results[url] = timed(client, url, args.repeat)
            print(f"{url:60s} p50 {results[url]['p50_ms']:7.1f} ms  p95 {results[url]['p95_ms']:7.1f} ms", flush=True)
        for label, prefix, ids in (("claim page (busiest claims)", "/claims/", busiest),
                                   ("claim page (newest claims)", "/claims/", recent),
                                   ("/api/v1/claims/{id} (busiest)", "/api/v1/claims/", busiest)):
            samples = [timed(client, prefix + i, max(1, args.repeat // len(ids))) for i in ids]
            results[label] = {"p50_ms": round(statistics.median(s["p50_ms"] for s in samples), 2),
                              "p95_ms": round(max(s["p95_ms"] for s in samples), 2), "n": sum(s["n"] for s in samples)}
            print(f"{label:60s} p50 {results[label]['p50_ms']:7.1f} ms  p95 {results[label]['p95_ms']:7.1f} ms")
    store.close()
    payload = {"events": args.events, "db": args.db, "build": built, "repeat": args.repeat, "results": results,
               "note": "in-process ASGI requests (TestClient); warm SQLite cache; one client at a time"}
    OUT.mkdir(exist_ok=True)
    (OUT / "api.latency.json").write_text(json.dumps(payload, indent=1) + "\n")
    lines = [f"# API latency on {args.events:,} synthetic events\n", "| request | p50 ms | p95 ms |", "|---|---|---|"]
    lines += [f"| `{k}` | {v['p50_ms']} | {v['p95_ms']} |" for k, v in results.items()]
    (OUT / "api.latency.md").write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
