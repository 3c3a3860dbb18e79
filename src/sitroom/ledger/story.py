"""One story on one screen: the claims that belong together, who holds which position, figures, articles.

A story is either the claims connected to one claim through the articles that
report it (every claim those articles mention, ranked by how much coverage it
has), or the claims of one actor in a period. Each read is bounded: the seed
claim's articles, then their mentions, then the few claims ranked first.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, desc, func, select

from ..errors import BadOption
from ..tables import documents
from .queries import CLAIM_COLUMNS, _row, list_claims, resolve_claim_id
from .schema import claims, mentions

MAIN_CLAIMS = 6
_POSITION_LISTS = (("assert", "asserts"), ("deny", "denies"), ("unconfirm", "cannot_confirm"), ("hedge", "hedges"))


def story(conn: Connection, *, claim_id: str | None = None, actor: str | None = None, since: str | None = None,
          until: str | None = None, limit: int = MAIN_CLAIMS) -> dict[str, Any]:
    """The story around a claim (``claim_id``) or of an actor in a period (``actor``, ``since``, ``until``)."""
    seed: str | None
    if claim_id:
        seed = resolve_claim_id(conn, claim_id)
        ranked = _connected(conn, seed, limit)
    elif actor:
        ranked = sorted(list_claims(conn, actor=actor, since=since, until=until, limit=500),
                        key=lambda c: (-c["n_mentions"], -c["n_sources"], c["id"]))[:limit]
        seed = ranked[0]["id"] if ranked else None
    else:
        raise BadOption("a story needs a claim id or --actor", hint="sitroom story CLAIM_ID, or --actor PRK")
    return {"seed": seed, "claims": [_positions(c) for c in ranked], "numbers": _numbers(ranked),
            "timeline": _timeline(conn, ranked), "articles": _articles(conn, ranked)}


def _connected(conn: Connection, seed: str, limit: int) -> list[dict[str, Any]]:
    m = mentions.c
    docs = select(m.document_id).where(m.claim_id == seed, m.superseded.is_(False)).distinct().scalar_subquery()
    counted = (select(m.claim_id, func.count().label("n")).where(m.document_id.in_(docs), m.superseded.is_(False))
               .group_by(m.claim_id).order_by(desc("n"), m.claim_id).limit(limit * 4).subquery())
    ids = [r.claim_id for r in conn.execute(select(counted.c.claim_id))]
    rows = {r.id: _row(r) for r in conn.execute(select(*(claims.c[n] for n in CLAIM_COLUMNS))
                                                .where(claims.c.id.in_(ids), claims.c.active.is_(True)))}
    ranked = sorted(rows.values(), key=lambda c: (c["id"] != seed, -c["n_mentions"], -c["n_sources"], c["id"]))
    return ranked[:limit]


def _positions(c: dict[str, Any]) -> dict[str, Any]:
    out = dict(c)
    for position, key in _POSITION_LISTS:
        out[key] = [s["source"] for s in c["sources"] if s["position"] == position]
    return out


def _numbers(ranked: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every figure of the story's claims in statement order, with its claimant and claim."""
    points = [
        {"stated": p["stated"], "claim": c["id"], "claimant": s["claimant"], "name": s["name"], "unit": s["unit"],
         "value": p["value"], "value_max": p["value_max"], "approximate": p["approximate"], "text": p["text"],
         "qualifier": p.get("qualifier"),
         "document": p["document"]}
        for c in ranked for s in c["numbers"] for p in s["points"]
    ]
    return sorted(points, key=lambda p: (p["stated"] or "", p["claimant"], p["value"]))


def _timeline(conn: Connection, ranked: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Who said what about the story's claims, day by day."""
    if not ranked:
        return []
    m = mentions.c
    rows = conn.execute(select(m.stated, m.claim_id, m.source_key, m.source_name, m.stance, m.outlet, m.document_id,
                               m.evidence_text)
                        .where(m.claim_id.in_([c["id"] for c in ranked]), m.superseded.is_(False))
                        .order_by(m.stated, m.id))
    return [dict(r._mapping) for r in rows]


def _articles(conn: Connection, ranked: list[dict[str, Any]]) -> list[dict[str, Any]]:
    if not ranked:
        return []
    m, d = mentions.c, documents.c
    ids = select(m.document_id).where(m.claim_id.in_([c["id"] for c in ranked])).distinct().scalar_subquery()
    rows = conn.execute(select(d.id, d.published, d.outlet, d.title, d.url).where(d.id.in_(ids))
                        .order_by(d.published, d.id))
    return [dict(r._mapping) for r in rows]
