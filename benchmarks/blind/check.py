"""Validate blind-set gold files without running the pipeline: annotation must stay blind.

Loads each gold file the way ``sitroom eval`` does (schema, PLOVER types, stances, every quoted
text found in the article built from the corpus) and prints a one-line count per file, or the
E030 problem. ``--show ID`` prints a corpus article's text exactly as the gold's quoted texts
are checked against (title, dateline and date come as metadata, not as text).

    python benchmarks/blind/check.py benchmarks/blind/test
    python benchmarks/blind/check.py --show AFP_ENG_19970411.0052
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sitroom.errors import SitroomError
from sitroom.eval.corpus import corpus_document
from sitroom.eval.gold import gold_files, load_gold_file

COMPONENTS = ("actors", "events", "quotes", "times", "quantities", "places")


def show(corpus_id: str, corpus: str) -> None:
    doc = corpus_document(corpus, corpus_id)
    print(f"# {doc.title}\n# {doc.dateline} | published {doc.published} | reference {doc.reference_date}\n")
    print(doc.text)


def check(paths: list[Path]) -> int:
    bad = 0
    for path in [f for p in paths for f in gold_files(p)]:
        try:
            gold = load_gold_file(path).gold
        except SitroomError as exc:
            bad += 1
            print(f"BAD  {path}: {exc}")
            continue
        counts = " ".join(f"{c}={len(getattr(gold, c))}" for c in COMPONENTS if getattr(gold, c) is not None)
        print(f"ok   {path}: {counts}")
    return bad


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*", type=Path, help="gold files or folders")
    parser.add_argument("--show", metavar="ID", help="print a corpus article's text instead")
    parser.add_argument("--corpus", default="newswire")
    args = parser.parse_args()
    if args.show:
        show(args.show, args.corpus)
        return
    sys.exit(1 if check(args.paths) else 0)


if __name__ == "__main__":
    main()
