"""Rich renderings of records for people; machines get JSON/JSONL/CSV instead."""

from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table

from ..records import Analysis
from .safe_text import safe


def _names(analysis: Analysis) -> dict[str, str]:
    return {a.id: safe(f"{a.name} [{a.code}]" if a.code else a.name) for a in analysis.actors}


def analysis_panel(analysis: Analysis) -> Panel:
    d = analysis.document
    names = _names(analysis)
    times = {t.id: safe(t.value or t.text) for t in analysis.times}
    head = Table.grid(padding=(0, 1))
    for label, value in (("id", d.id), ("title", d.title), ("dateline", d.dateline),
                         ("published", d.published), ("updated", d.updated), ("editor", d.editor),
                         ("reference date", f"{d.reference_date} ({d.reference_date_source})")):
        if value:
            head.add_row(f"[bold]{label}[/]", safe(value))
    parts: list = [head]
    if analysis.events:
        t = Table(title="events", title_justify="left", expand=True)
        for col in ("type", "actor", "recipient", "date", "stance", "source", "evidence"):
            t.add_column(col, overflow="fold")
        for e in analysis.events:
            a = e.attribution
            t.add_row(safe(e.type), names.get(e.actor or "", ""), names.get(e.recipient or "", ""),
                      times.get(e.date or "", ""), safe(a.stance) + (" (negated)" if a.negated else ""),
                      names.get(a.source or "", "outlet"), safe(e.evidence.text[:90]))
        parts.append(t)
    if analysis.quotes:
        t = Table(title="quotes", title_justify="left", expand=True)
        for col in ("kind", "speaker", "text"):
            t.add_column(col, overflow="fold")
        for q in analysis.quotes:
            t.add_row(safe(q.kind), names.get(q.speaker or "", ""), safe(q.text[:120]))
        parts.append(t)
    if analysis.quantities:
        t = Table(title="numbers", title_justify="left", expand=True)
        for col in ("value", "unit", "approx.", "claimant"):
            t.add_column(col)
        for n in analysis.quantities:
            t.add_row(f"{n.value:,.0f}", safe(n.unit or ""), "yes" if n.approximate else "",
                      names.get(n.claimant or "", ""))
        parts.append(t)
    small = Table.grid(padding=(0, 2))
    small.add_row("[bold]actors[/]", ", ".join(names[a.id] for a in analysis.actors[:25]))
    small.add_row("[bold]times[/]", ", ".join(safe(f"{t.text}={t.value}") for t in analysis.times if t.value))
    small.add_row("[bold]places[/]", ", ".join(safe(f"{p.name} ({p.country})") for p in analysis.places))
    parts.append(small)
    return Panel(Group(*parts), title=safe(d.title or d.id), title_align="left")


def print_analysis(console: Console, analysis: Analysis) -> None:
    console.print(analysis_panel(analysis))
