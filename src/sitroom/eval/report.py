"""The evaluation report: JSON for scripts and benchmarks, rich tables for people.

Totals are micro-averaged (counts summed over articles before dividing), so a
long article weighs more than a short one, as in most event-data evaluations.
Per-article misses and spurious items are kept so that a low score points to
the sentences to look at.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rich import box
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from ..errors import BadOption
from ..records import EventType
from .scoring import COMPONENTS, NONE, Counts, DocumentScore, total

REPORT_SCHEMA = "sitroom-eval/1"
EVENT_TYPES: tuple[str, ...] = EventType.__args__  # type: ignore[attr-defined]


@dataclass
class Report:
    documents: list[DocumentScore]
    components: dict[str, Counts]
    confusion: dict[str, dict[str, int]]

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": REPORT_SCHEMA,
            "documents": len(self.documents),
            "components": {name: _figures(c) for name, c in self.components.items()},
            "confusion": {"labels": confusion_labels(self.confusion), "matrix": self.confusion},
            "per_document": [
                {"name": d.name,
                 "components": {n: {**_figures(c), "misses": c.misses, "spurious": c.spurious}
                                for n, c in d.components.items() if n in self.components}}
                for d in self.documents
            ],
        }

    def write_json(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(self.to_dict(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def _round(x: float | None) -> float | None:
    return None if x is None else round(x, 4)


def _figures(c: Counts) -> dict[str, Any]:
    return {"tp": c.tp, "fp": c.fp, "fn": c.fn, "precision": _round(c.precision),
            "recall": _round(c.recall), "f1": _round(c.f1)}


def check_components(components: Sequence[str] | None) -> list[str]:
    if not components:
        return list(COMPONENTS)
    unknown = [c for c in components if c not in COMPONENTS]
    if unknown:
        raise BadOption(f"unknown component(s): {', '.join(unknown)}",
                        hint=f"choose from {', '.join(COMPONENTS)}")
    return list(components)


def build_report(scores: Sequence[DocumentScore], components: Sequence[str] | None = None) -> Report:
    wanted = check_components(components)
    sums, matrix = total(scores)
    chosen = {name: c for name, c in sums.items() if name in wanted}
    return Report(documents=list(scores), components=chosen, confusion=matrix)


def confusion_labels(matrix: dict[str, dict[str, int]]) -> list[str]:
    """PLOVER order, only the types that occur, with NONE last."""
    seen = set(matrix) | {col for cols in matrix.values() for col in cols}
    return [t for t in EVENT_TYPES if t in seen] + ([NONE] if NONE in seen else [])


def _pct(x: float | None) -> str:
    return "–" if x is None else f"{100 * x:.1f}"


def component_table(report: Report, title: str = "sitroom eval") -> Table:
    table = Table(title=f"{title}: {len(report.documents)} article(s)")
    for col in ("component", "TP", "FP", "FN", "P %", "R %", "F1 %"):
        table.add_column(col, justify="left" if col == "component" else "right")
    for name, c in report.components.items():
        table.add_row(name, str(c.tp), str(c.fp), str(c.fn), _pct(c.precision), _pct(c.recall), _pct(c.f1))
    return table


def confusion_table(report: Report) -> Table:
    """Four-letter column heads keep sixteen types and NONE inside a 100-column terminal."""
    labels = confusion_labels(report.confusion)
    table = Table(title="event types: gold (rows) x predicted (columns)", box=box.SIMPLE_HEAD, padding=(0, 1),
                  caption="NONE: no event at that place in the text")
    table.add_column("gold \\ pred", no_wrap=True, min_width=11)
    for label in labels:
        table.add_column(label[:4], justify="right", no_wrap=True, min_width=4)
    for row in labels:
        cells = report.confusion.get(row, {})
        table.add_row(row, *(str(cells[col]) if cells.get(col) else "·" for col in labels))
    return table


def render(report: Report, console: Console, misses: bool = False) -> None:
    console.print(component_table(report))
    if report.confusion:
        console.print(confusion_table(report))
    if misses:
        for d in report.documents:
            for name, c in d.components.items():
                if name not in report.components:
                    continue
                for m in c.misses:
                    console.print(f"[yellow]miss[/] {d.name} {name}: {escape(m)}", highlight=False)
                for s in c.spurious:
                    console.print(f"[magenta]spurious[/] {d.name} {name}: {escape(s)}", highlight=False)


def markdown_table(report: Report) -> str:
    """The per-component table as Markdown, for README and benchmark results."""
    lines = ["| component | TP | FP | FN | P % | R % | F1 % |", "|---|---:|---:|---:|---:|---:|---:|"]
    for name, c in report.components.items():
        lines.append(f"| {name} | {c.tp} | {c.fp} | {c.fn} | {_pct(c.precision)} | {_pct(c.recall)} "
                     f"| {_pct(c.f1)} |")
    return "\n".join(lines)
