"""The app factory: one FastAPI app over one Store, the API under /api/v1 and the dashboard at /."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from urllib.parse import parse_qsl, urlencode

from fastapi import FastAPI
from starlette.types import ASGIApp, Receive, Scope, Send

from .. import __version__
from ..store import Store
from . import errors
from .security import BodyLimit, SecurityHeaders
from .settings import ApiSettings

API_PREFIX = "/api/v1"


class DropEmptyQuery:
    """``?actor=&type=ASSAULT`` means no actor filter: an HTML form sends every field, filled or not."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        raw = scope.get("query_string", b"") if scope["type"] == "http" else b""
        if raw:
            kept = [(k, v) for k, v in parse_qsl(raw.decode("latin-1"), keep_blank_values=True) if v != ""]
            scope = {**scope, "query_string": urlencode(kept).encode("latin-1")}
        await self.app(scope, receive, send)


def create_app(settings: ApiSettings, store: Store | None = None) -> FastAPI:
    """Build the app; ``store`` lets a caller share an open store (tests), otherwise one is opened here."""
    from .dashboard import views
    from .routers import analyze, claims, documents, events, exports, health, stories

    own_store = store is None
    opened = store or Store.open(settings.db_url)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        if own_store:
            opened.close()

    app = FastAPI(
        title="sitroom", version=__version__, lifespan=lifespan, docs_url=None, redoc_url=None,
        description="The sourced situation picture: documents, claims with who says so, events, timeline, actors. "
                    "Reads are open on localhost; writes need 'Authorization: Bearer KEY'.",
    )
    app.state.settings = settings
    app.state.store = opened
    errors.install(app)
    for module in (health, documents, claims, events, exports, analyze, stories):
        app.include_router(module.router, prefix=API_PREFIX)
    views.mount(app)
    if settings.cors_origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=list(settings.cors_origins), allow_methods=["GET", "POST"],
                           allow_headers=["Authorization", "Content-Type"])
    app.add_middleware(DropEmptyQuery)
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)
    app.add_middleware(SecurityHeaders)
    return app
