"""The ingest policy, for the CLI and the Python API alike.

Articles are read in order, those already stored (or already seen in this run) are skipped before
parsing, the rest are analysed (here or on a Dask cluster) and stored ``settings.ingest_batch`` per
transaction. Batches make the store's writes several times faster; a batch that fails is retried
article by article, so one bad article fails alone. An interruption loses only the analyses not yet
flushed (nothing of them is stored), which a rerun redoes: re-running the same command resumes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from ..config import Settings
from ..errors import SitroomError
from ..ingest import Failure, read_inputs
from ..ingest.identity import document_id
from ..records import Analysis, Document
from ..store import Store
from .analyzers import Analyzer, Checkpoint, LocalAnalyzer


@dataclass
class IngestCounts:
    stored: int = 0
    unchanged: int = 0
    new_version: int = 0
    failed: int = 0
    inputs: int = 0   # articles and failed inputs seen so far

    def summary(self) -> str:
        return " ".join(f"{k}={v}" for k, v in self.as_dict().items() if v)

    def as_dict(self) -> dict[str, int]:
        return {"stored": self.stored, "unchanged": self.unchanged, "new_version": self.new_version,
                "failed": self.failed}


class StopRun(Exception):
    """Raised inside a fail-fast run at the first failure; ``IngestRun.ingest`` catches it."""

    def __init__(self, error: SitroomError) -> None:
        super().__init__(str(error))
        self.error = error


@dataclass(frozen=True)
class _Unchanged:
    """Stands in the item stream for an article skipped before parsing."""

    where: str


@dataclass
class IngestRun:
    """One ingest into one store; ``counts`` and ``errors`` stay readable after an interruption.

    ``on_progress(counts)`` is called after each input; ``on_error(error)`` for each failure as it
    happens. ``analyzer`` decides where the analysis runs (default: this process).
    """

    store: Store
    settings: Settings = field(default_factory=Settings)
    fail_fast: bool = False
    analyzer: Analyzer | None = None
    on_progress: Callable[[IngestCounts], None] | None = None
    on_error: Callable[[SitroomError], None] | None = None
    counts: IngestCounts = field(default_factory=IngestCounts)
    errors: list[SitroomError] = field(default_factory=list)
    _seen: set[str] = field(default_factory=set)
    _buffer: list[Analysis] = field(default_factory=list)

    def ingest(self, inputs: Iterable[str], *, glob: str = "**/*", reader: str | None = None) -> IngestCounts:
        """Read, analyse and store ``inputs``; returns the counts (errors in ``self.errors``)."""
        return self.ingest_items(read_inputs(inputs, self.settings, glob=glob, reader=reader))

    def ingest_items(self, items: Iterable[Document | Failure]) -> IngestCounts:
        """As ``ingest``, for Documents (and reader Failures) already read."""
        analyzer = self.analyzer or LocalAnalyzer(self.settings)
        try:
            for result in analyzer.map(self._candidates(items)):
                self._take(result)
                self._notify()
            self._flush()
        except StopRun:
            pass
        self._notify()
        return self.counts

    # -- steps -------------------------------------------------------------
    def _candidates(self, items: Iterable[Document | Failure]) -> Iterator[Any]:
        """What needs analysing; a stored or repeated article becomes a marker before any parsing."""
        for item in items:
            if isinstance(item, Document):
                try:
                    doc_id = document_id(item.text)
                    if doc_id in self._seen or self.store.has(doc_id):
                        yield _Unchanged(item.source_path or doc_id)
                        continue
                    self._seen.update((doc_id, item.id))
                except SitroomError as exc:
                    yield exc
                    continue
            yield item

    def _take(self, result: Any) -> None:
        if isinstance(result, Checkpoint):
            self._flush()  # a long article comes next: what is finished is stored first
            return
        self.counts.inputs += 1
        if isinstance(result, _Unchanged):
            self.counts.unchanged += 1
        elif isinstance(result, Analysis):
            self._buffer.append(result)
            if len(self._buffer) >= max(1, self.settings.ingest_batch):
                self._flush()
        else:
            error = result.error if isinstance(result, Failure) else result
            if self.fail_fast:
                self._flush()   # what came before the failure is stored, as without batching
            self._failed(error)

    def _flush(self) -> None:
        batch = self._buffer[:]
        self._buffer.clear()
        for result in self.store.ingest_each(batch, stop_at_error=self.fail_fast):
            if isinstance(result, SitroomError):
                self._failed(result)
            else:
                setattr(self.counts, result.status, getattr(self.counts, result.status) + 1)

    def _failed(self, error: SitroomError) -> None:
        self.counts.failed += 1
        self.errors.append(error)
        if self.on_error:
            self.on_error(error)
        if self.fail_fast:
            raise StopRun(error)

    def _notify(self) -> None:
        if self.on_progress:
            self.on_progress(self.counts)


def ingest_inputs(inputs: Iterable[str], db: str | None = None, settings: Settings | None = None,
                  **options: Any) -> IngestRun:
    """Ingest files, folders, URLs or feeds into the store at ``db`` (default: the settings' store).

    ``options`` are ``IngestRun`` fields (``fail_fast``, ``analyzer``, ``on_progress``, ``on_error``);
    the run is returned so that callers read its ``counts`` and ``errors``.
    """
    settings = settings or Settings()
    with Store.open(db or settings.db_url) as store:
        run = IngestRun(store, settings, **options)
        run.ingest(inputs)
    return run
