"""CLI: ledger verbs: claims, timeline, actors, versions (see issue 7)."""

from __future__ import annotations
