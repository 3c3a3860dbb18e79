"""Does the cost grow linearly with article length? The same articles, joined into longer documents.

usage: python benchmarks/length_scaling.py [--articles 64] [--sizes 1,4,16,64] [--profile]

The first ``--articles`` newswire articles are joined (blank line between) into documents of
1, 4, 16 and 64 articles each, so every row parses the same words. For each size: sitroom's
``analyze_document`` over those documents and a bare spaCy parse of the same texts (split the way
sitroom splits them, into paragraphs, so only sitroom's own part can change), in the same run.
Flat ms/word down the column means linear; ``--profile`` writes the cProfile of the largest
size to ``benchmarks/results/length_scaling.prof`` (cumulative top 25 printed) to find the
step that grows.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import time
from pathlib import Path

import spacy

from sitroom.analysis import analyze_document
from sitroom.config import Settings
from sitroom.ingest import Failure, read_inputs
from sitroom.nlp.pipeline import build_nlp, paragraphs
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


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--jsonl", type=Path, default=DEFAULT)
    ap.add_argument("--articles", type=int, default=64)
    ap.add_argument("--sizes", default="1,4,16,64")
    ap.add_argument("--profile", action="store_true")
    args = ap.parse_args()
    settings = Settings()
    docs = [r for r in read_inputs([str(args.jsonl)], settings) if not isinstance(r, Failure)][: args.articles]
    sizes = [int(s) for s in args.sizes.split(",")]
    build_nlp(settings)
    bare_nlp = spacy.load(settings.model)
    rows = []
    for size in sizes:
        joined = _joined(docs, size)
        words = sum(len(d.text.split()) for d in joined)
        t0 = time.perf_counter()
        for d in joined:
            list(bare_nlp.pipe([c for _, c in paragraphs(d.text)], batch_size=32))
        bare = time.perf_counter() - t0
        profiler = cProfile.Profile() if args.profile and size == max(sizes) else None
        t0 = time.perf_counter()
        if profiler:
            profiler.enable()
        for d in joined:
            analyze_document(d, settings)
        if profiler:
            profiler.disable()
        total = time.perf_counter() - t0
        rows.append({"articles_per_document": size, "documents": len(joined), "words": words,
                     "bare_ms_per_word": round(1000 * bare / words, 3),
                     "sitroom_ms_per_word": round(1000 * total / words, 3),
                     "sitroom_own_ms_per_word": round(1000 * (total - bare) / words, 3),
                     "ratio_to_bare": round(bare / total, 3)})
        print(rows[-1], flush=True)
        if profiler:
            profiler.dump_stats(str(OUT / "length_scaling.prof"))
            buf = io.StringIO()
            pstats.Stats(profiler, stream=buf).sort_stats("cumulative").print_stats(25)
            (OUT / "length_scaling.profile.txt").write_text(buf.getvalue())
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "length_scaling.json").write_text(json.dumps(rows, indent=1) + "\n")
    lines = ["| articles per document | documents | bare parse ms/word | sitroom ms/word | "
             "sitroom's own part ms/word | throughput vs bare |", "|---:|---:|---:|---:|---:|---:|"]
    for r in rows:
        lines.append(f"| {r['articles_per_document']} | {r['documents']} | {r['bare_ms_per_word']} | "
                     f"{r['sitroom_ms_per_word']} | {r['sitroom_own_ms_per_word']} | {r['ratio_to_bare']} |")
    lines += ["", f"The same {len(docs)} newswire articles in every row; one run on a shared machine "
              "(rows differ by ±10% from noise alone)."]
    (OUT / "length_scaling.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
