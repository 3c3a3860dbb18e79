"""Incremental ledger update, called by the store inside each article's transaction.

One article touches only the claims its events join (found through the
``ix_ledger_claims_match`` index) and, for a new version of a story, the claims
of the version it replaces; nothing else is read or recomputed. An article
whose mentions are already in the ledger is skipped, so re-ingesting is a no-op.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, select

from ..records import Analysis
from ..tables import columns_of
from . import bulk, candidates, dates, identity, recompute
from .mentions import Mention
from .reading import mentions_from
from .schema import claims, mentions, numbers


def claim_id_for(document_id: str, event_id: str) -> str:
    """Deterministic: the same corpus ingested in the same order gives the same claim ids."""
    return "c" + hashlib.sha1(f"{document_id}/{event_id}".encode()).hexdigest()[:15]


def apply(conn: Connection, analysis: Analysis, previous_id: str | None = None) -> None:
    """Add one article's event mentions to the ledger (the store's hook)."""
    apply_many(conn, [(analysis, previous_id)])


def apply_many(conn: Connection, items: Iterable[tuple[Analysis, str | None]]) -> int:
    """Add a batch of articles in the caller's transaction; returns the number of mentions added.

    The batch costs a fixed number of statements (existing-document check, one
    candidate query per chunk, one insert per table, one recompute), whatever
    its size; articles already in the ledger are skipped.
    """
    with bulk.no_cyclic_gc():
        return _apply(conn, list(items))


def _apply(conn: Connection, items: list[tuple[Analysis, str | None]]) -> int:
    todo = _new_articles(conn, items)
    if not todo:
        return 0
    found = candidates.fill_recipients(conn, [m for analysis, _ in todo for m in mentions_from(analysis)])
    before: dict[str, recompute.Before] = {}
    touched, fresh = _merge(conn, found, before)
    retired: set[str] = set()
    for _, previous_id in todo:
        if previous_id:
            retired |= supersede(conn, previous_id)
    # Claims founded in this batch are summarised from memory and written once; the others
    # (and any new claim an older version in this same batch fed) are recomputed from the database.
    in_memory = {cid: rows for cid, rows in fresh.items() if cid not in retired}
    bulk.insert(conn, claims, [skeleton for cid, (skeleton, _) in fresh.items() if cid not in in_memory])
    recompute.insert_fresh(conn, in_memory)
    recompute.claims_of(conn, (touched | retired) - set(in_memory), before)
    return len(found)


def _new_articles(conn: Connection, items: list[tuple[Analysis, str | None]]) -> list[tuple[Analysis, str | None]]:
    ids = list({a.document.id for a, _ in items})
    done: set[str] = set()
    for i in range(0, len(ids), 500):
        done |= set(conn.execute(select(mentions.c.document_id).distinct()
                                 .where(mentions.c.document_id.in_(ids[i:i + 500]))).scalars())
    out = []
    for analysis, previous_id in items:
        if analysis.document.id not in done:
            done.add(analysis.document.id)
            out.append((analysis, previous_id))
    return out


def supersede(conn: Connection, document_id: str) -> set[str]:
    """Retire an older version's mentions and numbers (kept, flagged) and return the claims they were in."""
    ids = {
        r.claim_id
        for r in conn.execute(
            select(mentions.c.claim_id).where(
                mentions.c.document_id == document_id, mentions.c.superseded.is_(False)
            )
        )
    }
    if ids:
        conn.execute(mentions.update().where(mentions.c.document_id == document_id).values(superseded=True))
        conn.execute(numbers.update().where(numbers.c.document_id == document_id).values(superseded=True))
    return ids


def _merge(
    conn: Connection, found: list[Mention], before: dict[str, recompute.Before]
) -> tuple[set[str], dict[str, tuple[dict[str, Any], list[Mention]]]]:
    """Attach each mention to its best claim, or found a new one.

    Returns the claims touched and, for claims founded in this batch, their skeleton
    row and mentions (not yet written: the caller writes them once, summarised).

    ``before`` receives each touched claim's state as it was before the batch, which the
    recompute needs to keep the actor network's counts in step.
    """
    probes = [identity.mention_key(m) for m in found]
    windows = [candidates.window(m, p) for m, p in zip(found, probes, strict=True)]
    keys: list[candidates.Key] = [(p.family, p.actor_key, p.recipient_key) for p in probes]
    stored = candidates.lookup(conn, zip(keys, windows, strict=True))
    fresh: dict[str, tuple[dict[str, Any], list[Mention]]] = {}
    mention_rows: list[tuple[Any, ...]] = []
    number_rows: list[dict[str, Any]] = []
    touched: set[str] = set()
    for m, probe, key, win in zip(found, probes, keys, windows, strict=True):
        pool = stored.setdefault(key, [])
        undated = probe.date_lo is None
        options = [(s.claim_id, s.key) for s in pool
                   if not (undated and win and s.key.date_lo and s.key.date_hi
                           and not dates.overlaps(win, (s.key.date_lo, s.key.date_hi)))] if pool else []
        chosen = identity.best(probe, options) if options else None
        if chosen is None:
            cid = claim_id_for(m.document_id, m.event_id)
            span = identity.claim_key_from(m)
            fresh[cid] = (skeleton(cid, m, span), [])
            pool.insert(0, candidates.Stored(cid, span, m.stated or "", False, 0, False))
            how = _FOUNDED
            if cid not in before:
                before[cid] = recompute.Before(False, 0, key[1], key[2], span.type, False)
        else:
            cid, match = chosen
            how = _match_json(match)
        if m.inferred:
            how = _with_inferred(how, m.inferred)
        if cid not in before:
            state = next(s for s in pool if s.claim_id == cid)
            before[cid] = recompute.Before(state.active, state.n_mentions, key[1], key[2], state.key.type,
                                           state.has_numbers)
        touched.add(cid)
        if cid in fresh:
            fresh[cid][1].append(m)
        mention_rows.append(mention_values(cid, m, how))
        rows = number_rows_for(cid, m) if m.numbers else None
        if rows:
            before[cid] = before[cid]._replace(has_numbers=True)
            number_rows.extend(rows)
    bulk.insert_values(conn, mentions, MENTION_COLUMNS, mention_rows)
    bulk.insert(conn, numbers, number_rows)
    return touched, fresh


_FOUNDED = json.dumps({"founded": True}, sort_keys=True)


@lru_cache(maxsize=4096)
def _match_json(match: identity.Match) -> str:
    """A merge's explanation as stored; the few distinct explanations are encoded once each."""
    return json.dumps(match.as_dict(), sort_keys=True)


def _with_inferred(how: str, inferred: tuple[str, ...]) -> str:
    """The merge explanation plus how the mention's missing fields were filled (rare: decoded and re-encoded)."""
    data = json.loads(how)
    data["inferred"] = list(inferred)
    return json.dumps(data, sort_keys=True)


def skeleton(cid: str, m: Mention, span: identity.ClaimKey | None = None) -> dict[str, Any]:
    """A claim founded by one mention; counts and status are filled by recompute.

    ``span`` is the mention's claim key when the caller has it already.
    """
    if span is None:
        span = identity.claim_key_from(m)
    lo = span.date_lo.isoformat() if span.date_lo else None
    return {
        "id": cid,
        "family": span.family,
        "type": m.type,
        "cameo": m.cameo,
        "intensity": m.intensity,
        "actor_key": m.actor_key,
        "actor_code": m.actor_code,
        "actor_name": m.actor_name,
        "recipient_key": m.recipient_key,
        "recipient_code": m.recipient_code,
        "recipient_name": m.recipient_name,
        "date_value": m.date_value,
        "grain": m.grain,
        "date_lo": lo,
        "date_hi": span.date_hi.isoformat() if span.date_hi else None,
        "sort_date": lo or m.stated,
        "place_name": m.place_name,
        "place_country": m.place_country,
        "lat": m.lat,
        "lon": m.lon,
        "geonameid": m.geonameid,
        "status": "unconfirmed",
        "active": False,
        "n_mentions": 0,
        "n_sources": 0,
        "n_articles": 0,
        "first_stated": m.stated,
        "last_stated": m.stated,
        "first_url": m.url,
        "sources": "[]",
        "numbers": "[]",
    }


# Derived from the table: ``mention_values`` builds its tuples in this (declaration) order.
MENTION_COLUMNS = columns_of(mentions, skip=("id",))


def mention_row(cid: str, m: Mention, how: dict[str, Any] | str) -> dict[str, Any]:
    """The mention as stored; ``how`` is the merge explanation, as a dict or already encoded."""
    return dict(zip(MENTION_COLUMNS, mention_values(cid, m, how), strict=True))


def mention_values(cid: str, m: Mention, how: dict[str, Any] | str) -> tuple[Any, ...]:
    """``mention_row`` as a tuple in ``MENTION_COLUMNS`` order: what the batch insert binds."""
    return (
        cid, m.document_id, m.event_id, m.type, m.cameo, m.intensity, m.actor_key, m.actor_code, m.actor_name,
        m.recipient_key, m.recipient_code, m.recipient_name, m.date_value, m.grain, m.place_name, m.place_country,
        m.lat, m.lon, m.geonameid, m.source_key, m.source_code, m.source_name, m.stance, m.negated,
        json.dumps(list(m.via)) if m.via else None, m.stated, m.outlet, m.url, m.published, m.evidence_start,
        m.evidence_end, m.evidence_text, how if isinstance(how, str) else json.dumps(how, sort_keys=True), False,
        m.family or None,
    )


def number_rows_for(cid: str, m: Mention) -> list[dict[str, Any]]:
    return [
        {
            "claim_id": cid,
            "document_id": m.document_id,
            "event_id": m.event_id,
            "claimant_key": n.claimant_key,
            "claimant_name": n.claimant_name,
            "value": n.value,
            "value_max": n.value_max,
            "unit": n.unit,
            "approximate": n.approximate,
            "text": n.text,
            "stated": m.stated,
            "superseded": False,
            "qualifier": n.qualifier,
        }
        for n in m.numbers
    ]


def unmerge(conn: Connection, document_id: str, event_id: str) -> str:
    """Undo a merge: the mention founds a claim of its own; both claims are recomputed. Returns the new id."""
    row = conn.execute(
        select(mentions).where(mentions.c.document_id == document_id, mentions.c.event_id == event_id)
    ).one()
    old = row.claim_id
    cid = claim_id_for(document_id, event_id)
    if cid == old:
        cid = "u" + cid[1:]
    data = dict(row._mapping)
    m = Mention(
        **{k: data[k] for k in Mention.__slots__ if k in data and k not in ("numbers", "via", "family")},  # type: ignore[arg-type]
        via=tuple(json.loads(data["via"] or "[]")),
        family=data.get("family") or "",
        numbers=(),
    )
    conn.execute(claims.insert(), [skeleton(cid, m)])
    how = json.dumps({"founded": True, "unmerged_from": old})
    conn.execute(mentions.update().where(mentions.c.id == row.id).values(claim_id=cid, match=how))
    conn.execute(
        numbers.update()
        .where(numbers.c.document_id == document_id, numbers.c.event_id == event_id)
        .values(claim_id=cid)
    )
    recompute.claims_of(conn, {old, cid}, {})
    return cid
