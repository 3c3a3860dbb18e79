"""sitroom: news reports in, a sourced situation picture out."""

from __future__ import annotations

__version__ = "0.1.0"

from .analysis import analyze, analyze_document  # noqa: E402
from .config import Settings  # noqa: E402

__all__ = ["Settings", "__version__", "analyze", "analyze_document", "open_store"]


def open_store(url: str | None = None, settings: Settings | None = None):  # type: ignore[no-untyped-def]
    """Open (and migrate) the store at ``url`` or the settings' default."""
    from .store import Store

    settings = settings or Settings()
    return Store.open(url or settings.db_url)
