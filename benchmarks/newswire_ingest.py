"""Ingest real newswire end to end and compare with a bare spaCy parse, in one run.

usage: python benchmarks/newswire_ingest.py [--limit N] [--repeat R] [--jsonl PATH]

Measurements on the same texts, same process, same machine, each repeated ``--repeat`` times
in turn (bare, analyze, …, bare, analyze, …) and reported as the median, because the machine
is shared and single timings drift by several percent:
  bare            spaCy's own pipeline (nlp.pipe over the whole article bodies, batch 32), the floor
                  the ratios are taken against;
  bare paragraphs the same pipeline over the paragraphs sitroom parses, in batches of 256 (padding
                  to the longest text in a batch makes whole articles dearer than short
                  paragraphs, so this row shows sitroom's own share);
  analyze         sitroom's batch path (``analyze_documents``: the paragraphs of all articles
                  streamed through one nlp.pipe, then all sitroom components, then records);
  analyze 1-by-1  ``analyze_document`` per article (what a caller with one article gets);
  ingest          the batch path + writing every article to a fresh SQLite store, 50 per
                  transaction (what ``sitroom ingest`` does).
Ratios are bare seconds / run seconds (1.0 = as fast as the bare parse).
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from collections.abc import Callable
from itertools import islice
from pathlib import Path

import spacy

from sitroom.analysis import analyze_document, analyze_documents
from sitroom.config import Settings
from sitroom.ingest import Failure, read_inputs
from sitroom.nlp.pipeline import STREAM_BATCH, build_nlp, paragraphs
from sitroom.records import Analysis, Document
from sitroom.store import Store

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "corpus" / "newswire" / "afp-xinhua-1997-2006.jsonl"
OUT = ROOT / "benchmarks" / "results"


def _ingest(docs: list[Document], settings: Settings) -> dict[str, int]:
    statuses: dict[str, int] = {}
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(str(Path(tmp) / "bench.db"))
        batch: list[Analysis] = []

        def flush() -> None:
            for result in store.ingest_each(batch):
                status = getattr(result, "status", "failed")
                statuses[status] = statuses.get(status, 0) + 1
            batch.clear()

        for analysis in analyze_documents(docs, settings):
            batch.append(analysis)
            if len(batch) >= settings.ingest_batch:
                flush()
        flush()
        store.close()
    return statuses


def _timed(fn: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--jsonl", type=Path, default=DEFAULT)
    ap.add_argument("--limit", type=int, default=300)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    settings = Settings()
    results = list(islice(read_inputs([str(args.jsonl)], settings), args.limit or None))   # read no more than used
    failures = [r for r in results if isinstance(r, Failure)]
    docs = [r for r in results if not isinstance(r, Failure)]
    words = sum(len(d.text.split()) for d in docs)
    build_nlp(settings)  # load once, outside the timings
    bare_nlp = spacy.load(settings.model)

    runs: dict[str, Callable[[], object]] = {
        "bare_spacy": lambda: list(bare_nlp.pipe((d.text for d in docs), batch_size=32)),
        "bare_spacy_paragraphs": lambda: list(bare_nlp.pipe(
            (c for d in docs for _, c in paragraphs(d.text)), batch_size=STREAM_BATCH)),
        "sitroom_analyze": lambda: list(analyze_documents(docs, settings)),
        "sitroom_analyze_one_by_one": lambda: [analyze_document(d, settings) for d in docs],
        "sitroom_ingest": lambda: _ingest(docs, settings),
    }
    times: dict[str, list[float]] = {k: [] for k in runs}
    for _ in range(max(1, args.repeat)):
        for name, fn in runs.items():
            times[name].append(_timed(fn))
    statuses = _ingest(docs[:50], settings)
    analyses = list(analyze_documents(docs, settings))
    median = {k: statistics.median(v) for k, v in times.items()}
    n = len(docs)
    report: dict[str, object] = {
        "articles": n, "words": words, "read_failures": len(failures), "repeat": args.repeat,
        "store_first_50": statuses,
        "events": sum(len(a.events) for a in analyses), "quotes": sum(len(a.quotes) for a in analyses),
        "runs_seconds": {k: [round(x, 2) for x in v] for k, v in times.items()},
    }
    for name, seconds in median.items():
        report[name] = {"seconds": round(seconds, 2), "articles_per_s": round(n / seconds, 1),
                        "words_per_s": round(words / seconds),
                        "ratio_to_bare": round(median["bare_spacy"] / seconds, 3)}
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "newswire.json").write_text(json.dumps(report, indent=1) + "\n")
    lines = [
        "| run | seconds (median) | articles/s | words/s | throughput vs bare spaCy |",
        "|---|---:|---:|---:|---:|",
    ]
    labels = {"bare_spacy": "bare spaCy parse (whole texts, batch 32)",
              "bare_spacy_paragraphs": "bare spaCy parse of the same paragraphs sitroom parses (batch 256)",
              "sitroom_analyze": "sitroom analyze (batch: paragraphs streamed)",
              "sitroom_analyze_one_by_one": "sitroom analyze, one article at a time",
              "sitroom_ingest": "sitroom ingest (batch analyze + SQLite)"}
    for key, label in labels.items():
        r = report[key]
        assert isinstance(r, dict)
        lines.append(f"| {label} | {r['seconds']} | {r['articles_per_s']} | {r['words_per_s']} | "
                     f"{r['ratio_to_bare']} |")
    lines.append("")
    lines.append(f"{n} articles, {words} words, {len(failures)} read failures; median of {args.repeat} "
                 "interleaved runs in one process (the machine is shared: only the ratios compare).")
    (OUT / "newswire.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
