"""Score sitroom on its own hand-annotated articles and keep the figures with the code.

usage: python benchmarks/own_corpus_eval.py [GOLD_DIR] [--out benchmarks/results/own_corpus]

Runs ``sitroom eval`` (the library side) on every ``*.gold.json`` in
``tests/fixtures/articles`` (14 short articles in different styles about
different conflicts, written for this project; see docs/eval.md) and writes
``own_corpus.json`` (the full report, with each miss and spurious item) and
``own_corpus.md`` (per-component precision, recall and F1, and the event-type
confusion matrix).
"""

from __future__ import annotations

import argparse
import time
from datetime import UTC, datetime
from pathlib import Path

from sitroom import __version__
from sitroom.eval.gold import load_gold
from sitroom.eval.report import Report, confusion_labels, markdown_table
from sitroom.eval.runner import evaluate

ROOT = Path(__file__).resolve().parents[1]


def confusion_markdown(report: Report) -> str:
    labels = confusion_labels(report.confusion)
    lines = ["| gold \\ pred | " + " | ".join(label[:4] for label in labels) + " |",
             "|---|" + "---:|" * len(labels)]
    for row in labels:
        cells = report.confusion.get(row, {})
        lines.append(f"| {row} | " + " | ".join(str(cells.get(col, "")) for col in labels) + " |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="?", type=Path, default=ROOT / "tests" / "fixtures" / "articles")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "own_corpus")
    args = parser.parse_args()

    gold_dir = args.gold.resolve()
    shown = gold_dir.relative_to(ROOT) if gold_dir.is_relative_to(ROOT) else gold_dir
    golds = load_gold(gold_dir)
    started = time.perf_counter()
    report = evaluate(golds)
    seconds = time.perf_counter() - started
    report.write_json(args.out.with_suffix(".json"))
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    md = [
        "# sitroom on its own gold corpus",
        "",
        f"sitroom {__version__}, {stamp}: {len(golds)} articles from `{shown}` "
        f"scored in {seconds:.1f} s (model load included). Micro-averaged over articles; "
        "matching rules in `docs/eval.md`.",
        "",
        markdown_table(report),
        "",
        "## Event types: gold (rows) x predicted (columns)",
        "",
        "NONE: no gold event, or no predicted event, at that place in the text.",
        "",
        confusion_markdown(report),
        "",
    ]
    args.out.with_suffix(".md").write_text("\n".join(md), encoding="utf-8")
    print("\n".join(md))


if __name__ == "__main__":
    main()
