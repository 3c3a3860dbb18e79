"""Does the cost grow linearly with article length? The same articles, joined into longer documents.

usage: python benchmarks/length_scaling.py [--articles 64] [--sizes 1,4,16,64] [--repeat 3] [--profile]

The first ``--articles`` newswire articles are joined (blank line between) into documents of
1, 4, 16 and 64 articles each, so every row parses the same words. For each size, in the same
run: a bare spaCy parse of the same texts (split the way sitroom splits them, into paragraphs),
and sitroom's ``analyze_document`` path timed in two parts, the parse and sitroom's own
components + records. The own part is timed directly, not as a difference of two noisy totals,
so flat own ms/word down the column means linear. Sizes are interleaved within each repeat and
each figure is the median of ``--repeat`` runs. ``--profile`` then profiles sitroom's components
(not the parse) on the largest size once, into ``benchmarks/results/length_scaling.prof`` (the
top 25 by own time in ``length_scaling.profile.txt``), to find any step that grows.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import statistics
import time
from itertools import islice
from pathlib import Path

import spacy

from sitroom.analysis import _item
from sitroom.config import Settings
from sitroom.extract import doc_to_analysis
from sitroom.ingest import Failure, read_inputs
from sitroom.nlp.pipeline import build_nlp, paragraphs, parse_stream, run_components
from sitroom.records import Document

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "corpus" / "newswire" / "afp-xinhua-1997-2006.jsonl"
OUT = ROOT / "benchmarks" / "results"


def _joined(docs: list[Document], size: int) -> list[Document]:
    out = []
    for i in range(0, len(docs), size):
        group = docs[i:i + size]
        text = "\n\n".join(d.text.strip() for d in group) + "\n"
        out.append(group[0].model_copy(update={"text": text}))
    return out


def _sitroom(nlp: spacy.Language, docs: list[Document], settings: Settings,
             profiler: cProfile.Profile | None = None) -> tuple[float, float]:
    """(parse seconds, components + records seconds) of one article at a time, as analyze_document."""
    parse = own = 0.0
    for d in docs:
        t0 = time.perf_counter()
        # the Doc is used inside the loop: its words leave the vocabulary when the stream closes
        for doc in parse_stream(nlp, [_item(d)], batch_size=settings.batch_size):
            t1 = time.perf_counter()
            if profiler:
                profiler.enable()
            doc_to_analysis(run_components(nlp, doc), d)
            if profiler:
                profiler.disable()
            parse, own = parse + t1 - t0, own + time.perf_counter() - t1
    return parse, own


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--jsonl", type=Path, default=DEFAULT)
    ap.add_argument("--articles", type=int, default=64)
    ap.add_argument("--sizes", default="1,4,16,64")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--profile", action="store_true")
    args = ap.parse_args()
    settings = Settings()
    read = (r for r in read_inputs([str(args.jsonl)], settings) if not isinstance(r, Failure))
    docs = list(islice(read, args.articles))   # read no more than used
    sizes = [int(s) for s in args.sizes.split(",")]
    nlp = build_nlp(settings)
    bare_nlp = spacy.load(settings.model)
    joined = {size: _joined(docs, size) for size in sizes}
    runs: dict[int, dict[str, list[float]]] = {s: {"bare": [], "parse": [], "own": []} for s in sizes}
    for _ in range(max(1, args.repeat)):
        for size in sizes:
            t0 = time.perf_counter()
            for d in joined[size]:
                list(bare_nlp.pipe([c for _, c in paragraphs(d.text)], batch_size=settings.batch_size))
            runs[size]["bare"].append(time.perf_counter() - t0)
            parse, own = _sitroom(nlp, joined[size], settings)
            runs[size]["parse"].append(parse)
            runs[size]["own"].append(own)
    rows = []
    for size in sizes:
        words = sum(len(d.text.split()) for d in joined[size])
        med = {k: statistics.median(v) for k, v in runs[size].items()}
        rows.append({"articles_per_document": size, "documents": len(joined[size]), "words": words,
                     "bare_ms_per_word": round(1000 * med["bare"] / words, 3),
                     "sitroom_parse_ms_per_word": round(1000 * med["parse"] / words, 3),
                     "sitroom_own_ms_per_word": round(1000 * med["own"] / words, 3),
                     "sitroom_ms_per_word": round(1000 * (med["parse"] + med["own"]) / words, 3),
                     "ratio_to_bare": round(med["bare"] / (med["parse"] + med["own"]), 3),
                     "own_runs_seconds": [round(x, 2) for x in runs[size]["own"]]})
        print(rows[-1], flush=True)
    OUT.mkdir(parents=True, exist_ok=True)
    if args.profile:
        profiler = cProfile.Profile()
        _sitroom(nlp, joined[max(sizes)], settings, profiler)
        profiler.dump_stats(str(OUT / "length_scaling.prof"))
        buf = io.StringIO()
        pstats.Stats(profiler, stream=buf).sort_stats("tottime").print_stats(25)
        (OUT / "length_scaling.profile.txt").write_text(buf.getvalue().replace(str(ROOT) + "/", ""))
    (OUT / "length_scaling.json").write_text(json.dumps(rows, indent=1) + "\n")
    lines = ["| articles per document | documents | bare parse ms/word | sitroom parse ms/word | "
             "sitroom's own part ms/word | throughput vs bare |", "|---:|---:|---:|---:|---:|---:|"]
    for r in rows:
        lines.append(f"| {r['articles_per_document']} | {r['documents']} | {r['bare_ms_per_word']} | "
                     f"{r['sitroom_parse_ms_per_word']} | {r['sitroom_own_ms_per_word']} | {r['ratio_to_bare']} |")
    load = os.getloadavg()[0]
    lines += ["", f"The same {len(docs)} newswire articles in every row; median of {args.repeat} runs, sizes "
              f"interleaved; sitroom's own part (components + records) timed on its own. Shared machine "
              f"(load average {load:.1f} at the end): compare rows, not runs."]
    (OUT / "length_scaling.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
