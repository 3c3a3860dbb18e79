"""The dashboard's pages: the claims ledger, a claim, an article, the timeline, the map, the actor network.

Every page is rendered on the server from the same ledger queries as the API, with
Jinja2 autoescaping on; charts travel as JSON in a non-executable script block that
the package's own script hands to plotly (served from the installed plotly package).
"""

from __future__ import annotations

import time
from importlib import resources
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode, urlsplit

from fastapi import APIRouter, Depends, FastAPI, Query, Request
from fastapi.responses import FileResponse, HTMLResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from sqlalchemy import Connection, func, select

from ...errors import DocumentNotFound
from ...export import EXPORTERS
from ...ledger import queries
from ...ledger.schema import claims as claims_table
from ...store.versions import story_versions
from ..deps import Conn, Filters, PageParams, get_store
from ..security import CHART_CSP, require_read
from . import charts
from .article import article_context
from .claim import claim_context
from .downloads import router as downloads_router

HERE = Path(__file__).resolve().parent.parent
templates = Jinja2Templates(directory=str(HERE / "templates"))
templates.env.globals.update(status_colours=charts.STATUS_COLOURS, type_colours=charts.TYPE_COLOURS)


def safe_url(url: str | None) -> str | None:
    """An article's URL as a link only when it is http(s): a 'javascript:' URL stays text."""
    if url and urlsplit(url.strip()).scheme.lower() in ("http", "https"):
        return url.strip()
    return None


templates.env.filters["safe_url"] = safe_url


def source_label(source: Any) -> str:
    """A source by name; the ledger's key for an outlet's own voice ("outlet:…") reads as "the outlet"."""
    get = source.get if isinstance(source, dict) else lambda k: getattr(source, k, None)
    key = str(get("source") or "")
    return str(get("name") or ("the outlet" if key.startswith("outlet:") else key))


templates.env.filters["source_label"] = source_label
router = APIRouter(include_in_schema=False, dependencies=[Depends(require_read)])
COUNTS_TTL_S = 30.0


def _plotly_js() -> Path:
    return Path(str(resources.files("plotly") / "package_data" / "plotly.min.js"))


def render(request: Request, name: str, **context: Any) -> HTMLResponse:
    response = templates.TemplateResponse(request, name, context)
    if context.get("figure"):
        response.headers["content-security-policy"] = CHART_CSP
    return response


def status_counts(request: Request, conn: Connection) -> dict[str, int]:
    """Claims per status over the whole ledger (an index-only count), cached for a few seconds."""
    cached = getattr(request.app.state, "status_counts", None)
    if cached and time.monotonic() - cached[0] < COUNTS_TTL_S:
        return dict(cached[1])
    c = claims_table.c
    rows = conn.execute(select(c.status, func.count()).where(c.active.is_(True)).group_by(c.status)).all()
    counts = {str(status): int(n) for status, n in rows}
    request.app.state.status_counts = (time.monotonic(), counts)
    return counts


@router.get("/", response_class=HTMLResponse)
def ledger(request: Request, conn: Conn, filters: Filters, page: PageParams) -> HTMLResponse:
    from ..routers.claims import claim_page

    result = claim_page(conn, filters, page)
    query = filters.as_query()
    return render(request, "ledger.html", page_title="Claims ledger", claims=result.items, page=result,
                  filters=filters, counts=status_counts(request, conn), query=urlencode(query),
                  next_query=urlencode(query | {"offset": str(result.next_offset)}) if result.next_offset else None,
                  exporters=sorted(EXPORTERS.values(), key=lambda e: e.name))


@router.get("/claims/{claim_id}", response_class=HTMLResponse)
def claim(request: Request, conn: Conn, claim_id: str) -> HTMLResponse:
    detail = queries.claim_detail(conn, claim_id)
    if detail is None:
        raise DocumentNotFound(f"no claim with id {claim_id!r}", hint="the ledger at / lists claims")
    return render(request, "claim.html", page_title=f"Claim {claim_id}", **claim_context(detail))


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def article(request: Request, conn: Conn, doc_id: str,
            focus: Annotated[str | None, Query(max_length=40)] = None) -> HTMLResponse:
    analysis = get_store(request).get(doc_id)
    versions = story_versions(conn, analysis.document.id)
    return render(request, "article.html", page_title=analysis.document.title or analysis.document.id,
                  **article_context(analysis, versions, focus))


@router.get("/articles", response_class=HTMLResponse)
def articles(request: Request, conn: Conn, page: PageParams) -> HTMLResponse:
    from .. import queries as api_queries

    docs = api_queries.list_documents(conn, limit=page.limit + 1, offset=page.offset)
    return render(request, "articles.html", page_title="Articles", docs=docs[:page.limit],
                  next_offset=page.next_offset(len(docs)))


@router.get("/timeline", response_class=HTMLResponse)
def timeline(request: Request, conn: Conn, filters: Filters,
             limit: Annotated[int, Query(ge=1, le=5000)] = 2000) -> HTMLResponse:
    rows = queries.timeline(conn, status=filters.status, actor=filters.actor, event_type=filters.event_type,
                            since=filters.since, until=filters.until, text=filters.q, limit=limit)
    undated = sum(1 for r in rows if len((r.get("date_value") or "")[:10]) < 10)
    return render(request, "timeline.html", page_title="Timeline", rows=rows[:300], total=len(rows),
                  undated=undated, figure=charts.timeline(rows), filters=filters, query=urlencode(filters.as_query()))


@router.get("/map", response_class=HTMLResponse)
def place_map(request: Request, conn: Conn, filters: Filters,
              limit: Annotated[int, Query(ge=1, le=5000)] = 2000) -> HTMLResponse:
    rows = queries.list_claims(conn, status=filters.status, actor=filters.actor, event_type=filters.event_type,
                               since=filters.since, until=filters.until, text=filters.q, limit=limit)
    located = [r for r in rows if r.get("lat") is not None and r.get("lon") is not None]
    return render(request, "map.html", page_title="Map", rows=located[:300], total=len(rows), located=len(located),
                  figure=charts.place_map(located), filters=filters, query=urlencode(filters.as_query()))


@router.get("/network", response_class=HTMLResponse)
def network(request: Request, conn: Conn,
            actor: Annotated[str | None, Query(max_length=40)] = None,
            limit: Annotated[int, Query(ge=1, le=300)] = 60) -> HTMLResponse:
    pairs = queries.actor_network(conn, actor=actor or None, limit=limit)
    return render(request, "network.html", page_title="Actor network", pairs=pairs, actor=actor or "",
                  figure=charts.network(pairs))


def mount(app: FastAPI) -> None:
    """The pages, the package's static files, and plotly's bundle from the installed plotly package."""

    @app.get("/vendor/plotly.min.js", include_in_schema=False)
    def plotly_js() -> FileResponse:
        return FileResponse(_plotly_js(), media_type="text/javascript",
                            headers={"Cache-Control": "public, max-age=86400"})

    app.include_router(router)
    app.include_router(downloads_router)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
