"""CLI: batch (corpus-scale analysis to Parquet or JSONL, no store) and watch (poll sources)."""

from __future__ import annotations

import signal
from datetime import datetime
from pathlib import Path
from types import FrameType

import typer

from ..errors import SitroomError
from .app import app, console, err_console, fail
from .documents import DB_HELP, _progress, _report_error, _settings, _shown_url
from .options import SCHEDULER_HELP, WORKERS_HELP


@app.command()
def batch(
    inputs: list[str] = typer.Argument(..., help="Files, folders, URLs, feeds or JSONL dumps."),
    out: Path = typer.Option(..., "--out", "-o", help="Folder for the tables (one sub-folder per table)."),
    fmt: str = typer.Option("parquet", "--format", "-f", help="parquet | jsonl"),
    workers: int | None = typer.Option(None, "--workers", help=WORKERS_HELP),
    scheduler: str | None = typer.Option(None, "--scheduler", help=SCHEDULER_HELP),
    date: str | None = typer.Option(None, "--date", help="Reference date (YYYY-MM-DD) for undated articles."),
    glob: str = typer.Option("**/*", "--glob", help="Which files of a folder to read."),
    reader: str | None = typer.Option(None, "--reader", help="Force a reader: text, html, jsonl, feed."),
    partition: int = typer.Option(32, "--partition-size", help="Articles per partition (one file per table)."),
) -> None:
    """Analyse a corpus into partitioned tables (events, quotes, quantities, actors, places, …) without a store."""
    from ..run.batch import run_batch
    from ..run.cluster import dask_client, default_workers

    settings = _settings(date=date)
    if workers is None and not scheduler:
        workers = default_workers(inputs, glob)
    try:
        with _progress() as progress:
            task = progress.add_task("batch", total=None, status="")

            def show(report: object) -> None:
                progress.update(task, completed=getattr(report, "articles", 0) + getattr(report, "failed", 0),
                                status=f"failed={getattr(report, 'failed', 0)}")

            options = {"partition_size": max(1, partition), "glob": glob, "reader": reader, "on_progress": show,
                       "on_error": lambda e: err_console.print(f"[red]failed[/] {e}")}
            if workers == 1 and not scheduler:
                report = run_batch(inputs, out, fmt, settings, **options)  # type: ignore[arg-type]
            else:
                with dask_client(workers, scheduler) as client:
                    report = run_batch(inputs, out, fmt, settings, client=client, **options)  # type: ignore[arg-type]
    except SitroomError as exc:
        fail(exc)
    except KeyboardInterrupt:
        err_console.print("interrupted: the part files written so far are complete; rerun to redo the whole batch")
        raise typer.Exit(130) from None
    rows = " · ".join(f"{t} {n}" for t, n in report.rows.items())
    console.print(f"{report.articles} articles · failed {report.failed} → {out}/ ({fmt}): {rows}")
    if report.failed:
        raise typer.Exit(1)


@app.command()
def watch(
    sources: list[str] = typer.Argument(..., help="RSS/Atom feed URLs, folders or files to poll."),
    interval: float = typer.Option(300.0, "--interval", help="Seconds between polls."),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
    glob: str = typer.Option("**/*", "--glob", help="Which files of a folder to read."),
    max_cycles: int | None = typer.Option(None, "--max-cycles", help="Stop after this many polls (default: never)."),
) -> None:
    """Poll feeds and folders; ingest what is new, never twice; stop with Ctrl-C or SIGTERM."""
    from ..run import IngestRun
    from ..run.watch import CycleReport, Watcher
    from ..store import Store

    settings = _settings(db)
    try:
        store = Store.open(settings.db_url)
    except SitroomError as exc:
        fail(exc)

    def log(report: CycleReport) -> None:
        err_console.print(f"{datetime.now().isoformat(timespec='seconds')} {report.line()}", soft_wrap=True)

    with store:
        run = IngestRun(store, settings, on_error=_report_error)
        watcher = Watcher.of(run, list(sources), interval=max(0.0, interval), glob=glob, on_cycle=log)

        def stop(signum: int, _frame: FrameType | None) -> None:
            err_console.print(f"stopping after this cycle ({signal.Signals(signum).name})")
            watcher.stop()
            signal.signal(signal.SIGINT, signal.default_int_handler)   # a second Ctrl-C stops at once

        previous = {s: signal.signal(s, stop) for s in (signal.SIGINT, signal.SIGTERM)}
        try:
            watcher.watch(max_cycles)
        except KeyboardInterrupt:
            err_console.print("interrupted: every stored article is complete")
        finally:
            for s, handler in previous.items():
                signal.signal(s, handler)
    c = run.counts
    console.print(f"stored {c.stored} · unchanged {c.unchanged} · new versions {c.new_version} · "
                  f"failed {c.failed}  ({_shown_url(settings.db_url)})")
