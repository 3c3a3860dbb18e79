"""Events as each article states them, and the actor network (who acts on whom)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from ...ledger import queries
from ...records import Stance
from .. import queries as api_queries
from ..deps import Conn, Filters, PageParams
from ..models import ActorPage, ErrorResponse, EventPage
from ..security import require_read

router = APIRouter(tags=["events"], dependencies=[Depends(require_read)],
                   responses={422: {"model": ErrorResponse}, 401: {"model": ErrorResponse},
                              403: {"model": ErrorResponse}})


@router.get("/events", response_model=EventPage, summary="Per-article events, newest first")
def list_events(conn: Conn, filters: Filters, page: PageParams,
                stance: Annotated[Stance | None, Query(description="the claim's stance in its article")] = None,
                document: Annotated[str | None, Query(max_length=64, pattern=r"^[0-9a-fA-F]*$",
                                                      description="document id or prefix")] = None) -> EventPage:
    rows = api_queries.list_events(conn, event_type=filters.event_type, actor=filters.actor, stance=stance,
                                   since=filters.since, until=filters.until, document=document,
                                   limit=page.limit + 1, offset=page.offset)
    return EventPage(items=rows[:page.limit], limit=page.limit, offset=page.offset,  # type: ignore[arg-type]
                     next_offset=page.next_offset(len(rows)))


@router.get("/actors", response_model=ActorPage, summary="Actor pairs, busiest first, with counts per event type")
def actors(conn: Conn, page: PageParams,
           actor: Annotated[str | None, Query(max_length=40, description="country or IGO key, e.g. PRK")] = None,
           ) -> ActorPage:
    rows = queries.actor_network(conn, actor=actor or None, limit=page.offset + page.limit + 1)
    items = rows[page.offset:]
    return ActorPage(items=items[:page.limit], limit=page.limit, offset=page.offset,  # type: ignore[arg-type]
                     next_offset=page.next_offset(len(items)))

