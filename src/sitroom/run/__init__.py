"""Runs over many articles: the ingest policy (batches, retries, fail-fast, progress), analysis on a
Dask cluster, corpus-scale batch output without a store, and watching sources.

The CLI only renders what these report, so the Python API gets the same behaviour. The ingest
names resolve on first use, so that ``sitroom analyze`` (which reaches ``run.analyzers``) does
not import the store's stack (SQLAlchemy, the ledger).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .ingest import IngestCounts, IngestRun, ingest_inputs

__all__ = ["IngestCounts", "IngestRun", "ingest_inputs"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from . import ingest

        return getattr(ingest, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
