"""Watch sources: poll feeds and folders, ingest what is new, never re-ingest.

Feeds are fetched with ``If-None-Match`` / ``If-Modified-Since``, so an unchanged feed costs one
304 reply; folders are rescanned and only new or changed files (by size and modification time)
are read. Whatever is read goes through the ingest policy, whose identity check skips articles
already stored before parsing: a restarted watch reads again but stores nothing twice. A source
that fails (network, server error) is retried after a delay that doubles each time (capped), and
the others go on.
"""

from __future__ import annotations

import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputNotFound, InputTooLarge, InputUnreadable, SitroomError
from ..ingest import Failure, read_inputs
from ..ingest.base import Source
from ..ingest.fetch import USER_AGENT
from ..ingest.sources import choose_reader, expand
from ..records import Document
from .ingest import IngestRun

MIN_BACKOFF = 30.0     # seconds before a failed source is tried again, however short the interval
MAX_BACKOFF = 3600.0   # a source down for hours is still tried hourly


@dataclass
class WatchedSource:
    """One feed URL, folder or file, with what the last poll learnt about it."""

    where: str
    etag: str | None = None
    modified: str | None = None
    files: dict[str, tuple[int, int]] = field(default_factory=dict)   # path -> (size, mtime_ns)
    failures: int = 0
    next_due: float = 0.0

    @property
    def is_url(self) -> bool:
        return self.where.startswith(("http://", "https://"))


@dataclass(frozen=True)
class CycleReport:
    cycle: int
    new: int
    unchanged: int
    failed: int
    not_modified: int   # sources with nothing new since the last poll
    backing_off: int    # sources skipped this cycle after errors
    errors: tuple[str, ...] = ()

    def line(self) -> str:
        return (f"cycle {self.cycle}: {self.new} new · {self.unchanged} unchanged · {self.failed} failed · "
                f"{self.not_modified} sources not modified · {self.backing_off} backing off")


def _fetch_feed(source: WatchedSource, max_bytes: int, timeout: float) -> bytes | None:
    """The feed's bytes, or None when the server says it has not changed (304)."""
    headers = {"User-Agent": USER_AGENT}
    if source.etag:
        headers["If-None-Match"] = source.etag
    if source.modified:
        headers["If-Modified-Since"] = source.modified
    request = urllib.request.Request(source.where, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - user-given URL
            data = response.read(max_bytes + 1)
            etag, modified = response.headers.get("ETag"), response.headers.get("Last-Modified")
    except urllib.error.HTTPError as exc:
        if exc.code == 304:
            return None
        raise InputUnreadable(f"the server answered {exc.code} {exc.reason}", where=source.where,
                              hint="the source is retried with a growing delay") from exc
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise InputUnreadable(f"cannot fetch the feed: {exc}", where=source.where,
                              hint="the source is retried with a growing delay") from exc
    if len(data) > max_bytes:
        raise InputTooLarge(f"the feed is larger than {max_bytes} bytes", where=source.where,
                            hint="raise SITROOM_MAX_BYTES")
    source.etag, source.modified = etag, modified
    return data


def _changed_files(source: WatchedSource, glob: str) -> list[str]:
    path = Path(source.where)
    if not path.exists():
        raise InputNotFound(f"no such file or folder: {path}", where=source.where, hint="check the path")
    changed = []
    for item in expand([source.where], glob):
        stat = Path(item).stat()
        seen = (stat.st_size, stat.st_mtime_ns)
        if source.files.get(item) != seen:
            source.files[item] = seen
            changed.append(item)
    return changed


@dataclass
class Watcher:
    """Polls ``sources`` every ``interval`` seconds into ``run``'s store until stopped."""

    run: IngestRun
    sources: list[WatchedSource]
    interval: float = 300.0
    glob: str = "**/*"
    timeout: float = 30.0
    on_cycle: Callable[[CycleReport], None] | None = None
    stop_event: threading.Event = field(default_factory=threading.Event)

    @classmethod
    def of(cls, run: IngestRun, sources: list[str], **options: object) -> Watcher:
        return cls(run, [WatchedSource(s) for s in sources], **options)  # type: ignore[arg-type]

    def stop(self) -> None:
        self.stop_event.set()

    def watch(self, max_cycles: int | None = None) -> list[CycleReport]:
        reports: list[CycleReport] = []
        cycle = 0
        while not self.stop_event.is_set() and (max_cycles is None or cycle < max_cycles):
            cycle += 1
            reports.append(self.poll(cycle))
            if max_cycles is not None and cycle >= max_cycles:
                break
            self.stop_event.wait(self.interval)
        return reports

    def poll(self, cycle: int = 1) -> CycleReport:
        """One pass over the sources that are due; what is new is ingested and counted."""
        before = (self.run.counts.stored + self.run.counts.new_version, self.run.counts.unchanged,
                  self.run.counts.failed, len(self.run.errors))
        now = time.monotonic()
        not_modified = backing_off = 0
        for source in self.sources:
            if self.stop_event.is_set():
                break
            if source.next_due > now:
                backing_off += 1
                continue
            try:
                items = list(self._read(source))
            except SitroomError as exc:
                source.failures += 1
                source.next_due = now + min(max(self.interval, MIN_BACKOFF) * 2 ** (source.failures - 1), MAX_BACKOFF)
                self.run.counts.failed += 1
                self.run.errors.append(exc)
                if self.run.on_error:
                    self.run.on_error(exc)
                continue
            source.failures, source.next_due = 0, 0.0
            if not items:
                not_modified += 1
                continue
            self.run.ingest_items(items)
        c = self.run.counts
        report = CycleReport(cycle, c.stored + c.new_version - before[0], c.unchanged - before[1],
                             c.failed - before[2], not_modified, backing_off,
                             tuple(str(e) for e in self.run.errors[before[3]:]))
        if self.on_cycle:
            self.on_cycle(report)
        return report

    def _read(self, source: WatchedSource) -> Iterator[Document | Failure]:
        settings = self.run.settings
        if source.is_url:
            data = _fetch_feed(source, settings.max_bytes, self.timeout)
            if data is None:
                return
            feed = Source(source.where, data, url=source.where)
            yield from choose_reader(feed).read(feed, settings)
            return
        changed = _changed_files(source, self.glob)
        if changed:
            yield from read_inputs(changed, settings, glob=self.glob)
