"""Runs over many articles: the ingest policy (batches, retries, fail-fast, progress), analysis on a
Dask cluster, corpus-scale batch output without a store, and watching sources.

The CLI only renders what these report, so the Python API gets the same behaviour.
"""

from .ingest import IngestCounts, IngestRun, ingest_inputs

__all__ = ["IngestCounts", "IngestRun", "ingest_inputs"]
