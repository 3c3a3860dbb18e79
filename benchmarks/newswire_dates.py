"""The article's own date on the bundled newswire written out as plain text, in several renderings.

usage: python benchmarks/newswire_dates.py [--jsonl PATH] [--limit N]

Each JSONL article becomes a plain-text file as a user would save it (headline, blank
line, the first paragraph led by its wire dateline, the other paragraphs) and goes
through the text reader; its reference date is compared with the corpus `published`
date. Other renderings move the dateline to its own line, use a single dash, drop the
headline, or drop the dateline's year (then the year is inferred from the text alone).
No NLP model is loaded: this measures ingest only, in seconds.
"""

from __future__ import annotations

import argparse
import json
import re
import warnings
from collections.abc import Callable
from pathlib import Path

from sitroom.config import Settings
from sitroom.ingest.base import Source
from sitroom.ingest.text import TextReader
from sitroom.records import Document

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "corpus" / "newswire" / "afp-xinhua-1997-2006.jsonl"
OUT = ROOT / "benchmarks" / "results"
_YEARS = re.compile(r"\s*,\s*(?:19|20)\d\d(?:\s*,\s*(?:19|20)\d\d)?")


def _paras(row: dict) -> list[str]:
    return [p.strip() for p in row["text"].split("\n\n") if p.strip()]


def lead(row: dict) -> str:
    first, *rest = _paras(row)
    return "\n\n".join([row["title"], f"{row['dateline']} -- {first}", *rest]) + "\n"


def own_line(row: dict) -> str:
    return "\n\n".join([row["title"], row["dateline"], *_paras(row)]) + "\n"


def single_dash(row: dict) -> str:
    first, *rest = _paras(row)
    return "\n\n".join([row["title"], f"{row['dateline']} - {first}", *rest]) + "\n"


def no_headline(row: dict) -> str:
    first, *rest = _paras(row)
    return "\n\n".join([f"{row['dateline']} -- {first}", *rest]) + "\n"


def yearless(row: dict) -> str:
    first, *rest = _paras(row)
    return "\n\n".join([row["title"], f"{_YEARS.sub('', row['dateline'])} -- {first}", *rest]) + "\n"


RENDERINGS: dict[str, Callable[[dict], str]] = {
    "lead": lead, "own_line": own_line, "single_dash": single_dash, "no_headline": no_headline,
    "yearless": yearless,
}


def load(path: Path = DEFAULT, limit: int | None = None) -> list[dict]:
    rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    return rows[:limit] if limit else rows


def read_text(text: str, where: str) -> Document:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        (doc,) = TextReader().read(Source(where, text.encode("utf-8")), Settings())
    assert isinstance(doc, Document)
    return doc


def score(rows: list[dict], render: Callable[[dict], str]) -> tuple[int, list[tuple[str, str | None, str]]]:
    """Articles whose reference date equals `published`, and the misses (id, got, expected)."""
    hits, misses = 0, []
    for row in rows:
        doc = read_text(render(row), row["id"])
        if doc.reference_date == row["published"][:10]:
            hits += 1
        else:
            misses.append((row["id"], doc.reference_date, row["published"][:10]))
    return hits, misses


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--jsonl", type=Path, default=DEFAULT)
    parser.add_argument("--limit", type=int)
    args = parser.parse_args()
    rows = load(args.jsonl, args.limit)
    lines = ["| rendering | correct | share | no date (W002) | wrong date | example misses |",
             "|---|---|---|---|---|---|"]
    results = {}
    for name, render in RENDERINGS.items():
        hits, misses = score(rows, render)
        none = sum(1 for _, got, _ in misses if got is None)
        results[name] = {"correct": hits, "none": none, "wrong": len(misses) - none, "total": len(rows),
                         "misses": misses[:20]}
        examples = "; ".join(f"{i}: {got} vs {want}" for i, got, want in misses[:3])
        lines.append(f"| {name} | {hits}/{len(rows)} | {hits / len(rows):.1%} | {none} | {len(misses) - none} "
                     f"| {examples} |")
    print("\n".join(lines))
    OUT.mkdir(exist_ok=True)
    (OUT / "newswire_dates.json").write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    (OUT / "newswire_dates.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
