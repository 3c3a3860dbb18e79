"""Find the stored claims a batch of new mentions could join, in one indexed query per chunk.

Each probe is (family, actor key, recipient key, date window). The probes go
into a temporary table joined to ``ledger_claims`` on the ``ix_ledger_claims_match``
index (one prepared statement, whatever the batch size), so the database returns only
claims of the same key whose dates can
overlap (plus the key's undated claims stated near them); the finer comparison is identity.match.
An undated mention is looked up within ``UNDATED_WINDOW_DAYS`` of its statement
date, and an undated claim is found only by probes within that many days of when
it was first stated: news that gives no date speaks of the recent past, not of
any year.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from sqlalchemy import Column, Connection, MetaData, String, Table, and_, func, select, union_all

from . import bulk, dates, identity
from .mentions import Mention
from .schema import claims

UNDATED_WINDOW_DAYS = 120

Key = tuple[str, str, str]


@dataclass(slots=True)
class Stored:
    """A candidate claim as the merge step needs it, with its state before this batch."""

    claim_id: str
    key: identity.ClaimKey
    last_stated: str
    active: bool
    n_mentions: int
    has_numbers: bool


def window(m: Mention, probe: identity.ClaimKey) -> tuple[date, date] | None:
    """The probe's date window; for an undated mention, its statement date +/- UNDATED_WINDOW_DAYS."""
    if probe.date_lo and probe.date_hi:
        return probe.date_lo, probe.date_hi
    said = dates.interval(m.stated, None)
    if said is None:
        return None
    pad = timedelta(days=UNDATED_WINDOW_DAYS)
    return said[0] - pad, said[1] + pad


def _row_key(r: Any) -> identity.ClaimKey:
    return identity.ClaimKey(
        r.family, r.type, r.actor_key, r.actor_code, r.recipient_key, r.recipient_code,
        date.fromisoformat(r.date_lo) if r.date_lo else None,
        date.fromisoformat(r.date_hi) if r.date_hi else None,
        r.place_name, r.place_country, r.geonameid,
    )


_PROBE_META = MetaData()
# A per-connection scratch table (TEMPORARY): the batch's probes, joined to the claims in one statement.
_probe = Table("ledger_probe", _PROBE_META, Column("f", String), Column("a", String), Column("r", String),
               Column("lo", String), Column("hi", String), Column("slo", String), Column("shi", String),
               prefixes=["TEMPORARY"])
_PROBE_COLS = ("f", "a", "r", "lo", "hi", "slo", "shi")
_c = claims.c
_COLS = (_c.id, _c.family, _c.type, _c.actor_key, _c.actor_code, _c.recipient_key, _c.recipient_code, _c.date_lo,
         _c.date_hi, _c.place_name, _c.place_country, _c.geonameid, _c.last_stated, _c.active, _c.n_mentions,
         (_c.numbers != "[]").label("has_numbers"))
_SAME = and_(_c.family == _probe.c.f, _c.actor_key == _probe.c.a, _c.recipient_key == _probe.c.r)
_LOOKUP = union_all(
    select(*_COLS).select_from(_probe).join(claims, and_(_SAME, _c.date_lo <= _probe.c.hi, _c.date_hi >= _probe.c.lo)),
    select(*_COLS).select_from(_probe).join(claims, and_(_SAME, _c.date_lo.is_(None), _c.date_hi.is_(None),
                                                         _c.sort_date >= _probe.c.slo, _c.sort_date <= _probe.c.shi)),
)


@lru_cache(maxsize=8192)
def _iso_window(w: tuple[date, date] | None) -> tuple[str, str, str, str]:
    """A probe's window and its undated-claim band as the strings stored (many probes share a window)."""
    if w is None:
        return "0000", "9999", "0000", "9999"
    pad = timedelta(days=UNDATED_WINDOW_DAYS)
    return w[0].isoformat(), w[1].isoformat(), (w[0] - pad).isoformat(), (w[1] + pad).isoformat()


def lookup(conn: Connection, probes: Iterable[tuple[Key, tuple[date, date] | None]]) -> dict[Key, list[Stored]]:
    """Stored claims per key, most recently stated first."""
    # Flat (key + window) rows sort exactly as (key, window) pairs would: keys are all 3-tuples.
    wanted = sorted({k + _iso_window(w) for k, w in probes})
    found: dict[Key, dict[str, Stored]] = {}
    if not wanted:
        return {}
    _probe.create(conn, checkfirst=True)
    conn.execute(_probe.delete())
    bulk.insert_values(conn, _probe, _PROBE_COLS, wanted)
    for r in conn.execute(_LOOKUP):
        bucket = found.setdefault((r.family, r.actor_key, r.recipient_key), {})
        if r.id not in bucket:
            bucket[r.id] = Stored(r.id, _row_key(r), r.last_stated or "", bool(r.active), r.n_mentions or 0,
                                  bool(r.has_numbers))
    conn.execute(_probe.delete())
    return {k: sorted(v.values(), key=lambda s: s.last_stated, reverse=True) for k, v in found.items()}


def fill_recipients(conn: Connection, found: list[Mention]) -> list[Mention]:
    """A same-kind mention (a deployment) without a recipient takes the one its actor's deployment has.

    "The Kremlin dismissed reports that North Korean troops had been deployed": no
    recipient in the sentence, but the ledger (or this batch) already holds North
    Korea's deployment to Russia. The recipient most mentioned for the actor, among
    claims stated within ``UNDATED_WINDOW_DAYS``, is taken; the fill is recorded.
    """
    wanting = [m for m in found if m.family in identity.SAME_KIND and m.actor_key and not m.recipient_key]
    if not wanting:
        return found
    votes: dict[tuple[str, str], dict[str, int]] = {}
    for m in found:
        if m.family in identity.SAME_KIND and m.actor_key and m.recipient_key:
            tally = votes.setdefault((m.family, m.actor_key), {})
            tally[m.recipient_key] = tally.get(m.recipient_key, 0) + 1
    said = sorted(m.stated or "" for m in wanting)
    since = _shifted(said[0], -UNDATED_WINDOW_DAYS)
    actors = sorted({m.actor_key for m in wanting})
    rows = conn.execute(select(_c.family, _c.actor_key, _c.recipient_key, func.sum(_c.n_mentions).label("n"))
                        .where(_c.family.in_(sorted(identity.SAME_KIND)), _c.actor_key.in_(actors),
                               _c.recipient_key != "", _c.active.is_(True), _c.last_stated >= since)
                        .group_by(_c.family, _c.actor_key, _c.recipient_key))
    for r in rows:
        tally = votes.setdefault((r.family, r.actor_key), {})
        tally[r.recipient_key] = tally.get(r.recipient_key, 0) + int(r.n or 0)
    return [_with_recipient(m, votes) if m in wanting else m for m in found]


def _shifted(iso: str, days: int) -> str:
    span = dates.interval(iso[:10], None) if iso else None
    return (span[0] + timedelta(days=days)).isoformat() if span else "0000"


def _with_recipient(m: Mention, votes: dict[tuple[str, str], dict[str, int]]) -> Mention:
    tally = votes.get((m.family, m.actor_key))
    if not tally:
        return m
    key = max(sorted(tally), key=lambda k: tally[k])
    return replace(m, recipient_key=key, recipient_code=key,
                   inferred=m.inferred + (f"recipient: the ledger's {m.family.lower()} of {m.actor_key}",))
