"""Score the dev split in two halves: one whose misses rule writers read, one they only count.

usage: python benchmarks/blind/dev_halves.py [--misses]

Every dev article has been read by someone writing rules, so dev figures say little about whether a
new rule generalises. For a round of work the dev newswire is split in two fixed halves by file
name order (even positions with the project's own articles = ``devA``, odd positions = ``devB``).
Rules are written from devA's misses; devB is scored for counts only, and a change that gains on
devA but loses on devB is read as fitting the articles, not the news. ``--misses`` prints devA's
error listings and never devB's. ``devC`` is the round-3 dev draw (``benchmarks/blind/dev/round3``),
``devD`` the round-4 one (``benchmarks/blind/dev/round4``), ``devE`` the round-5 one, ``devF`` the round-6
one, ``devG`` the round-7 one, ``devH`` the round-8 one, ``devI`` the round-9 one: each annotated
blind and scored once before any rule was written on it (the manifest keeps that first scoring);
their misses are read since.
Writes ``benchmarks/results/dev_halves.md``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from sitroom.eval.gold import GoldDocument, load_gold
from sitroom.eval.report import Report
from sitroom.eval.runner import evaluate, pipeline_predictor
from sitroom.eval.splits import side_by_side_markdown

ROOT = Path(__file__).resolve().parents[2]
OWN = ROOT / "tests" / "fixtures" / "articles"
DEV = ROOT / "benchmarks" / "blind" / "dev"
ROUND3 = DEV / "round3"
ROUND4 = DEV / "round4"
ROUND5 = DEV / "round5"
ROUND6 = DEV / "round6"
ROUND7 = DEV / "round7"
ROUND8 = DEV / "round8"
ROUND9 = DEV / "round9"
OUT = ROOT / "benchmarks" / "results" / "dev_halves.md"


def halves() -> dict[str, list[GoldDocument]]:
    """devA: own articles + even-positioned dev newswire files; devB: the odd-positioned ones; devC: round 3;
    devD: round 4; devE: round 5; devF: round 6; devG: round 7; devH: round 8; devI: round 9."""
    newswire = sorted(DEV.glob("*.gold.json"))
    return {
        "devA": load_gold(OWN) + [g for p in newswire[0::2] for g in load_gold(p)],
        "devB": [g for p in newswire[1::2] for g in load_gold(p)],
        "devC": load_gold(ROUND3) if ROUND3.is_dir() else [],
        "devD": load_gold(ROUND4) if ROUND4.is_dir() else [],
        "devE": load_gold(ROUND5) if ROUND5.is_dir() else [],
        "devF": load_gold(ROUND6) if ROUND6.is_dir() else [],
        "devG": load_gold(ROUND7) if ROUND7.is_dir() else [],
        "devH": load_gold(ROUND8) if ROUND8.is_dir() else [],
        "devI": load_gold(ROUND9) if ROUND9.is_dir() else [],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="print devA's misses (never devB's)")
    args = parser.parse_args()
    predict = pipeline_predictor()
    reports: dict[str, Report] = {name: evaluate(docs, predict=predict) for name, docs in halves().items()}
    md = [
        "# sitroom on the two halves of the dev split",
        "",
        "devA: rules are written from its misses; devB: counted only; devC: the round-3 draw, read after "
        "its first blind scoring. Protocol: `docs/eval.md`, \"Dev halves\".",
        "",
        side_by_side_markdown(reports),
        "",
        side_by_side_markdown(reports, by_type=True),
        "",
    ]
    OUT.write_text("\n".join(md), encoding="utf-8")
    print("\n".join(md))
    if args.misses:
        for doc in reports["devA"].documents:
            for component, counts in doc.components.items():
                for item in counts.misses:
                    print(f"{doc.name}\t{component}\tmissed\t{item}")
                for item in counts.spurious:
                    print(f"{doc.name}\t{component}\tspurious\t{item}")


if __name__ == "__main__":
    main()
