"""Read side of the ledger: claims, timeline, actor network, one claim's evidence, story versions.

Each listing is a single range scan on one of the ``ledger_claims`` indexes
(status, actor, recipient, type or date, each paired with ``sort_date``) with a
LIMIT, so its cost does not grow with the size of the ledger. An actor filter
matches either side of the event, as two index scans merged.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, Select, and_, desc, func, or_, select, union

from ..errors import BadOption, DocumentNotFound
from .claims import STATUSES
from .mentions import iso3_codes
from .schema import claims, edges, mentions

CLAIM_COLUMNS = (
    "id",
    "type",
    "cameo",
    "intensity",
    "actor_code",
    "actor_key",
    "actor_name",
    "recipient_code",
    "recipient_key",
    "recipient_name",
    "date_value",
    "grain",
    "sort_date",
    "place_name",
    "place_country",
    "lat",
    "lon",
    "status",
    "n_mentions",
    "n_sources",
    "n_articles",
    "first_stated",
    "last_stated",
    "first_url",
    "sources",
    "numbers",
)


def _actor_filter(actor: str, key_col: Any, code_col: Any) -> Any:
    """'PRK' matches every PRK actor (PRK, PRKMIL, PRKGOV…); 'PRKMIL' exactly that code (an indexed equality)."""
    code = actor.strip().upper()
    key = code[:3] if code[:3] in iso3_codes() else code
    if code == key:
        return key_col == key
    return code_col == code


def _row(r: Any) -> dict[str, Any]:
    out = dict(r._mapping)
    for k in ("sources", "numbers"):
        if k in out:
            out[k] = json.loads(out[k] or "[]")
    return out


def _by_date(column: Any, newest_first: bool, conn: Connection) -> Any:
    """Undated claims last when newest first, first otherwise: SQLite's order, stated for PostgreSQL,
    which places NULLs the other way round."""
    if conn.dialect.name != "postgresql":
        return desc(column) if newest_first else column
    return desc(column).nulls_last() if newest_first else column.asc().nulls_first()


def _listing(conn: Connection, base: Select, actor: str | None, newest_first: bool, limit: int) -> list[dict]:
    sort = claims.c.sort_date
    # Order by the indexed column alone: a tie-breaker outside the index would force a sort of every match.
    order = (_by_date(sort, newest_first, conn),)
    if not actor:
        return [_row(r) for r in conn.execute(base.order_by(*order).limit(limit))]
    sides = [
        base.where(_actor_filter(actor, claims.c.actor_key, claims.c.actor_code))
        .order_by(*order)
        .limit(limit),
        base.where(_actor_filter(actor, claims.c.recipient_key, claims.c.recipient_code))
        .order_by(*order)
        .limit(limit),
    ]
    merged = union(*(select(s.subquery()) for s in sides)).subquery()
    outer = (_by_date(merged.c.sort_date, newest_first, conn),)
    return [_row(r) for r in conn.execute(select(merged).order_by(*outer).limit(limit))]


def _base(
    status: str | None, since: str | None, until: str | None, event_type: str | None, include_inactive: bool,
    text: str | None = None,
) -> Select:
    cols = [claims.c[name] for name in CLAIM_COLUMNS]
    q = select(*cols)
    if status:
        if status not in STATUSES:
            raise BadOption(f"unknown claim status {status!r}", hint="use one of: " + ", ".join(STATUSES))
        q = q.where(claims.c.status == status)
    if since:
        q = q.where(claims.c.sort_date >= since)
    if until:
        q = q.where(claims.c.sort_date <= until + "\uffff")
    if event_type:
        q = q.where(claims.c.type == event_type.upper())
    if not include_inactive:
        q = q.where(claims.c.active.is_(True))
    if text:
        # Names, place and sources: a scan within whatever the other filters left, so combine it with them.
        pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        q = q.where(or_(*(claims.c[c].like(pattern, escape="\\") for c in
                          ("actor_name", "recipient_name", "place_name", "sources", "first_url"))))
    return q


def list_claims(
    conn: Connection,
    *,
    status: str | None = None,
    actor: str | None = None,
    since: str | None = None,
    until: str | None = None,
    event_type: str | None = None,
    limit: int = 50,
    include_inactive: bool = False,
    text: str | None = None,
) -> list[dict[str, Any]]:
    """Merged events with their status and sources, newest first; ``text`` matches names, place and sources."""
    return _listing(conn, _base(status, since, until, event_type, include_inactive, text), actor, True, limit)


def timeline(
    conn: Connection,
    *,
    actor: str | None = None,
    event_type: str | None = None,
    since: str | None = None,
    until: str | None = None,
    status: str | None = None,
    limit: int = 200,
    text: str | None = None,
) -> list[dict[str, Any]]:
    """Merged events in date order (oldest first) with their claim status."""
    return _listing(conn, _base(status, since, until, event_type, False, text), actor, False, limit)


def actor_network(conn: Connection, *, actor: str | None = None, limit: int = 100) -> list[dict[str, Any]]:
    """Who acts on whom: one row per (actor, recipient), busiest first, with counts per event type."""
    e = edges.c
    live = and_(e.n_claims > 0, e.actor_key != "", e.recipient_key != "")  # both sides known
    where = [live, or_(e.actor_key == actor.strip().upper(), e.recipient_key == actor.strip().upper())] if actor \
        else [live]
    events, mentions_n = func.sum(e.n_claims).label("events"), func.sum(e.n_mentions).label("mentions")
    top = conn.execute(
        select(e.actor_key, e.recipient_key, events, mentions_n).where(*where)
        .group_by(e.actor_key, e.recipient_key).order_by(desc(events), desc(mentions_n), e.actor_key,
                                                         e.recipient_key).limit(limit)
    ).all()
    pairs = {(r.actor_key, r.recipient_key): {"actor": r.actor_key, "recipient": r.recipient_key,
                                               "events": int(r.events), "mentions": int(r.mentions), "types": {}}
             for r in top}
    for i in range(0, len(top), 200):
        chunk = top[i:i + 200]
        cond = or_(*(and_(e.actor_key == r.actor_key, e.recipient_key == r.recipient_key) for r in chunk))
        for r in conn.execute(select(e.actor_key, e.recipient_key, e.type, e.n_claims).where(live, cond)):
            pairs[(r.actor_key, r.recipient_key)]["types"][r.type] = r.n_claims
    return list(pairs.values())


def resolve_claim_id(conn: Connection, claim_id: str) -> str:
    """The one claim id starting with ``claim_id`` (tables show short ids); the text itself when none
    matches, so that the caller's not-found error names it; E011 when several do."""
    # A range on the primary key (not LIKE, which SQLite would answer by scanning every claim).
    found = conn.execute(select(claims.c.id).where(claims.c.id >= claim_id, claims.c.id < claim_id + "\uffff")
                         .order_by(claims.c.id).limit(2)).scalars().all()
    if len(found) > 1 and claim_id not in found:
        raise DocumentNotFound(f"more than one claim with id {claim_id!r}", hint="give more characters of the id")
    return claim_id if claim_id in found or not found else found[0]


def claim_detail(conn: Connection, claim_id: str) -> dict[str, Any] | None:
    """One claim (a unique id prefix is enough) with every mention, its evidence, and how it was matched."""
    claim_id = resolve_claim_id(conn, claim_id)
    row = conn.execute(select(*(claims.c[n] for n in CLAIM_COLUMNS)).where(claims.c.id == claim_id)).first()
    if row is None:
        return None
    out = _row(row)
    m = mentions.c
    out["mentions"] = [
        dict(r._mapping) | {"match": json.loads(r.match or "{}"), "via": json.loads(r.via or "[]")}
        for r in conn.execute(
            select(
                m.document_id,
                m.event_id,
                m.type,
                m.actor_code,
                m.recipient_code,
                m.date_value,
                m.source_key,
                m.source_name,
                m.stance,
                m.negated,
                m.via,
                m.stated,
                m.outlet,
                m.url,
                m.evidence_start,
                m.evidence_end,
                m.evidence_text,
                m.match,
                m.superseded,
            )
            .where(m.claim_id == claim_id)
            .order_by(m.stated, m.id)
        )
    ]
    return out
