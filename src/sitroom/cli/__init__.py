"""The ``sitroom`` command: a thin Typer layer over the library.

Each verb group lives in its own module and registers its commands on ``app``.
"""

from __future__ import annotations

from . import documents, evaluate, ledger, scale, serve, story  # noqa: F401,E402  (register commands)
from .app import app, main

__all__ = ["app", "main"]
