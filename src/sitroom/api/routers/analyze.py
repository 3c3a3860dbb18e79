"""POST /analyze: text in, a sitroom/1 record out, nothing stored."""

from __future__ import annotations

from datetime import date, datetime

from fastapi import APIRouter, Depends
from fastapi.concurrency import run_in_threadpool

from ...analysis import analyze_document
from ...errors import BadDate
from ...ingest.text import document_from_text
from ...records import Analysis
from ..models import DocumentCreate, ErrorResponse
from ..security import require_write

router = APIRouter(tags=["analyze"], responses={code: {"model": ErrorResponse} for code in (401, 403, 413, 422)})


def _bad(what: str, value: str) -> BadDate:
    return BadDate(f"{what} {value!r} is not an ISO date", hint="write it as YYYY-MM-DD (or an ISO datetime)")


def _date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError as exc:
        raise _bad("date", value or "") from exc


def _datetime(value: str | None) -> datetime | None:
    try:
        return datetime.fromisoformat(value) if value else None
    except ValueError as exc:
        raise _bad("published", value or "") from exc


def analyse_one(doc: DocumentCreate) -> Analysis:
    """The same path as 'sitroom analyze' on a text file: header lines recognised, then the pipeline."""
    fallback = _date(doc.date)
    published = _datetime(doc.published)
    fields: dict[str, object] = {"title": doc.title, "url": doc.url, "outlet": doc.outlet, "published": published}
    document = document_from_text(doc.text, fallback_date=fallback, where="<request>",
                                  **{k: v for k, v in fields.items() if v is not None})  # type: ignore[arg-type]
    if published is not None and document.reference_date_source != "published":
        document = document.model_copy(update={"reference_date": published.date().isoformat(),
                                               "reference_date_source": "published"})
    return analyze_document(document)


# A write in the sense of the rule: it spends the server's CPU on the caller's text.
@router.post("/analyze", response_model=Analysis, response_model_by_alias=True,
             dependencies=[Depends(require_write)], summary="Analyse a text and return its record (nothing stored)")
async def analyze(doc: DocumentCreate) -> Analysis:
    return await run_in_threadpool(analyse_one, doc)
