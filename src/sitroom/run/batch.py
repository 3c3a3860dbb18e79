"""Corpus-scale analysis without a store: a Dask bag of documents, written as partitioned tables.

Each partition of the bag (``partition_size`` articles) is analysed and written by the worker
that holds it, as one file per table: ``OUT/<table>/part-<slab>-<n>.parquet`` (or ``.jsonl``).
A folder of part files is one dataset to pyarrow, pandas, DuckDB or Spark
(``read_parquet('OUT/events/*.parquet')``). The columns are the store's, so queries written
against an export work here too. With a remote scheduler, OUT must be a path the workers share.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..config import Settings
from ..errors import BadOption, SitroomError
from ..ingest import Failure, read_inputs
from ..ingest.identity import story_key
from ..records import Analysis, Document
from ..store import schema as store_schema
from ..store.rows import document_row, item_rows
from .analyzers import analyze_or_error

FORMATS = ("parquet", "jsonl")
TABLES = ("documents", "actors", "events", "quotes", "quantities", "times", "places")
STORE_ONLY = {"record", "version", "previous_id", "ingested_at"}   # a batch has no store, hence no versions


def columns(table: str) -> list[Any]:
    return [c for c in store_schema.metadata.tables[table].columns if c.name not in STORE_ONLY]


def rows_of(analysis: Analysis) -> dict[str, list[dict[str, Any]]]:
    d = analysis.document
    doc = document_row(analysis, story_key(d.url, d.outlet, d.title), 1, None)
    out = {"documents": [{k: v for k, v in doc.items() if k not in STORE_ONLY}]}
    out.update(item_rows(analysis))
    return out


def _write(table: str, rows: list[dict[str, Any]], path: Path, fmt: str) -> None:
    if fmt == "jsonl":
        with path.open("w", encoding="utf-8") as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        return
    import pyarrow as pa
    import pyarrow.parquet as pq

    from ..export.parquet import _arrow_type

    schema = pa.schema([pa.field(c.name, _arrow_type(c)) for c in columns(table)])
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), str(path), compression="zstd")


def write_partition(documents: list[Document], settings: Settings, out: str, fmt: str, part: str,
                    ) -> dict[str, Any]:
    """A worker's task: analyse one partition and write its files; returns counts and error texts."""
    tables: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
    errors: list[str] = []
    for document in documents:
        result = analyze_or_error(document, settings)
        if isinstance(result, SitroomError):
            errors.append(str(result))
            continue
        for table, rows in rows_of(result).items():
            tables[table].extend(rows)
    for table, rows in tables.items():
        folder = Path(out) / table
        folder.mkdir(parents=True, exist_ok=True)
        _write(table, rows, folder / f"part-{part}.{fmt}", fmt)
    return {"articles": len(documents), "errors": errors, "rows": {t: len(r) for t, r in tables.items()}}


@dataclass
class BatchReport:
    articles: int = 0
    failed: int = 0
    rows: dict[str, int] = field(default_factory=lambda: dict.fromkeys(TABLES, 0))
    errors: list[str] = field(default_factory=list)

    def add(self, part: dict[str, Any]) -> None:
        self.articles += part["articles"] - len(part["errors"])
        self.failed += len(part["errors"])
        self.errors.extend(part["errors"])
        for table, n in part["rows"].items():
            self.rows[table] += n


def _slabs(items: Iterable[Document | Failure], size: int, report: BatchReport,
           on_error: Callable[[str], None] | None) -> Iterator[list[Document]]:
    slab: list[Document] = []
    for item in items:
        if isinstance(item, Failure):
            report.failed += 1
            report.errors.append(str(item.error))
            if on_error:
                on_error(str(item.error))
            continue
        slab.append(item)
        if len(slab) >= size:
            yield slab
            slab = []
    if slab:
        yield slab


def clear(out: Path, fmt: str) -> None:
    """Remove part files a previous run left, so the folder holds exactly this run's dataset."""
    for table in TABLES:
        for old in (out / table).glob(f"part-*.{fmt}"):
            old.unlink()


def run_batch(inputs: Iterable[str], out: Path, fmt: str = "parquet", settings: Settings | None = None, *,
              client: Any = None, partition_size: int = 32, glob: str = "**/*", reader: str | None = None,
              on_progress: Callable[[BatchReport], None] | None = None,
              on_error: Callable[[str], None] | None = None) -> BatchReport:
    """Analyse ``inputs`` into ``out``; on ``client``'s cluster, else in this process (Dask's synchronous
    scheduler). Input is read a slab at a time (a few partitions per worker), so memory stays flat."""
    import dask
    import dask.bag as db

    if fmt not in FORMATS:
        raise BadOption(f"unknown --format {fmt!r}", hint="use parquet or jsonl")
    settings = settings or Settings()
    out.mkdir(parents=True, exist_ok=True)
    clear(out, fmt)
    report = BatchReport()
    workers = len(client.scheduler_info().get("workers", {})) if client is not None else 1
    slab_size = partition_size * max(1, workers) * 2
    items = read_inputs(inputs, settings, glob=glob, reader=reader)
    for n, slab in enumerate(_slabs(items, slab_size, report, on_error)):
        parts = db.from_sequence(slab, partition_size=partition_size).to_delayed()
        tasks = [dask.delayed(write_partition)(p, settings, str(out), fmt, f"{n:05d}-{i:04d}")
                 for i, p in enumerate(parts)]
        if client is None:
            results = dask.compute(*tasks, scheduler="synchronous")
            for result in results:
                _done(report, result, on_progress, on_error)
            continue
        from dask.distributed import as_completed

        for future in as_completed(client.compute(tasks)):
            _done(report, future.result(), on_progress, on_error)
    return report


def _done(report: BatchReport, part: dict[str, Any], on_progress: Callable[[BatchReport], None] | None,
          on_error: Callable[[str], None] | None) -> None:
    report.add(part)
    if on_error:
        for error in part["errors"]:
            on_error(error)
    if on_progress:
        on_progress(report)
