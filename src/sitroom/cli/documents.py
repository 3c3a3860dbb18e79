"""CLI: analyze, ingest, list, show, export, schema."""

from __future__ import annotations
