"""The app factory: one FastAPI app over one Store, the API under /api/v1 and the dashboard at /."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from .. import __version__
from ..store import Store
from . import errors
from .security import BodyLimit, SecurityHeaders
from .settings import ApiSettings

API_PREFIX = "/api/v1"


def create_app(settings: ApiSettings, store: Store | None = None) -> FastAPI:
    """Build the app; ``store`` lets a caller share an open store (tests), otherwise one is opened here."""
    from .dashboard import views
    from .routers import analyze, claims, documents, events, exports, health

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
    for module in (health, documents, claims, events, exports, analyze):
        app.include_router(module.router, prefix=API_PREFIX)
    views.mount(app)
    if settings.cors_origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=list(settings.cors_origins), allow_methods=["GET", "POST"],
                           allow_headers=["Authorization", "Content-Type"])
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)
    app.add_middleware(SecurityHeaders)
    return app
