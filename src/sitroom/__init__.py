"""sitroom: news reports in, a sourced situation picture out.

``analyze`` and ``analyze_document`` are resolved on first use: importing the package (as every
CLI command does) must not import spaCy, which only the commands that parse text need, nor
the settings machinery, which ``--version`` does not need.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from .analysis import analyze, analyze_document
    from .config import Settings

__all__ = ["Settings", "__version__", "analyze", "analyze_document", "open_store"]


def __getattr__(name: str) -> Any:
    if name in ("analyze", "analyze_document"):
        from . import analysis

        return getattr(analysis, name)
    if name == "Settings":
        from .config import Settings

        return Settings
    raise AttributeError(f"module 'sitroom' has no attribute {name!r}")


def open_store(url: str | None = None, settings: Settings | None = None):  # type: ignore[no-untyped-def]
    """Open (and migrate) the store at ``url`` or the settings' default."""
    from .config import Settings
    from .store import Store

    settings = settings or Settings()
    return Store.open(url or settings.db_url)
