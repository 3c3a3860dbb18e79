"""CLI: ``sitroom eval GOLD…`` scores the pipeline against hand-made gold files (see docs/eval.md)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..errors import SitroomError
from .app import app, console, fail


@app.command("eval")
def eval_command(
    gold: Annotated[list[Path], typer.Argument(help="Gold JSON files or folders of *.gold.json files.")],
    json_out: Annotated[Path | None, typer.Option("--json", help="Write the JSON report here.")] = None,
    component: Annotated[list[str] | None, typer.Option(
        "--component", "-c", help="Score only this component (repeatable); default: all.")] = None,
    misses: Annotated[bool, typer.Option("--misses", help="List each missed and spurious item.")] = False,
) -> None:
    """Score extraction against gold: precision, recall and F1 per component, and event-type confusion."""
    from ..eval.gold import load_gold
    from ..eval.report import check_components, render
    from ..eval.runner import evaluate

    try:
        components = check_components(component)
        golds = load_gold(gold)
        report = evaluate(golds, components=components)
    except SitroomError as exc:
        fail(exc)
        return
    render(report, console, misses=misses)
    if json_out is not None:
        report.write_json(json_out)
        console.print(f"report written to {json_out}")
