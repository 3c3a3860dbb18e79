"""CLI: analyze, ingest, demo, list, show, export, schema — each a thin call into the library."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, cast

import typer

from ..errors import BadDate, SitroomError
from .app import app, console, err_console, fail

# The library behind each command is imported inside the command: ``--help``, ``list`` or
# ``schema`` must not pay for spaCy, the readers or the store they do not use.
if TYPE_CHECKING:
    from rich.progress import Progress, TaskID

    from ..config import Settings
    from ..ingest import Failure
    from ..records import Analysis, Document
    from ..store import Store

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


def _report(failure: Failure) -> None:
    err_console.print(f"[red]failed[/] {failure.error}")


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
        fail(SitroomError("unknown --format " + fmt, hint="use json, jsonl or table"))
    from ..analysis import analyze_stream
    from ..ingest import Failure, read_inputs
    from .render import print_analysis

    settings = _settings(date=date)
    results: list[Analysis] = []
    failures: list[Failure] = []
    try:
        for item in analyze_stream(read_inputs(paths, settings, glob=glob, reader=reader), settings):
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
) -> None:
    """Analyse articles and store them; re-running resumes (stored articles are skipped before parsing)."""
    from ..store import Store
    from .render import print_analysis

    settings = _settings(db, date)
    if fetch_entries:
        settings = settings.model_copy(update={"fetch_entries": True})
    inputs = list(paths or []) + (demo_paths() if demo else [])
    if not inputs:
        fail(SitroomError("nothing to ingest", hint="give paths, '-' for stdin, or --demo"))
    counts = {"stored": 0, "unchanged": 0, "new_version": 0, "failed": 0}
    try:
        store = Store.open(settings.db_url)
    except SitroomError as exc:
        fail(exc)
    first_error: SitroomError | None = None
    interrupted = False
    with store, _progress() as progress:
        task = progress.add_task("ingest", total=None, status="")
        errors: list[SitroomError] = []
        try:
            _ingest_loop(store, settings, inputs, glob, reader, fail_fast, counts, progress, task, errors)
        except KeyboardInterrupt:
            interrupted = True
        except _Stop:
            pass
        first_error = errors[0] if errors else None
    console.print(f"stored {counts['stored']} · unchanged {counts['unchanged']} · "
                  f"new versions {counts['new_version']} · failed {counts['failed']}  ({settings.db_url})")
    if interrupted:
        err_console.print("interrupted: every stored article is complete; run the same command again to resume")
        raise typer.Exit(130)
    if demo:
        with Store.open(settings.db_url) as s:
            for row in s.documents():
                print_analysis(console, s.get(row["id"]))
    if first_error is not None:
        raise typer.Exit(first_error.exit_code if fail_fast else 1)


class _Stop(Exception):
    def __init__(self, error: SitroomError) -> None:
        self.error = error


class _Unchanged:
    """An input whose text is already stored (or earlier in this run): counted, never parsed."""


def _to_parse(items: Iterable[Document | Failure], store: Store,
              pending: set[str]) -> Iterator[Document | Failure | _Unchanged | SitroomError]:
    """Inputs as the analysis stream should see them: stored texts are skipped before parsing."""
    from ..ingest import Failure
    from ..ingest.identity import document_id

    for item in items:
        if isinstance(item, Failure):
            yield item
            continue
        try:
            doc_id = document_id(item.text)
            if doc_id in pending or store.has(doc_id):
                yield _Unchanged()
                continue
        except SitroomError as exc:
            yield exc
            continue
        pending.add(doc_id)
        yield item


def _ingest_loop(store: Store, settings: Settings, inputs: list[str], glob: str, reader: str | None,
                 fail_fast: bool, counts: dict[str, int], progress: Progress, task: TaskID,
                 errors: list[SitroomError]) -> None:
    """Analyse one article at a time and store them ``settings.ingest_batch`` per transaction.

    Batches make the store's writes several times faster; a batch that fails is retried
    article by article, so one bad article fails alone. An interruption loses only the
    analyses not yet flushed (nothing of them is stored), which a rerun redoes.
    """
    from ..analysis import analyze_stream
    from ..ingest import Failure, read_inputs
    from ..ingest.identity import document_id

    buffer: list[Analysis] = []
    # Ids fed to the parser and not yet stored: the stream reads ahead of what is flushed, so a
    # repeat within one run must be caught here rather than by ``store.has``.
    pending: set[str] = set()
    size = max(1, settings.ingest_batch)

    def failed(error: SitroomError) -> None:
        counts["failed"] += 1
        errors.append(error)
        if fail_fast:
            raise _Stop(error)

    def flush() -> None:
        batch = buffer[:]
        buffer.clear()
        for result in store.ingest_each(batch, stop_at_error=fail_fast):
            if isinstance(result, SitroomError):
                err_console.print(f"[red]failed[/] {result}")
                failed(result)
            else:
                counts[result.status] += 1
        for analysis in batch:
            pending.discard(document_id(analysis.document.text))

    stream = analyze_stream(_to_parse(read_inputs(inputs, settings, glob=glob, reader=reader), store, pending),
                            settings)
    for item in stream:
        error: SitroomError | None = None
        if isinstance(item, Failure):
            error = item.error
            _report(item)
        elif isinstance(item, SitroomError):
            error = item
            err_console.print(f"[red]failed[/] {item}")
        elif isinstance(item, _Unchanged):
            counts["unchanged"] += 1
        else:
            buffer.append(cast("Analysis", item))
        if error is not None:
            if fail_fast:
                flush()   # what came before the failure is stored, as without batching
            failed(error)
        if len(buffer) >= size:
            flush()
        progress.update(task, advance=1, status=" ".join(f"{k}={v}" for k, v in counts.items() if v))
    flush()
    progress.update(task, status=" ".join(f"{k}={v}" for k, v in counts.items() if v))


@app.command("list")
def list_documents(
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
    limit: int = typer.Option(50, "--limit", help="How many documents to show."),
    fmt: str = typer.Option("table", "--format", "-f", help="table | json"),
) -> None:
    """List stored documents."""
    from rich.table import Table

    from ..store import Store

    try:
        with Store.open(_settings(db).db_url) as store:
            rows = store.documents(limit=limit)
    except SitroomError as exc:
        fail(exc)
    if fmt == "json":
        sys.stdout.write(json.dumps(rows, indent=1) + "\n")
        return
    table = Table("id", "v", "date", "events", "quotes", "title")
    for r in rows:
        table.add_row(r["id"], str(r["version"]), r["reference_date"] or "", str(r["n_events"]), str(r["n_quotes"]),
                      r["title"] or "")
    console.print(table)


@app.command()
def show(
    doc_id: str = typer.Argument(..., help="Document id (a unique prefix is enough)."),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
    fmt: str = typer.Option("table", "--format", "-f", help="table | json"),
) -> None:
    """Show one stored document's records."""
    from ..store import Store
    from .render import print_analysis

    try:
        with Store.open(_settings(db).db_url) as store:
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
    from ..store import Store

    if fmt not in EXPORTERS:
        fail(SitroomError(f"unknown export format {fmt!r}", hint=f"use one of: {', '.join(sorted(EXPORTERS))}"))
    try:
        with Store.open(_settings(db).db_url) as store:
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



