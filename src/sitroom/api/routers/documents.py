"""Stored documents: list, one full record, its story's versions, and ingest (a write: needs a key)."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.concurrency import run_in_threadpool

from ...errors import SitroomError
from ...records import Analysis
from ...store.versions import story_versions
from .. import queries as api_queries
from ..deps import Conn, PageParams, get_store
from ..models import (
    DocumentPage,
    DocumentsCreate,
    ErrorDetail,
    ErrorResponse,
    IngestItem,
    IngestResponse,
    StoryVersions,
)
from ..security import require_read, require_write
from .analyze import analyse_one

ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorResponse} for code in (401, 403, 404, 413, 422)}
DocId = Annotated[str, Path(min_length=1, max_length=64, pattern=r"^[0-9a-fA-F]+$",
                            description="document id (a unique prefix is enough)")]

router = APIRouter(tags=["documents"], responses=ERRORS)


@router.get("/documents", response_model=DocumentPage, dependencies=[Depends(require_read)],
            summary="Stored documents, last ingested first")
def list_documents(conn: Conn, page: PageParams,
                   since: Annotated[date | None, Query(description="reference date on or after")] = None,
                   until: Annotated[date | None, Query(description="reference date on or before")] = None,
                   outlet: Annotated[str | None, Query(max_length=200)] = None,
                   q: Annotated[str | None, Query(max_length=200, description="text in title or URL")] = None,
                   ) -> DocumentPage:
    rows = api_queries.list_documents(conn, since=since.isoformat() if since else None,
                                      until=until.isoformat() if until else None, outlet=outlet, q=q,
                                      limit=page.limit + 1, offset=page.offset)
    return DocumentPage(items=rows[:page.limit], limit=page.limit, offset=page.offset,  # type: ignore[arg-type]
                        next_offset=page.next_offset(len(rows)))


@router.get("/documents/{doc_id}", response_model=Analysis, response_model_by_alias=True,
            dependencies=[Depends(require_read)], summary="One document's full sitroom/1 record")
def get_document(request: Request, doc_id: DocId) -> Analysis:
    return get_store(request).get(doc_id)


@router.get("/documents/{doc_id}/versions", response_model=StoryVersions, dependencies=[Depends(require_read)],
            summary="Every stored version of the document's story and what each update changed")
def document_versions(conn: Conn, doc_id: DocId) -> StoryVersions:
    return StoryVersions.model_validate(story_versions(conn, doc_id))


def _ingest(request: Request, payload: DocumentsCreate) -> IngestResponse:
    """Analyse each document, then store the batch; one bad document fails alone, as with 'sitroom ingest'."""
    store = get_store(request)
    items: list[IngestItem | None] = []
    analyses: list[Analysis] = []
    for doc in payload.documents:
        try:
            analyses.append(analyse_one(doc))
            items.append(None)
        except SitroomError as exc:
            items.append(_failed(exc))
    results = iter(store.ingest_each(analyses))
    out: list[IngestItem] = []
    for item in items:
        if item is not None:
            out.append(item)
            continue
        result = next(results)
        out.append(_failed(result) if isinstance(result, SitroomError) else IngestItem(
            status=result.status, id=result.doc_id, previous_id=result.previous_id, version=result.version))
    counts = {k: sum(1 for i in out if i.status == k) for k in ("stored", "unchanged", "new_version", "failed")}
    return IngestResponse(items=out, counts=counts)


def _failed(exc: SitroomError) -> IngestItem:
    return IngestItem(status="failed", error=ErrorDetail(code=exc.code, message=exc.message, where=exc.where,
                                                         hint=exc.hint))


@router.post("/documents", response_model=IngestResponse, dependencies=[Depends(require_write)],
             summary="Analyse and store one or many documents (needs an API key)")
async def create_documents(request: Request, payload: DocumentsCreate) -> IngestResponse:
    return await run_in_threadpool(_ingest, request, payload)

