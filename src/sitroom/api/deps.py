"""Request-scoped pieces: a connection to the store the app was built on, shared filters, paging."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Annotated, Literal, get_args

from fastapi import Depends, Query, Request
from sqlalchemy import Connection

from ..records import EventType
from ..store import Store

StatusName = Literal["corroborated", "single-source", "disputed", "denied", "unconfirmed"]
EVENT_TYPES = get_args(EventType)
MAX_OFFSET = 10_000


def get_store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def get_conn(request: Request) -> Iterator[Connection]:
    with get_store(request).engine.connect() as conn:
        yield conn


Conn = Annotated[Connection, Depends(get_conn)]


@dataclass(frozen=True)
class Paging:
    limit: int
    offset: int

    def next_offset(self, returned: int) -> int | None:
        nxt = self.offset + self.limit
        return nxt if returned > self.limit and nxt <= MAX_OFFSET else None


def paging(limit: Annotated[int, Query(ge=1, le=500, description="items per page")] = 50,
           offset: Annotated[int, Query(ge=0, le=MAX_OFFSET, description="items to skip")] = 0) -> Paging:
    return Paging(limit, offset)


PageParams = Annotated[Paging, Depends(paging)]


@dataclass(frozen=True)
class ClaimFilters:
    status: str | None
    actor: str | None
    event_type: str | None
    since: str | None
    until: str | None
    q: str | None

    def as_query(self) -> dict[str, str]:
        """The filters as URL parameters (the dashboard's links and downloads keep them)."""
        pairs = {"status": self.status, "actor": self.actor, "type": self.event_type, "since": self.since,
                 "until": self.until, "q": self.q}
        return {k: v for k, v in pairs.items() if v}


def claim_filters(
    status: Annotated[StatusName | None, Query(description="claim status")] = None,
    actor: Annotated[str | None, Query(max_length=40, pattern=r"^[A-Za-z0-9_:.\- ]*$",
                                       description="actor code on either side, e.g. PRK or PRKMIL")] = None,
    event_type: Annotated[Literal[EVENT_TYPES] | None, Query(alias="type",  # type: ignore[valid-type]
                                                             description="PLOVER event type")] = None,
    since: Annotated[date | None, Query(description="events on or after this date")] = None,
    until: Annotated[date | None, Query(description="events on or before this date")] = None,
    q: Annotated[str | None, Query(max_length=200, description="text in actor or place names or sources")] = None,
) -> ClaimFilters:
    return ClaimFilters(status, (actor or "").strip() or None, event_type, since.isoformat() if since else None,
                        until.isoformat() if until else None, q or None)


Filters = Annotated[ClaimFilters, Depends(claim_filters)]
