"""Claims (merged events with who says so), one claim's evidence, and the timeline."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path
from sqlalchemy import Connection

from ...errors import DocumentNotFound
from ...ledger import queries
from ..deps import ClaimFilters, Conn, Filters, PageParams, Paging
from ..models import ClaimDetail, ClaimPage, ErrorResponse
from ..security import require_read

router = APIRouter(tags=["claims"], dependencies=[Depends(require_read)],
                   responses={422: {"model": ErrorResponse}, 401: {"model": ErrorResponse},
                              403: {"model": ErrorResponse}})


def claim_page(conn: Connection, filters: ClaimFilters, page: Paging, *, oldest_first: bool = False) -> ClaimPage:
    """One page: ask the ledger for one row more than the page, to know whether another follows."""
    fn = queries.timeline if oldest_first else queries.list_claims
    rows = fn(conn, status=filters.status, actor=filters.actor, event_type=filters.event_type,
              since=filters.since, until=filters.until, text=filters.q, limit=page.offset + page.limit + 1)
    items = rows[page.offset:]
    return ClaimPage(items=items[:page.limit], limit=page.limit, offset=page.offset,  # type: ignore[arg-type]
                     next_offset=page.next_offset(len(items)))


@router.get("/claims", response_model=ClaimPage, summary="Claims, newest first, with status and sources")
def list_claims(conn: Conn, filters: Filters, page: PageParams) -> ClaimPage:
    return claim_page(conn, filters, page)


@router.get("/claims/{claim_id}", response_model=ClaimDetail, responses={404: {"model": ErrorResponse}},
            summary="One claim: sources with stance, every mention with its evidence offsets, numbers trail")
def get_claim(conn: Conn, claim_id: Annotated[str, Path(max_length=64)]) -> ClaimDetail:
    detail = queries.claim_detail(conn, claim_id)
    if detail is None:
        raise DocumentNotFound(f"no claim with id {claim_id!r}", hint="GET /api/v1/claims lists claim ids")
    return ClaimDetail.model_validate(detail)


@router.get("/timeline", response_model=ClaimPage, summary="Claims in date order, oldest first")
def timeline(conn: Conn, filters: Filters, page: PageParams) -> ClaimPage:
    return claim_page(conn, filters, page, oldest_first=True)
