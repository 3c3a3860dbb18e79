"""Small pieces of the ingest command's output: the progress total and the demo's summary."""

from __future__ import annotations

from pathlib import Path

from .app import console
from .safe_text import safe


def known_total(inputs: list[str], reader: str | None) -> int | None:
    """How many articles, when every input is a JSONL file (one article a line); otherwise unknown."""
    paths = [Path(p) for p in inputs]
    if not paths or not all(p.suffix in (".jsonl", ".ndjson") and p.is_file() for p in paths) \
            or reader not in (None, "jsonl"):
        return None
    total = 0
    for p in paths:
        with p.open("rb") as fh:
            total += sum(1 for line in fh if line.strip())
    return total


def demo_summary(db_url: str) -> None:
    """A few lines per demo article and the command that shows everything (not every record)."""
    from ..store import Store

    with Store.open(db_url) as s:
        for row in s.documents():
            a = s.get(row["id"])
            console.print(f"[bold]{safe(a.document.title or a.document.id)}[/]  ({row['id']})")
            console.print(f"  {len(a.actors)} actors · {len(a.events)} events · {len(a.quotes)} quotes · "
                          f"{len(a.quantities)} numbers · {len(a.times)} times · {len(a.places)} places")
            for e in a.events[:3]:
                console.print(f"  {safe(e.type)}: {safe(e.evidence.text[:70])}")
            console.print(f"  all records: sitroom show {row['id'][:8]} --db {safe(db_url.removeprefix('sqlite:///'))}")
