"""CLI: sitroom eval (see issue 6)."""

from __future__ import annotations
