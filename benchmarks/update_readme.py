"""Copy the latest benchmark tables into README.md, so the README states what was measured.

usage: python benchmarks/update_readme.py
Each README block between <!-- BEGIN name --> and <!-- END name --> is replaced by the first
markdown table(s) of benchmarks/results/<file>.md named below.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results"
# block name -> (results file, how many tables to take)
BLOCKS = {
    "own_corpus": ("own_corpus.md", 1),
    "timex": ("timex.md", 1),
    "quotes": ("quotes.md", 1),
    "polnear": ("polnear.md", 1),
    "plover": ("plover.md", 1),
    "newswire": ("newswire.md", 1),
    "startup": ("startup.md", 1),
    "length_scaling": ("length_scaling.md", 1),
    "memory": ("memory.md", 1),
    "ledger_ingest": ("ledger.ingest.md", 1),
    "ledger_queries": ("ledger.queries.md", 1),
}


def tables(markdown: str, n: int) -> str:
    found: list[str] = []
    current: list[str] = []
    for line in markdown.splitlines() + [""]:
        if line.startswith("|"):
            current.append(line)
        elif current:
            found.append("\n".join(current))
            current = []
    return "\n\n".join(found[:n])


def main() -> None:
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    for name, (file, n) in BLOCKS.items():
        path = RESULTS / file
        if not path.exists():
            continue
        block = tables(path.read_text(encoding="utf-8"), n)
        pattern = re.compile(rf"(<!-- BEGIN {name} -->\n)(?:.*?\n)?(<!-- END {name} -->)", re.S)
        text = pattern.sub(lambda m, b=block: m.group(1) + b + "\n" + m.group(2), text)
    readme.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
