"""Tables that read at 80 columns: short ids, abbreviated headers, one line per row; ``--wide`` for everything.

A compact column never wraps inside a cell: it is cut with an ellipsis at its
width, so a row stays one line and the eye can run down a column. Columns
marked ``wide_only`` appear only with ``--wide``, where cells fold instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from rich import box
from rich.console import Console
from rich.table import Table

from .safe_text import safe

STATUS_STYLE = {"corroborated": "green", "single-source": "yellow", "disputed": "magenta", "denied": "red",
                "unconfirmed": "dim"}
STATUS_SHORT = {"corroborated": "corrob", "single-source": "single", "disputed": "DISPUT", "denied": "DENIED",
                "unconfirmed": "unconf"}
SHORT_ID = 9


@dataclass(frozen=True, slots=True)
class Col:
    key: str
    label: str
    width: int | None = None       # compact: at most this many characters (None: as the content needs)
    wide_label: str = ""           # the header with --wide (default: label)
    wide_only: bool = False


def _cell(key: str, value: Any, wide: bool) -> str:
    if value is None:
        return ""
    text = safe(str(value))  # article text must never be read as Rich markup or terminal escapes
    if key == "status":
        style = STATUS_STYLE.get(text, "")
        return f"[{style}]{text if wide else STATUS_SHORT.get(text, text)}[/]"
    if key in ("id", "claim", "claim_id", "seed", "document", "document_id", "doc") and not wide:
        return text[:SHORT_ID]
    if isinstance(value, float):
        return f"{value:g}" if abs(value) < 1e6 else f"{value:,.0f}"
    return text.replace("\n", " ")


def render(console: Console, rows: Sequence[dict[str, Any]], cols: Sequence[Col], title: str,
           wide: bool = False) -> None:
    shown = [c for c in cols if wide or not c.wide_only]
    # Compact: one space between columns and none at the edges, so the widths given are the whole budget.
    table = Table(title=safe(title), box=box.SIMPLE_HEAD if not wide else box.HEAVY_HEAD, show_edge=wide,
                  padding=(0, 0) if not wide else (0, 1), title_justify="left", expand=False)
    for c in shown:
        if wide:
            table.add_column(c.wide_label or c.label, overflow="fold")
        else:
            table.add_column(c.label, no_wrap=True, overflow="ellipsis", min_width=c.width or len(c.label),
                             max_width=c.width)
    for r in rows:
        table.add_row(*(_cell(c.key, r.get(c.key), wide) for c in shown))
    console.print(table)
