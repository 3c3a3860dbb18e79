"""CLI: analyze, ingest, demo, list, show, export, schema — each a thin call into the library."""

from __future__ import annotations

import json
import sys
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from ..errors import BadDate, BadOption, SitroomError
from .app import app, console, err_console, fail
from .options import SCHEDULER_HELP, WORKERS_HELP, analyzer_for
from .render import print_analysis
from .safe_text import safe
from .summary import demo_summary, known_total

# The settings, readers, records (pydantic) and progress bars are imported by the commands that use
# them, so that 'sitroom --version' and '--help' start without them.
if TYPE_CHECKING:
    from rich.progress import Progress

    from ..config import Settings
    from ..ingest import Failure
    from ..records import Analysis

# Buffered analyses are stored before an article this long is analysed: time is linear in length, so a
# long article is the one that can take up to its whole budget, and finished work must not wait on it.
# (By length, not by the clock, so that batch boundaries, and the results, do not depend on the machine.)
DB_HELP = "Database URL or SQLite path (default: SITROOM_DB or ./sitroom.db)."


def _settings(db: str | None = None, date: str | None = None, max_bytes: int | None = None) -> Settings:
    from ..config import Settings

    overrides: dict = {}
    if db:
        overrides["db"] = db
    if date:
        from datetime import date as _date

        try:
            _date.fromisoformat(date)
        except ValueError:
            fail(BadDate(f"--date {date!r} is not an ISO date", hint="write it as YYYY-MM-DD, e.g. 2024-10-21"))
        overrides["reference_date"] = date
    if max_bytes:
        overrides["max_bytes"] = max_bytes
    return Settings(**overrides)


def _check_format(fmt: str) -> None:
    if fmt not in ("table", "json"):
        fail(BadOption(f"unknown --format {fmt!r}", hint="use table or json"))


def _report(failure: Failure) -> None:
    _report_error(failure.error)


def _report_error(error: SitroomError) -> None:
    err_console.print(f"[red]failed[/] {safe(error)}")


def _shown_url(url: str) -> str:
    """The store URL without its password, as printed to the terminal."""
    if "://" not in url or url.startswith("sqlite"):
        return url
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def demo_paths() -> list[str]:
    folder = resources.files("sitroom") / "demo"
    return sorted(str(p) for p in Path(str(folder)).glob("*.txt"))


@app.command()
def analyze(
    paths: list[str] = typer.Argument(..., help="Files, folders, URLs or - for standard input."),
    fmt: str = typer.Option("json", "--format", "-f", help="json | jsonl | table"),
    date: str | None = typer.Option(None, "--date", help="Reference date (YYYY-MM-DD) for undated articles."),
    glob: str = typer.Option("**/*", "--glob", help="Which files of a folder to read."),
    reader: str | None = typer.Option(None, "--reader", help="Force a reader: text, html, jsonl, feed."),
) -> None:
    """Analyse articles and print records (no store needed)."""
    if fmt not in ("json", "jsonl", "table"):
        fail(BadOption(f"unknown --format {fmt!r}", hint="use json, jsonl or table"))
    # analyze takes no --fetch-entries: no configuration file may turn fetching on for it
    settings = _settings(date=date).model_copy(update={"fetch_entries": False})
    from ..ingest import Failure, read_inputs
    from ..run.analyzers import Checkpoint, LocalAnalyzer

    results: list[Analysis] = []
    failures: list[Failure] = []
    try:
        # Articles are parsed as one stream (the fast path); a long one alone, under its budget.
        for item in LocalAnalyzer(settings).map(read_inputs(paths, settings, glob=glob, reader=reader)):
            if isinstance(item, Checkpoint):
                continue
            if isinstance(item, SitroomError):  # this article fails (E008 past its budget); the others go on
                item = Failure(item.where or "<input>", item)
            if isinstance(item, Failure):
                failures.append(item)
                _report(item)
                continue
            analysis = item
            if fmt == "jsonl":
                sys.stdout.write(analysis.to_json() + "\n")
            elif fmt == "table":
                print_analysis(console, analysis)
            else:
                results.append(analysis)
    except SitroomError as exc:
        fail(exc)
    if fmt == "json":
        payload = [a.to_dict() for a in results]
        sys.stdout.write(json.dumps(payload[0] if len(payload) == 1 else payload, ensure_ascii=False, indent=1) + "\n")
    if failures:
        raise typer.Exit(failures[0].error.exit_code)


def _progress() -> Progress:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    return Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TextColumn("{task.fields[status]}"), TimeElapsedColumn(), console=err_console,
                    disable=not err_console.is_terminal and not _force_progress())


def _force_progress() -> bool:
    import os

    return bool(os.environ.get("SITROOM_PROGRESS"))


@app.command()
def ingest(
    paths: list[str] = typer.Argument(None, help="Files, folders, URLs, feeds, JSONL dumps or -."),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
    date: str | None = typer.Option(None, "--date", help="Reference date (YYYY-MM-DD) for undated articles."),
    glob: str = typer.Option("**/*", "--glob", help="Which files of a folder to read."),
    reader: str | None = typer.Option(None, "--reader", help="Force a reader: text, html, jsonl, feed."),
    fail_fast: bool = typer.Option(False, "--fail-fast", help="Stop at the first input that fails."),
    demo: bool = typer.Option(False, "--demo", help="Ingest the bundled demo corpus."),
    fetch_entries: bool = typer.Option(False, "--fetch-entries", help="Feeds: fetch each entry's page."),
    workers: int | None = typer.Option(None, "--workers", help=WORKERS_HELP),
    scheduler: str | None = typer.Option(None, "--scheduler", help=SCHEDULER_HELP),
) -> None:
    """Analyse articles and store them; re-running resumes (stored articles are skipped before parsing)."""
    settings = _settings(db, date)
    if fetch_entries:
        settings = settings.model_copy(update={"fetch_entries": True})
    inputs = list(paths or []) + (demo_paths() if demo else [])
    if not inputs:
        fail(BadOption("nothing to ingest", hint="give paths, '-' for stdin, or --demo"))
    from ..run import IngestRun  # the store's stack (SQLAlchemy): only for the commands that open one
    from ..store import Store

    try:
        store = Store.open(settings.db_url)
    except SitroomError as exc:
        fail(exc)
    interrupted = False
    with store, _progress() as progress:
        task = progress.add_task("ingest", total=known_total(inputs, reader), status="")
        run = IngestRun(store, settings, fail_fast=fail_fast, on_error=_report_error,
                        on_progress=lambda c: progress.update(task, completed=c.inputs, status=c.summary()))
        try:
            with analyzer_for(inputs, glob, workers, scheduler, settings) as analyzer:
                run.analyzer = analyzer
                run.ingest(inputs, glob=glob, reader=reader)
        except KeyboardInterrupt:
            interrupted = True
        except SitroomError as exc:   # the cluster could not be had
            fail(exc)
    counts = run.counts
    console.print(f"stored {counts.stored} · unchanged {counts.unchanged} · "
                  f"new versions {counts.new_version} · failed {counts.failed}  ({_shown_url(settings.db_url)})")
    if interrupted:
        err_console.print("interrupted: every stored article is complete; run the same command again to resume")
        raise typer.Exit(130)
    if demo:
        demo_summary(settings.db_url)
    if run.errors:
        raise typer.Exit(run.errors[0].exit_code)  # as analyze: the first failure's code (3 for a bad input)


@app.command("list")
def list_documents(
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
    limit: int = typer.Option(50, "--limit", help="How many documents to show."),
    fmt: str = typer.Option("table", "--format", "-f", help="table | json"),
) -> None:
    """List stored documents."""
    from rich.table import Table

    _check_format(fmt)
    if limit < 1:
        fail(BadOption(f"--limit {limit} shows nothing", hint="give a number of rows, 1 or more"))
    try:
        from ..store import Store

        with Store.open(_settings(db).db_url, create=False) as store:
            rows = store.documents(limit=limit)
    except SitroomError as exc:
        fail(exc)
    if fmt == "json":
        sys.stdout.write(json.dumps(rows, indent=1) + "\n")
        return
    table = Table("id", "v", "date", "events", "quotes", "title")
    for r in rows:
        table.add_row(safe(r["id"]), str(r["version"]), safe(r["reference_date"] or ""), str(r["n_events"]),
                      str(r["n_quotes"]), safe(r["title"] or ""))
    console.print(table)


@app.command()
def show(
    doc_id: str = typer.Argument(..., help="Document id (a unique prefix is enough)."),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
    fmt: str = typer.Option("table", "--format", "-f", help="table | json"),
) -> None:
    """Show one stored document's records."""
    _check_format(fmt)
    try:
        from ..store import Store

        with Store.open(_settings(db).db_url, create=False) as store:
            analysis = store.get(doc_id)
    except SitroomError as exc:
        fail(exc)
    if fmt == "json":
        sys.stdout.write(analysis.to_json(indent=1) + "\n")
    else:
        print_analysis(console, analysis)


@app.command()
def export(
    fmt: str = typer.Option("jsonl", "--format", "-f", help="jsonl | csv | parquet | gdelt | geojson | graphml"),
    out: str = typer.Option("-", "--out", "-o", help="File or folder to write; - for standard output."),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Export the store in a standard format (streams; memory stays flat)."""
    from ..export import EXPORTERS
    from ..export import export as run_export

    if fmt not in EXPORTERS:
        fail(BadOption(f"unknown export format {fmt!r}", hint=f"use one of: {', '.join(sorted(EXPORTERS))}"))
    try:
        from ..store import Store

        with Store.open(_settings(db).db_url, create=False) as store:
            target = sys.stdout if out == "-" else Path(out)
            n = run_export(store, fmt, target)
    except SitroomError as exc:
        fail(exc)
    if out != "-":
        err_console.print(f"wrote {n} rows to {out}")


@app.command()
def schema() -> None:
    """Print the JSON Schema of the record contract (sitroom/1)."""
    from ..records import json_schema

    sys.stdout.write(json.dumps(json_schema(), indent=1) + "\n")



