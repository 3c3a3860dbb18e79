"""Does memory stay flat over a long ingest? Peak and current RSS sampled every N articles.

usage: python benchmarks/memory.py [--limit N] [--every 100] [--jsonl PATH]

Ingests the newswire JSONL into a fresh SQLite store the way ``sitroom ingest`` does (the batch
analysis stream, 50 articles per transaction) and records the process's resident set size after
every ``--every`` articles. Flat means: after the first few hundred articles (model, tables and
the first batches' allocations), RSS grows by no more than allocator noise per article.
"""

from __future__ import annotations

import argparse
import json
import resource
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from sitroom.analysis import analyze_documents
from sitroom.config import Settings
from sitroom.ingest import Failure, read_inputs
from sitroom.nlp.pipeline import build_nlp
from sitroom.records import Analysis, Document
from sitroom.store import Store

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "corpus" / "newswire" / "afp-xinhua-1997-2006.jsonl"
OUT = ROOT / "benchmarks" / "results"


def rss_mib() -> float:
    """Current resident set size (Linux /proc), in MiB."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * resource.getpagesize() / 2**20


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--jsonl", type=Path, default=DEFAULT)
    ap.add_argument("--limit", type=int, default=0, help="0: every article")
    ap.add_argument("--every", type=int, default=100)
    args = ap.parse_args()
    settings = Settings()
    nlp = build_nlp(settings)

    def sample(n: int, seconds: float) -> dict[str, float]:
        # spaCy interns every new word form in the shared vocabulary for the life of the process:
        # counted here so that growth from new words can be told from a leak.
        return {"articles": n, "rss_mib": round(rss_mib(), 1), "peak_mib": round(peak_mib(), 1),
                "strings": len(nlp.vocab.strings), "lexemes": len(nlp.vocab), "seconds": round(seconds, 1)}

    samples = [sample(0, 0.0)]
    t0 = time.perf_counter()

    def documents() -> Iterator[Document]:
        n = 0
        for item in read_inputs([str(args.jsonl)], settings):   # streamed: the file is never held whole
            if isinstance(item, Failure):
                continue
            yield item
            n += 1
            if args.limit and n >= args.limit:
                return

    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(str(Path(tmp) / "mem.db"))
        batch: list[Analysis] = []
        n = 0
        for analysis in analyze_documents(documents(), settings):
            batch.append(analysis)
            n += 1
            if len(batch) >= settings.ingest_batch:
                list(store.ingest_each(batch))
                batch.clear()
            if n % args.every == 0:
                samples.append(sample(n, time.perf_counter() - t0))
                print(samples[-1], flush=True)
        list(store.ingest_each(batch))
        store.close()
    if samples[-1]["articles"] != n:
        samples.append(sample(n, time.perf_counter() - t0))
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "memory.json").write_text(json.dumps(samples, indent=1) + "\n")
    later = [s for s in samples if s["articles"] >= min(500, n // 2)]
    span = max(1, int(later[-1]["articles"] - later[0]["articles"])) if later else 1
    growth = (later[-1]["peak_mib"] - later[0]["peak_mib"]) * 1024 / span if len(later) > 1 else 0.0
    lines = ["| articles | RSS MiB | peak RSS MiB | strings in the vocabulary | seconds |",
             "|---:|---:|---:|---:|---:|"]
    step = max(1, len(samples) // 12)
    for s in samples[::step] + ([samples[-1]] if (len(samples) - 1) % step else []):
        lines.append(f"| {s['articles']} | {s['rss_mib']} | {s['peak_mib']} | {s['strings']} | {s['seconds']} |")
    lines += ["", f"Peak RSS growth after article {later[0]['articles'] if later else 0}: "
              f"{growth:.1f} KiB per article ({n} articles, one run)."]
    (OUT / "memory.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
