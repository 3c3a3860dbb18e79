"""Rich renderings of records for people; machines get JSON/JSONL/CSV instead."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table

from .safe_text import safe

if TYPE_CHECKING:
    from ..records import Analysis


def _names(analysis: Analysis) -> dict[str, str]:
    return {a.id: safe(f"{a.name} [{a.code}]" if a.code else a.name) for a in analysis.actors}


def _table(title: str, columns: tuple[str, ...], rows: Sequence[tuple[str, ...]], fold: bool = True) -> Table | None:
    if not rows:
        return None
    table = Table(title=title, title_justify="left", expand=True)
    for col in columns:
        if fold:
            table.add_column(col, overflow="fold")
        else:
            table.add_column(col)
    for row in rows:
        table.add_row(*row)
    return table


def _header(analysis: Analysis) -> Table:
    d = analysis.document
    head = Table.grid(padding=(0, 1))
    for label, value in (("id", d.id), ("title", d.title), ("dateline", d.dateline),
                         ("published", d.published), ("updated", d.updated), ("editor", d.editor),
                         ("reference date", f"{d.reference_date} ({d.reference_date_source})")):
        if value:
            head.add_row(f"[bold]{label}[/]", safe(value))
    return head


def _events(analysis: Analysis, names: dict[str, str], times: dict[str, str]) -> Table | None:
    rows: list[tuple[str, ...]] = []
    for e in analysis.events:
        a = e.attribution
        rows.append((safe(e.type), names.get(e.actor or "", ""), names.get(e.recipient or "", ""),
                     times.get(e.date or "", ""), safe(a.stance) + (" (negated)" if a.negated else ""),
                     names.get(a.source or "", "outlet"), safe(e.evidence.text[:90])))
    return _table("events", ("type", "actor", "recipient", "date", "stance", "source", "evidence"), rows)


def _small(analysis: Analysis, names: dict[str, str]) -> Table:
    small = Table.grid(padding=(0, 2))
    small.add_row("[bold]actors[/]", ", ".join(names[a.id] for a in analysis.actors[:25]))
    small.add_row("[bold]times[/]", ", ".join(safe(f"{t.text}={t.value}") for t in analysis.times if t.value))
    small.add_row("[bold]places[/]", ", ".join(safe(f"{p.name} ({p.country})") for p in analysis.places))
    return small


def analysis_panel(analysis: Analysis) -> Panel:
    d = analysis.document
    names = _names(analysis)
    times = {t.id: safe(t.value or t.text) for t in analysis.times}
    quotes = _table("quotes", ("kind", "speaker", "text"),
                    [(safe(q.kind), names.get(q.speaker or "", ""), safe(q.text[:120])) for q in analysis.quotes])
    numbers = _table("numbers", ("value", "unit", "approx.", "claimant"),
                     [(f"{n.value:,.0f}", safe(n.unit or ""), "yes" if n.approximate else "",
                       names.get(n.claimant or "", "")) for n in analysis.quantities], fold=False)
    parts = [part for part in (_header(analysis), _events(analysis, names, times), quotes, numbers,
                               _small(analysis, names)) if part is not None]
    return Panel(Group(*parts), title=safe(d.title or d.id), title_align="left")


def print_analysis(console: Console, analysis: Analysis) -> None:
    console.print(analysis_panel(analysis))
