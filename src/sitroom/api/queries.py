"""Listings the ledger does not have: stored documents and per-article events, with the CLI's filters.

Each is one indexed query with LIMIT/OFFSET (documents by ingest order, events by
date), so a page costs the same whatever the store's size.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, desc, or_, select

from ..store import schema


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def list_documents(conn: Connection, *, since: str | None = None, until: str | None = None,
                   outlet: str | None = None, q: str | None = None, limit: int = 50, offset: int = 0,
                   ) -> list[dict[str, Any]]:
    d = schema.documents.c
    query = select(d.id, d.version, d.previous_id, d.title, d.outlet, d.url, d.reference_date, d.n_events,
                   d.n_quotes, d.ingested_at)
    if since:
        query = query.where(d.reference_date >= since)
    if until:
        query = query.where(d.reference_date <= until)
    if outlet:
        query = query.where(d.outlet == outlet)
    if q:
        query = query.where(or_(d.title.like(_like(q), escape="\\"), d.url.like(_like(q), escape="\\")))
    query = query.order_by(desc(d.ingested_at), d.id).limit(limit).offset(offset)
    return [dict(r._mapping) for r in conn.execute(query)]


def list_events(conn: Connection, *, event_type: str | None = None, actor: str | None = None,
                stance: str | None = None, since: str | None = None, until: str | None = None,
                document: str | None = None, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
    """Events as each article states them (before merging into claims), newest first."""
    e = schema.events.c
    query = select(e.doc_id.label("document_id"), e.id, e.type, e.mode, e.cameo, e.intensity, e.actor_code,
                   e.recipient_code, e.date, e.source_code, e.stance, e.negated, e.confidence, e.evidence_start,
                   e.evidence_end, e.evidence_text)
    if event_type:
        query = query.where(e.type == event_type.upper())
    if actor:
        code = actor.strip().upper()
        query = query.where(or_(e.actor_code.like(code + "%"), e.recipient_code.like(code + "%")))
    if stance:
        query = query.where(e.stance == stance)
    if since:
        query = query.where(e.date >= since)
    if until:
        query = query.where(e.date <= until + "\uffff")
    if document:
        query = query.where(e.doc_id.like(document + "%"))
    query = query.order_by(desc(e.date), e.doc_id, e.id).limit(limit).offset(offset)
    return [dict(r._mapping) for r in conn.execute(query)]
