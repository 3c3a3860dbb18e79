"""A story's stored versions and what each update changed: a read of the document tables.

The diff itself is a pure rule of the ledger (``ledger.versions.diff_versions``); which rows
belong to one story is the store's business.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, select

from ..errors import DocumentNotFound
from ..ledger.versions import diff_versions
from ..records import Analysis
from ..tables import documents, like_prefix


def story_versions(conn: Connection, doc_id: str) -> dict[str, Any]:
    """Every stored version of the story a document belongs to, and what each update changed."""
    docs = documents
    found = conn.execute(
        select(docs.c.id, docs.c.story_key).where(docs.c.id.like(like_prefix(doc_id), escape="\\")).limit(2)
    ).all()
    if len(found) != 1:
        what = "no document" if not found else "more than one document"
        raise DocumentNotFound(f"{what} with id {doc_id!r}", hint="run 'sitroom list' to see stored ids")
    key = found[0].story_key
    where = docs.c.story_key == key if key else docs.c.id == found[0].id
    rows = conn.execute(
        select(
            docs.c.id,
            docs.c.version,
            docs.c.title,
            docs.c.outlet,
            docs.c.published,
            docs.c.updated,
            docs.c.record,
        )
        .where(where)
        .order_by(docs.c.version)
    ).all()
    versions, changes = [], []
    previous: Analysis | None = None
    for r in rows:
        current = Analysis.from_json(r.record)
        versions.append(
            {
                "id": r.id,
                "version": r.version,
                "title": r.title,
                "outlet": r.outlet,
                "published": r.published,
                "updated": r.updated,
                "events": len(current.events),
                "quotes": len(current.quotes),
                "numbers": len(current.quantities),
            }
        )
        if previous is not None:
            changes.append(diff_versions(previous, current).as_dict())
        previous = current
    return {"story": key, "versions": versions, "changes": changes}
