"""A time budget per article, so one pathological input costs seconds, not the whole run.

The pipeline checks the budget between parse batches and between components. Where the
process can take a signal (the main thread of a Unix process), an interval timer also
interrupts a component in the middle of its work; elsewhere (threads, Windows) the checks
between steps are what holds.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from sitroom.errors import ArticleTooSlow


class Budget:
    """``seconds`` from now (None or 0: no limit); ``where`` names the article in the error."""

    def __init__(self, seconds: float | None, where: str | None = None) -> None:
        self.seconds = seconds if seconds and seconds > 0 else None
        self.deadline = time.monotonic() + self.seconds if self.seconds else None
        self.where = where
        self.stage = "parse"

    def error(self) -> ArticleTooSlow:
        return ArticleTooSlow(
            f"gave up after {self.seconds:g} s (in {self.stage})", where=self.where,
            hint="split the article, or raise SITROOM_ARTICLE_SECONDS (0 turns the budget off)")

    def check(self, stage: str) -> None:
        self.stage = stage
        if self.deadline is not None and time.monotonic() > self.deadline:
            raise self.error()

    @contextmanager
    def interrupting(self) -> Iterator[None]:
        """Also raise the error from a timer signal when the budget runs out, where signals can be used."""
        usable = (self.seconds is not None and hasattr(signal, "setitimer")
                  and threading.current_thread() is threading.main_thread())
        if not usable:
            yield
            return

        def on_alarm(signum: int, frame: FrameType | None) -> None:
            raise self.error()

        previous = signal.signal(signal.SIGALRM, on_alarm)
        started = time.monotonic()
        earlier, interval = signal.setitimer(signal.ITIMER_REAL, float(self.seconds or 0))
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
            if earlier:  # a timer the caller had set keeps running, less the time spent here
                signal.setitimer(signal.ITIMER_REAL, max(earlier - (time.monotonic() - started), 0.001), interval)
