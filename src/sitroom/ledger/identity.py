"""Event identity: when two mentions describe the same happening, and why.

A mention joins a claim when type, actor, recipient, date and place are all
compatible. Every decision is returned as a ``Match`` naming how each field
agreed, and that explanation is stored with the mention, so that a reader can
check a merge and ``update.unmerge`` can undo it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from . import dates
from .mentions import Mention

# PLOVER types that newsrooms use for one happening: coded apart by different wording,
# merged by the ledger. Each group is named by its first member (the family key).
COMPATIBLE_TYPES: tuple[tuple[str, ...], ...] = (
    ("COOPERATE", "AID"),
    ("ACCUSE", "PROTEST"),
    ("COERCE", "SANCTION"),
)
_FAMILY = {t: group[0] for group in COMPATIBLE_TYPES for t in group}


def family(event_type: str) -> str:
    """The key under which compatible types are looked up together."""
    return _FAMILY.get(event_type, event_type)


@dataclass(slots=True, unsafe_hash=True)
class ClaimKey:
    """What the ledger knows about a merged event, enough to match a new mention against it.

    Read-only by convention (hashable by value), not frozen: two are built per event on the
    ingest hot path, and a frozen dataclass's __init__ is several times slower.
    """

    family: str
    type: str
    actor_key: str
    actor_code: str | None
    recipient_key: str
    recipient_code: str | None
    date_lo: date | None
    date_hi: date | None
    place_name: str | None
    place_country: str | None
    geonameid: int | None


@dataclass(slots=True, unsafe_hash=True)   # read-only by convention; see ClaimKey
class Match:
    """How each field agreed; ``score`` ranks candidates (higher = closer)."""

    type: str
    actor: str
    recipient: str
    date: str
    place: str
    score: int

    def as_dict(self) -> dict[str, str]:
        return {
            "type": self.type,
            "actor": self.actor,
            "recipient": self.recipient,
            "date": self.date,
            "place": self.place,
        }


def _codes(a: str | None, b: str | None) -> tuple[str, int]:
    """Actors are one party at country level (the key, compared before); the codes only rank candidates.

    "PRK" vs "PRKMIL" is one narrowed by a role; "PRKMIL" vs "PRKGOV" two organs of one
    state, which news uses interchangeably for the same act ("Pyongyang sent troops",
    "the North Korean army sent troops").
    """
    if (a or "") == (b or ""):
        return "same", 3
    if not a or not b:
        return "one unknown", 1
    if a.startswith(b) or b.startswith(a):
        return "broader/narrower", 2
    return "same country", 1


def _place(
    m_name: str | None, m_country: str | None, m_geo: int | None, key: ClaimKey
) -> tuple[str, int] | None:
    if not m_name or not key.place_name:
        return "one unknown", 1
    if m_geo is not None and m_geo == key.geonameid:
        return "same place", 3
    if m_name.casefold() == key.place_name.casefold():
        return "same name", 3
    if m_country and key.place_country and m_country == key.place_country:
        return "same country", 2
    return None


# Families whose members are one kind of act however coded, and an ongoing one: a troop deployment is
# reported over weeks, from several places ("arrived in Vladivostok", "now in Kursk"), so differently
# coded mentions need no date or place to agree, and place and day are attributes, not identity.
SAME_KIND = frozenset({"DEPLOY"})
# How far a same-kind mention's date reaches (each side) when the ledger looks for its claim.
SAME_KIND_WINDOW_DAYS = 60


def _type_how(a: ClaimKey, b: ClaimKey) -> tuple[str, int]:
    if a.type == b.type:
        return "same", 3
    if a.family in SAME_KIND:
        return "same kind", 2
    return "compatible", 1


def _date_how(a: ClaimKey, b: ClaimKey) -> tuple[str, int] | None:
    over = dates.overlaps(
        (a.date_lo, a.date_hi) if a.date_lo and a.date_hi else None,
        (b.date_lo, b.date_hi) if b.date_lo and b.date_hi else None,
    )
    if over is None:
        return "one unknown", 1
    if over:
        return "within window", 3
    return ("attribute (differs)", 0) if a.family in SAME_KIND else None


def match(mention_fields: ClaimKey, key: ClaimKey) -> Match | None:
    """Compare a mention (as a one-mention ClaimKey) with a claim; None when they are different events."""
    if (
        mention_fields.family != key.family
        or mention_fields.actor_key != key.actor_key
        or mention_fields.recipient_key != key.recipient_key
    ):
        return None
    if mention_fields.family in SAME_KIND and not mention_fields.actor_key:
        return None   # "a deployment" of nobody named: place and day no longer tell two of them apart
    type_how = _type_how(mention_fields, key)
    actor = _codes(mention_fields.actor_code, key.actor_code)
    recipient = _codes(mention_fields.recipient_code, key.recipient_code)
    date_how = _date_how(mention_fields, key)
    place = _place(mention_fields.place_name, mention_fields.place_country, mention_fields.geonameid, key)
    if place is None and mention_fields.family in SAME_KIND:
        place = ("attribute (differs)", 0)
    if date_how is None or place is None:
        return None
    if type_how[0] == "compatible" and date_how[0] != "within window" and place[1] < 3:
        return None  # differently coded and nothing else pins them to one happening
    score = type_how[1] + actor[1] + recipient[1] + date_how[1] + place[1]
    return Match(type_how[0], actor[0], recipient[0], date_how[0], place[0], score)


def best(mention_fields: ClaimKey, candidates: Iterable[tuple[str, ClaimKey]]) -> tuple[str, Match] | None:
    """The candidate claim id with the highest score; earlier candidates win ties (callers order them)."""
    chosen: tuple[str, Match] | None = None
    for claim_id, key in candidates:
        m = match(mention_fields, key)
        if m is not None and (chosen is None or m.score > chosen[1].score):
            chosen = (claim_id, m)
    return chosen


def mention_key(m: Mention) -> ClaimKey:
    """The mention as a probe: its date widened by its grain's tolerance (same-kind families: by weeks)."""
    span = dates.widened(m.date_value, m.grain)
    if span is not None and m.family in SAME_KIND:
        pad = timedelta(days=SAME_KIND_WINDOW_DAYS)
        span = (span[0] - pad, span[1] + pad)
    return _key(m, span)


def claim_key_from(m: Mention) -> ClaimKey:
    """A claim founded by one mention: its exact interval (the probe carries the tolerance)."""
    return _key(m, dates.interval(m.date_value, m.grain))


def _key(m: Mention, span: tuple[date, date] | None) -> ClaimKey:
    return ClaimKey(
        m.family or family(m.type),
        m.type,
        m.actor_key,
        m.actor_code,
        m.recipient_key,
        m.recipient_code,
        span[0] if span else None,
        span[1] if span else None,
        m.place_name,
        m.place_country,
        m.geonameid,
    )
