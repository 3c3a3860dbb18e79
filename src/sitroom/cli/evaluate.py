"""CLI: ``sitroom eval GOLD…`` scores the pipeline against hand-made gold files (see docs/eval.md)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..errors import BadOption, SitroomError
from .app import app, console, fail


@app.command("eval")
def eval_command(
    gold: Annotated[list[Path] | None, typer.Argument(help="Gold JSON files or folders of *.gold.json files.")] = None,
    json_out: Annotated[Path | None, typer.Option("--json", help="Write the JSON report here.")] = None,
    component: Annotated[list[str] | None, typer.Option(
        "--component", "-c", help="Score only this component (repeatable); default: all.")] = None,
    misses: Annotated[bool, typer.Option("--misses", help="List each missed and spurious item.")] = False,
    split: Annotated[list[str] | None, typer.Option(
        "--split", help="NAME=PATH: score named splits side by side (repeatable), e.g. dev=… test=….")] = None,
) -> None:
    """Score extraction against gold: precision, recall and F1 per component, and event-type confusion."""
    from ..eval.gold import load_gold
    from ..eval.report import check_components, render
    from ..eval.runner import evaluate

    if split:
        _eval_splits(split, gold or [], json_out, component, misses)
        return
    try:
        if not gold:
            raise BadOption("no gold given", hint="pass gold files or folders, or --split NAME=PATH")
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


def _eval_splits(specs: list[str], extra: list[Path], json_out: Path | None, component: list[str] | None,
                 misses: bool) -> None:
    """Each split scored on its own; one table per view, splits side by side."""
    from ..eval.gold import load_gold
    from ..eval.report import check_components, render
    from ..eval.runner import evaluate, pipeline_predictor
    from ..eval.splits import misses_allowed, parse_splits, side_by_side_table, write_splits_json

    try:
        if extra:
            raise BadOption("give gold either as arguments or as --split NAME=PATH, not both",
                            hint="name every set: --split dev=PATH --split test=PATH")
        components = check_components(component)
        splits = parse_splits(specs)
        if misses:
            misses_allowed(list(splits))
        golds = {name: load_gold(paths) for name, paths in splits.items()}
        predict = pipeline_predictor()
        reports = {name: evaluate(g, predict=predict, components=components) for name, g in golds.items()}
    except SitroomError as exc:
        fail(exc)
        return
    console.print(side_by_side_table(reports))
    console.print(side_by_side_table(reports, by_type=True))
    if misses:
        for name, report in reports.items():
            console.print(f"[bold]{name}[/]")
            render(report, console, misses=True)
    if json_out is not None:
        write_splits_json(reports, json_out)
        console.print(f"report written to {json_out}")
