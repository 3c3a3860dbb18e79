"""Dask clusters for the analysis: a LocalCluster of worker processes, or an existing scheduler.

Dask is imported here only, so that commands which do not ask for workers start as fast as before.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ..errors import BadOption, ClusterUnreachable
from ..ingest.sources import expand

SCHEDULER_TIMEOUT = "10s"
FEW_ARTICLES = 8   # above this many input files, the default is one worker per core


def default_workers(inputs: Iterable[str], glob: str = "**/*") -> int:
    """One worker per core when the input has more than a few articles, else analyse in this process.

    Counted cheaply before reading: one per file, one per line of a JSONL dump (its first MiB).
    Starting workers and loading the model in each costs seconds, which only a larger input repays.
    """
    cores = os.cpu_count() or 1
    if cores < 2:
        return 1
    count = 0
    for item in expand(list(inputs), glob):
        count += _articles_in(item)
        if count > FEW_ARTICLES:
            return cores
    return 1


def _articles_in(item: str) -> int:
    path = Path(item)
    if path.suffix.lower() not in (".jsonl", ".ndjson") or not path.is_file():
        return 1
    with path.open("rb") as f:
        return max(1, f.read(1 << 20).count(b"\n"))


@contextmanager
def dask_client(workers: int | None = None, scheduler: str | None = None) -> Iterator[Any]:
    """A ``distributed.Client`` on ``scheduler``, or on a new LocalCluster of ``workers`` processes."""
    if workers is not None and workers < 1:
        raise BadOption(f"--workers {workers} is not a positive number", hint="use --workers 1 or more")
    from dask.distributed import Client, LocalCluster

    if scheduler:
        try:
            client = Client(scheduler, timeout=SCHEDULER_TIMEOUT)
        except (OSError, TimeoutError) as exc:
            raise ClusterUnreachable(f"cannot reach the Dask scheduler: {exc}", where=scheduler,
                                     hint="check the address (tcp://HOST:8786) and that 'dask scheduler' runs there"
                                     ) from exc
        try:
            yield client
        finally:
            client.close()
        return
    cluster = LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1, processes=True,
                           dashboard_address=None, silence_logs=logging.ERROR)
    client = Client(cluster)
    try:
        yield client
    finally:
        client.close()
        cluster.close()
