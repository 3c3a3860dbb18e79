"""Agreement between the two annotators on the articles both annotated (no pipeline involved).

usage: python benchmarks/blind/agreement.py [--out benchmarks/results/blind_agreement.md]

The scored gold (benchmarks/blind/dev/ID.gold.json, the retired first test set) is the reference; the second annotation
(benchmarks/blind/double/<annotator>/ID.gold.json) is scored against it with the same matching
rules as the system. F1 is the agreement (symmetric); precision and recall only say which side
annotated more. Needs the newswire corpus (../shared/corpus or $SITROOM_CORPUS_DIR).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from sitroom.eval.agreement import agreement_report
from sitroom.eval.gold import load_gold_file
from sitroom.eval.report import markdown_table

BLIND = Path(__file__).resolve().parent
ROOT = BLIND.parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "blind_agreement.md")
    args = parser.parse_args()
    seconds = sorted((BLIND / "double").rglob("*.gold.json"))
    pairs = [(load_gold_file(BLIND / "dev" / p.name), load_gold_file(p)) for p in seconds]
    report = agreement_report(pairs)
    ids = ", ".join(p.name.split(".gold")[0] for p in seconds)
    md = ["# Inter-annotator agreement on the first blind test set (now dev)", "",
          f"{len(pairs)} articles annotated by both annotators ({ids});"
          " the scored gold is the reference, the second annotation is scored against it with the system's"
          " matching rules. F1 = agreement.", "", markdown_table(report), ""]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(md), encoding="utf-8")
    print("\n".join(md))


if __name__ == "__main__":
    main()
