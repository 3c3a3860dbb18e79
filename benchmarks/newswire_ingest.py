"""Ingest the real newswire JSONL end to end and compare with a bare spaCy parse, in one run.

usage: python benchmarks/newswire_ingest.py [--limit N] [--jsonl PATH]

Three measurements on the same texts, same process, same machine:
  bare     spaCy's own pipeline (nlp.pipe over the article bodies), the floor;
  analyze  sitroom's pipeline (paragraph parse + all sitroom components + records);
  ingest   analyze + writing every article to a fresh SQLite store (what `sitroom ingest` does).
The ratio analyze/bare is the overhead figure DESIGN.md asks for (target ≥ 0.8).
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

import spacy

from sitroom.analysis import analyze_document
from sitroom.config import Settings
from sitroom.ingest import Failure, read_inputs
from sitroom.nlp.pipeline import build_nlp
from sitroom.store import Store

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "corpus" / "newswire" / "afp-xinhua-1997-2006.jsonl"
OUT = ROOT / "benchmarks" / "results"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--jsonl", type=Path, default=DEFAULT)
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    settings = Settings()
    results = list(read_inputs([str(args.jsonl)], settings))
    failures = [r for r in results if isinstance(r, Failure)]
    docs = [r for r in results if not isinstance(r, Failure)]
    if args.limit:
        docs = docs[: args.limit]
    words = sum(len(d.text.split()) for d in docs)
    build_nlp(settings)  # load once, outside the timings
    bare_nlp = spacy.load(settings.model)

    t0 = time.perf_counter()
    for _ in bare_nlp.pipe((d.text for d in docs), batch_size=32):
        pass
    bare = time.perf_counter() - t0

    t0 = time.perf_counter()
    analyses = [analyze_document(d, settings) for d in docs]
    analyze = time.perf_counter() - t0

    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(str(Path(tmp) / "bench.db"))
        t0 = time.perf_counter()
        statuses: dict[str, int] = {}
        for a in analyses:
            status = store.ingest(a).status
            statuses[status] = statuses.get(status, 0) + 1
        write = time.perf_counter() - t0
        store.close()

    n = len(docs)
    report = {
        "articles": n, "words": words, "read_failures": len(failures), "store": statuses,
        "events": sum(len(a.events) for a in analyses), "quotes": sum(len(a.quotes) for a in analyses),
        "bare_spacy": {"seconds": round(bare, 2), "articles_per_s": round(n / bare, 1),
                       "words_per_s": round(words / bare)},
        "sitroom_analyze": {"seconds": round(analyze, 2), "articles_per_s": round(n / analyze, 1),
                            "words_per_s": round(words / analyze)},
        "sitroom_ingest": {"seconds": round(analyze + write, 2), "articles_per_s": round(n / (analyze + write), 1),
                           "words_per_s": round(words / (analyze + write))},
        "ratio_analyze_to_bare": round(bare / analyze, 3),
        "ratio_ingest_to_bare": round(bare / (analyze + write), 3),
    }
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "newswire.json").write_text(json.dumps(report, indent=1) + "\n")
    lines = [
        "| run | seconds | articles/s | words/s | throughput vs bare spaCy |",
        "|---|---:|---:|---:|---:|",
    ]
    for key, label in (("bare_spacy", "bare spaCy parse"), ("sitroom_analyze", "sitroom analyze"),
                       ("sitroom_ingest", "sitroom ingest (analyze + SQLite)")):
        r = report[key]
        ratio = round(report["bare_spacy"]["seconds"] / r["seconds"], 2)  # type: ignore[index]
        lines.append(f"| {label} | {r['seconds']} | {r['articles_per_s']} | {r['words_per_s']} | {ratio} |")  # type: ignore[index]
    lines.append("")
    lines.append(f"{n} articles, {words} words, {len(failures)} read failures, store: {statuses}.")
    (OUT / "newswire.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
