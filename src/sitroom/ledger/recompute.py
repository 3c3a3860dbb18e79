"""Recompute the summaries of the claims one article touched: status, sources, numbers, counts.

Always recomputed from the claim's current (not superseded) mentions rather than
patched, so a claim's row never drifts from its evidence; the cost is bounded
by the claims touched, not by the size of the ledger.
"""

from __future__ import annotations

import json
from collections import namedtuple
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from typing import Any, NamedTuple

from sqlalchemy import Connection, bindparam, select
from sqlalchemy.dialects import postgresql, sqlite

from . import bulk, dates
from . import claims as claim_rules
from . import numbers as number_rules
from .mentions import Mention
from .schema import claims, edges, mentions, numbers

CHUNK = 500

_m, _c, _n = mentions.c, claims.c, numbers.c
_IDS: Any = bindparam("ids", expanding=True)
_BEFORE = select(_c.id, _c.active, _c.n_mentions, _c.actor_key, _c.recipient_key, _c.type,
                 (_c.numbers != "[]").label("has_numbers")).where(_c.id.in_(_IDS))
_MENTIONS = select(
    _m.id, _m.claim_id, _m.document_id, _m.source_key, _m.source_code, _m.source_name, _m.stance, _m.negated,
    _m.stated, _m.published, _m.evidence_start, _m.date_value, _m.grain, _m.intensity, _m.url, _m.place_name,
    _m.place_country, _m.lat, _m.lon, _m.geonameid, _m.evidence_text,
).where(_m.claim_id.in_(_IDS), _m.superseded.is_(False))
# _summary reads each mention row's fields by name a few dozen times: a namedtuple's attributes
# are C-level, a SQLAlchemy Row's are looked up through Python code (several times slower).
_MentionRow: Any = namedtuple("_MentionRow", [c.name for c in _MENTIONS.selected_columns])  # type: ignore[misc]
_mention_row: Callable[[Any], Any] = _MentionRow._make
_NUMBERS = select(numbers).where(_n.claim_id.in_(_IDS), _n.superseded.is_(False))
_COUNTS = ("status", "active", "n_mentions", "n_sources", "n_articles", "sources", "numbers", "first_stated",
           "last_stated")
_EDGE_KEYS = ("actor_key", "recipient_key", "type")
_EDGE_COUNTS = ("n_claims", "n_mentions")
_DETAILS = ("intensity", "date_value", "grain", "date_lo", "date_hi", "sort_date", "place_name", "place_country",
            "lat", "lon", "geonameid", "first_url")


class Before(NamedTuple):
    """A claim's state before the batch: what the actor network counted for it."""

    active: bool
    n_mentions: int
    actor_key: str
    recipient_key: str
    type: str
    has_numbers: bool


def _chunks(ids: Iterable[str]) -> Iterator[list[str]]:
    items = sorted(ids)
    for i in range(0, len(items), CHUNK):
        yield items[i:i + CHUNK]


def claims_of(conn: Connection, claim_ids: Iterable[str], before: dict[str, Before]) -> None:
    """Recompute the given claims from their current mentions; ``before`` may omit claims (they are read)."""
    ids = set(claim_ids)
    states = {k: v for k, v in before.items() if k in ids}
    for chunk in _chunks(ids - set(states)):
        for r in conn.execute(_BEFORE, {"ids": chunk}):
            states[r.id] = Before(bool(r.active), r.n_mentions or 0, r.actor_key, r.recipient_key, r.type,
                                  bool(r.has_numbers))
    by_claim: dict[str, list[Any]] = {i: [] for i in ids}
    for chunk in _chunks(ids):
        for m in map(_mention_row, conn.execute(_MENTIONS, {"ids": chunk})):
            by_claim[m.claim_id].append(m)
    figures: dict[str, list[number_rules.Figure]] = {i: [] for i in ids}
    for chunk in _chunks(i for i in ids if states[i].has_numbers):
        for r in conn.execute(_NUMBERS, {"ids": chunk}):
            figures[r.claim_id].append(number_rules.Figure(
                r.claimant_key, r.claimant_name, r.unit, r.value, r.value_max, r.approximate, r.text or "",
                r.stated, r.document_id, (r.id,), r.qualifier))
    updates = [_summary(cid, rows, figures[cid]) for cid, rows in by_claim.items()]
    full = [u for u in updates if u["active"]]
    empty = [u for u in updates if not u["active"]]
    bulk.update_by_id(conn, claims, [{k: u[k] for k in ("cid",) + _COUNTS + _DETAILS} for u in full])
    bulk.update_by_id(conn, claims, [{k: u[k] for k in ("cid",) + _COUNTS} for u in empty])
    _bump_edges(conn, states, {u["cid"]: u for u in updates})


def insert_fresh(conn: Connection, fresh: dict[str, tuple[dict[str, Any], list[Mention]]]) -> None:
    """Write claims founded in this batch in one go, summarised from the mentions in memory."""
    if not fresh:
        return
    rows, states, after = [], {}, {}
    for cid, (skeleton, found) in fresh.items():
        figures: list[number_rules.Figure] = []
        for m in found:
            if m.numbers:
                figures += [number_rules.Figure(n.claimant_key, n.claimant_name, n.unit, n.value, n.value_max,
                                                n.approximate, n.text, m.stated, m.document_id,
                                                (m.document_id, m.evidence_start, k), n.qualifier)
                            for k, n in enumerate(m.numbers)]
        summary = _summary(cid, found, figures)
        skeleton.update(summary)   # the skeleton is this batch's own: completed in place, not copied
        rows.append(skeleton)
        states[cid] = Before(False, 0, skeleton["actor_key"], skeleton["recipient_key"], skeleton["type"], False)
        after[cid] = summary
    columns = tuple(k for k in rows[0] if k != "cid")   # the summary's "cid" is the skeleton's "id"
    bulk.insert_values(conn, claims, columns, bulk.positional(rows, columns))
    _bump_edges(conn, states, after)


def _statement(r: Any) -> claim_rules.Statement:
    return claim_rules.Statement(
        r.source_key, r.source_name, r.stance, bool(r.negated), r.stated,
        (r.published or "", r.document_id, r.evidence_start), not r.source_key.startswith("outlet:"),
        r.document_id, r.source_code,
    )


def _positions(cid: str, rows: list[Any], figures: list[number_rules.Figure]) -> dict[str, Any]:
    """Status, sources and numbers: what every claim row carries, even one without mentions."""
    statements = [_statement(r) for r in rows]
    status, positions = claim_rules.summarise(claim_rules.one_per_wire_copy(statements, rows) if len(rows) > 1
                                              else statements)
    single = len(rows) == 1   # most claims: one mention, so no set, sort or scan is needed
    held = sum(1 for p in positions if p.position in ("assert", "deny"))
    return {
        "cid": cid,
        "status": status,
        "active": bool(rows),
        "n_mentions": len(rows),
        "n_sources": 1 if single else held or len(positions),
        "n_articles": 1 if single else len({r.document_id for r in rows}),
        "sources": claim_rules.positions_json(positions),
        # Most claims have no figure: their (constant) empty list is not encoded each time.
        "numbers": json.dumps([s.as_dict() for s in number_rules.series(figures)]) if figures else "[]",
    }


def _stated(rows: list[Any]) -> dict[str, Any]:
    stated = [r.stated for r in rows if r.stated]
    return {"first_stated": min(stated) if stated else None, "last_stated": max(stated) if stated else None}


def _intensity(rows: list[Any]) -> dict[str, Any]:
    values = [r.intensity for r in rows if r.intensity is not None]
    return {"intensity": round(sum(values) / len(values), 2) if values else None}


def _date(rows: list[Any]) -> dict[str, Any]:
    """The most precise date any mention gives stands for the event (ties: the earliest, then the first)."""
    best: tuple[int, tuple[date, date], Any] | None = None
    for r in rows:
        span = dates.interval(r.date_value, r.grain)
        if span is not None:
            width = (span[1] - span[0]).days
            if best is None or (width, span) < (best[0], best[1]):
                best = (width, span, r)
    if best is None:
        return {"date_value": None, "grain": None, "date_lo": None, "date_hi": None, "sort_date": None}
    _, span, r = best
    return {"date_value": r.date_value, "grain": r.grain, "date_lo": span[0].isoformat(),
            "sort_date": span[0].isoformat(), "date_hi": span[1].isoformat()}


_PLACE = ("place_name", "place_country", "lat", "lon", "geonameid")


def _place(rows: list[Any]) -> dict[str, Any]:
    placed = next((r for r in rows if r.place_name), None)
    return {k: getattr(placed, k) if placed is not None else None for k in _PLACE}


def _first_url(rows: list[Any]) -> dict[str, Any]:
    first = rows[0] if len(rows) == 1 else min(rows, key=lambda r: (r.published or "", r.document_id,
                                                                   r.evidence_start))
    return {"first_url": first.url}


# What a claim's row says about the event, each from its current mentions (in this order: the date's
# fallback for sorting is the first statement date).
SUMMARY_STEPS: tuple[tuple[str, Callable[[list[Any]], dict[str, Any]]], ...] = (
    ("statement dates", _stated),
    ("intensity", _intensity),
    ("most precise date", _date),
    ("first place named", _place),
    ("first article", _first_url),
)


def _summary(cid: str, rows: list[Any], figures: list[number_rules.Figure]) -> dict[str, Any]:
    out = _positions(cid, rows, figures)
    if not rows:
        out["first_stated"] = out["last_stated"] = None  # dates, place: kept as they were
        return out
    for _, step in SUMMARY_STEPS:
        out.update(step(rows))
    if out["sort_date"] is None:
        out["sort_date"] = out["first_stated"]
    return out


def _bump_edges(conn: Connection, before: dict[str, Before], after: dict[str, dict[str, Any]]) -> None:
    """Keep the actor network's counts in step with the claims' active flags and mention counts."""
    deltas: dict[tuple[str, str, str], list[int]] = {}
    for cid, old in before.items():
        new = after.get(cid)
        if new is None:
            continue
        d_claims = int(bool(new["active"])) - int(old.active)
        d_mentions = new["n_mentions"] - old.n_mentions
        if d_claims or d_mentions:
            acc = deltas.setdefault((old.actor_key, old.recipient_key, old.type), [0, 0])
            acc[0] += d_claims
            acc[1] += d_mentions
    if not deltas:
        return
    if bulk.add_counts(conn, edges, _EDGE_KEYS, _EDGE_COUNTS, [k + (dc, dm) for k, (dc, dm) in deltas.items()]):
        return
    rows = [
        {"actor_key": a, "recipient_key": r, "type": t, "n_claims": dc, "n_mentions": dm}
        for (a, r, t), (dc, dm) in deltas.items()
    ]
    insert = postgresql.insert(edges) if conn.dialect.name == "postgresql" else sqlite.insert(edges)
    stmt = insert.on_conflict_do_update(
        index_elements=[edges.c.actor_key, edges.c.recipient_key, edges.c.type],
        set_={
            "n_claims": edges.c.n_claims + insert.excluded.n_claims,
            "n_mentions": edges.c.n_mentions + insert.excluded.n_mentions,
        },
    )
    conn.execute(stmt, rows)
