"""Score the dev and the blind test split side by side, and keep the figures with the code.

usage: python benchmarks/blind_eval.py [--split dev] [--split test] [--out benchmarks/results/blind]

With ``--split dev`` alone, the test columns are carried over from the previous results file
(the one scoring of the frozen test split), so dev can be rescored without running test again.

dev  = the project's own articles (tests/fixtures/articles) + annotated dev newswire (benchmarks/blind/dev)
test = the blind newswire test set (benchmarks/blind/test), scored only once the manifest marks it frozen

The newswire text is read from ../shared/corpus (or $SITROOM_CORPUS_DIR); without it the newswire
gold is left out with a message. Error listings are written for dev only: the test split's errors
are not to be read while writing rules (docs/eval.md, "Blind test set").
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sitroom import __version__
from sitroom.eval.corpus import CORPORA, corpus_path
from sitroom.eval.gold import GoldDocument, load_gold
from sitroom.eval.report import Report
from sitroom.eval.runner import evaluate, pipeline_predictor
from sitroom.eval.splits import TEST_SPLIT, report_from_dict, side_by_side_markdown, write_splits_json

ROOT = Path(__file__).resolve().parents[1]
BLIND = ROOT / "benchmarks" / "blind"
SOURCES = {"dev": [ROOT / "tests" / "fixtures" / "articles", BLIND / "dev"], TEST_SPLIT: [BLIND / "test"]}


def newswire_available() -> bool:
    return all(corpus_path(name).is_file() for name in CORPORA)


def split_gold(name: str) -> list[GoldDocument]:
    """The gold files of a split; newswire folders only when the corpus is here."""
    golds: list[GoldDocument] = []
    for folder in SOURCES[name]:
        if not folder.is_dir() or not any(folder.rglob("*.gold.json")):
            continue
        if folder.is_relative_to(BLIND) and not newswire_available():
            print(f"{folder.relative_to(ROOT)}: left out, the newswire corpus is not at {corpus_path('newswire')}")
            continue
        golds += load_gold(folder)
    return golds


def frozen() -> bool:
    manifest = json.loads((BLIND / "manifest.json").read_text(encoding="utf-8"))
    return bool(manifest["splits"][TEST_SPLIT].get("frozen"))


def previous_test(path: Path) -> dict[str, Any] | None:
    if not path.is_file():
        return None
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8")).get("splits", {})
    return data.get(TEST_SPLIT)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", action="append", choices=list(SOURCES), help="default: dev and test")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "blind")
    args = parser.parse_args()
    names = args.split or list(SOURCES)
    if TEST_SPLIT in names and not frozen():
        sys.exit("the test split is not frozen yet (benchmarks/blind/manifest.json): annotate, freeze, then score")
    golds = {name: split_gold(name) for name in names}
    predict = pipeline_predictor()
    reports: dict[str, Report] = {}
    started = time.perf_counter()
    for name, docs in golds.items():
        if docs:
            reports[name] = evaluate(docs, predict=predict)
    seconds = time.perf_counter() - started
    previous = previous_test(args.out.with_suffix(".json")) if TEST_SPLIT not in names else None
    carried = report_from_dict(previous) if previous is not None else None
    if carried is not None:
        reports[TEST_SPLIT] = carried
    write_splits_json(reports, args.out.with_suffix(".json"))
    if previous is not None:  # keep the per-article counts of the one test scoring as they were
        data = json.loads(args.out.with_suffix(".json").read_text(encoding="utf-8"))
        data["splits"][TEST_SPLIT] = previous
        args.out.with_suffix(".json").write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n",
                                                 encoding="utf-8")
    sizes = ", ".join(f"{name} {len(r.documents)} articles" for name, r in reports.items())
    if carried is not None:
        sizes += " (test figures carried over from the previous scoring, not rerun)"
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    md = [
        "# sitroom on the dev and the blind test split",
        "",
        f"sitroom {__version__}, {stamp}: {sizes}, scored in {seconds:.0f} s (model load included). "
        "Micro-averaged; TP/FP/FN then precision, recall, F1 in %. Protocol and matching rules: `docs/eval.md`.",
        "",
        side_by_side_markdown(reports),
        "",
        "## Event types (gold and predicted events paired by place in the text)",
        "",
        side_by_side_markdown(reports, by_type=True),
        "",
    ]
    args.out.with_suffix(".md").write_text("\n".join(md), encoding="utf-8")
    print("\n".join(md))


if __name__ == "__main__":
    main()
