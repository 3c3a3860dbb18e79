"""``sitroom serve``: the REST API (/api/v1) and the analyst's dashboard (/) over one Store.

Imported only by the ``serve`` command and by tests, so the CLI starts without FastAPI.
"""

from __future__ import annotations

from .app import API_PREFIX, create_app
from .settings import ApiSettings

__all__ = ["API_PREFIX", "ApiSettings", "create_app"]
