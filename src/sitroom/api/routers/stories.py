"""Stories: the claims that belong together around one claim, or one actor's claims in a period."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from ...errors import BadOption, DocumentNotFound
from ...ledger.story import story
from ..deps import Conn
from ..models import ErrorResponse, Story
from ..security import require_read

router = APIRouter(tags=["stories"], dependencies=[Depends(require_read)],
                   responses={422: {"model": ErrorResponse}, 401: {"model": ErrorResponse},
                              403: {"model": ErrorResponse}, 404: {"model": ErrorResponse}})


@router.get("/stories", response_model=Story,
            summary="One story: main claims with who asserts, denies or cannot confirm, figures, timeline, articles")
def get_story(conn: Conn,
              claim: Annotated[str | None, Query(max_length=64, pattern=r"^[0-9a-zA-Z]*$",
                                                 description="a claim id or a unique prefix")] = None,
              actor: Annotated[str | None, Query(max_length=40, pattern=r"^[A-Za-z0-9_:.\- ]*$",
                                                 description="actor code, e.g. PRK")] = None,
              since: Annotated[str | None, Query(pattern=r"^\d{4}-\d\d-\d\d$", description="YYYY-MM-DD")] = None,
              until: Annotated[str | None, Query(pattern=r"^\d{4}-\d\d-\d\d$", description="YYYY-MM-DD")] = None,
              limit: Annotated[int, Query(ge=1, le=50, description="main claims")] = 6) -> Story:
    if not (claim or actor):
        raise BadOption("a story needs a claim or an actor", hint="GET /api/v1/stories?claim=ID or ?actor=PRK")
    found = story(conn, claim_id=claim or None, actor=(actor or "").strip() or None, since=since, until=until,
                  limit=limit)
    if claim and not found["claims"]:
        raise DocumentNotFound(f"no claim with id {claim!r}", hint="GET /api/v1/claims lists claim ids")
    return Story.model_validate(found)
