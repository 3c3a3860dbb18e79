"""Where the analysis runs: in this process, or on a Dask cluster; either way results come back in input order.

An analyzer maps a stream of items to the same stream with each Document replaced by its Analysis
(or the SitroomError that analysing it raised); anything else passes through untouched, in place.
Keeping input order is what makes a run on N workers store exactly what a run on one stores
(versions are decided in the order articles reach the store).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any, Protocol

from ..analysis import analyze_document, analyze_stream
from ..config import Settings
from ..errors import SitroomError
from ..records import Analysis, Document


class Analyzer(Protocol):
    def map(self, items: Iterable[Any]) -> Iterator[Any]: ...

    def close(self) -> None: ...


def analyze_or_error(document: Document, settings: Settings) -> Analysis | SitroomError:
    try:
        return analyze_document(document, settings)
    except SitroomError as exc:
        return exc


def analyze_chunk(documents: list[Document], settings: Settings) -> list[Analysis | SitroomError]:
    """A worker's task: a few articles per task, so scheduling costs little next to parsing."""
    return [analyze_or_error(d, settings) for d in documents]


# Before an article this long (characters) is analysed, the run stores what it has (see
# ``Checkpoint``): a slow article must never cost finished work. A length rule, not a timer,
# keeps batches the same from run to run.
FLUSH_CHARS = 20_000
# Articles parsed as one stream (``analyze_stream``) before their results go to the store.
STREAM_GROUP = 64


class Checkpoint:
    """Passed down the result stream before a long article: store what came before it now."""


CHECKPOINT = Checkpoint()


class LocalAnalyzer:
    """Analyse in this process: ordinary articles as one parse stream, a long one alone after a checkpoint."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def map(self, items: Iterable[Any]) -> Iterator[Any]:
        group: list[Any] = []
        for item in items:
            if isinstance(item, Document) and len(item.text) > FLUSH_CHARS:
                yield from analyze_stream(group, self.settings)
                group = []
                yield CHECKPOINT
                yield analyze_or_error(item, self.settings)
                continue
            group.append(item)
            if sum(isinstance(x, Document) for x in group) >= STREAM_GROUP:
                yield from analyze_stream(group, self.settings)
                group = []
        yield from analyze_stream(group, self.settings)

    def close(self) -> None:
        pass


class DaskAnalyzer:
    """Analyse on a Dask cluster: documents go out in chunks, a bounded number in flight.

    Reading runs ahead of the store by at most ``window`` chunks, so memory stays flat however
    long the input; the spaCy model is loaded once per worker process (it is cached there).
    """

    def __init__(self, client: Any, settings: Settings, *, chunk: int = 4, window: int | None = None) -> None:
        self.client = client
        self.settings = settings
        self.chunk = max(1, chunk)
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        self.window = window or 3 * workers
        self._settings_future = client.scatter(settings, broadcast=True)

    def _submit(self, documents: list[Document]) -> Any:
        return self.client.submit(analyze_chunk, documents, self._settings_future, pure=False)

    def map(self, items: Iterable[Any]) -> Iterator[Any]:
        # Each queue entry is a passed-through item, or a future with the count of its documents.
        queue: deque[tuple[str, Any]] = deque()
        pending: list[Any] = []   # items held back until the current chunk is submitted
        chunk: list[Document] = []
        in_flight = 0

        def submit() -> None:
            nonlocal chunk, in_flight
            if chunk:
                queue.append(("future", self._submit(chunk)))
                in_flight += 1
                chunk = []
            queue.extend(("item", p) for p in pending)
            pending.clear()

        def drain(until: int) -> Iterator[Any]:
            nonlocal in_flight
            while queue and (in_flight > until or queue[0][0] == "item"):
                kind, value = queue.popleft()
                if kind == "item":
                    yield value
                else:
                    in_flight -= 1
                    yield from value.result()

        for item in items:
            if isinstance(item, Document):
                if pending:   # keep order: what came after an open chunk waits for it
                    submit()
                chunk.append(item)
                if len(chunk) >= self.chunk:
                    submit()
            elif chunk:
                pending.append(item)
            else:
                queue.append(("item", item))
            yield from drain(self.window)
        submit()
        yield from drain(0)

    def close(self) -> None:
        pass   # the client belongs to whoever opened it (see ``cluster.dask_client``)
