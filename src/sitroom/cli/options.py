"""Options shared by the commands that can analyse on a Dask cluster (ingest, batch, watch)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..config import Settings
    from ..run.analyzers import Analyzer

WORKERS_HELP = ("Analyse on a local Dask cluster of N worker processes (1: in this process). "
                "Default: one per core when the input has more than a few articles.")
SCHEDULER_HELP = "Analyse on an existing Dask cluster, e.g. tcp://HOST:8786."


@contextmanager
def analyzer_for(inputs: list[str], glob: str, workers: int | None, scheduler: str | None,
                 settings: Settings) -> Iterator[Analyzer]:
    """In this process for one worker, else on a Dask cluster (imported only then)."""
    from ..run.analyzers import DaskAnalyzer, LocalAnalyzer

    if not scheduler:
        if workers is None:
            from ..run.cluster import default_workers

            workers = default_workers(inputs, glob)
        if workers == 1:
            yield LocalAnalyzer(settings)
            return
    from ..run.cluster import dask_client

    with dask_client(workers, scheduler) as client:
        yield DaskAnalyzer(client, settings)
