"""Claim status across sources: who asserts, who denies, and whether they are independent.

Each source (at the level ``mentions.source_key`` defines: one agency quoted by
five outlets is one source; relays in ``Attribution.via`` are never sources)
holds one position on a claim: its latest assertion or denial. Hedged
statements (could not confirm, estimates, conditions, no comment) leave a source
without a position. Status then follows from the sets of positions.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from json.encoder import encode_basestring_ascii as _str
from typing import Any, Literal

Polarity = Literal["assert", "deny", "hedge"]
# A source's position on a claim: a polarity, or "unconfirm" for one that only said it could not confirm.
Position = Literal["assert", "deny", "unconfirm", "hedge"]
Status = Literal["corroborated", "single-source", "disputed", "denied", "unconfirmed"]
STATUSES: tuple[Status, ...] = ("corroborated", "single-source", "disputed", "denied", "unconfirmed")

_ASSERTING = frozenset({"asserted", "reported", "planned"})


def polarity(stance: str, negated: bool, has_source: bool = True) -> Polarity:
    """What one statement does to the claim.

    "reported" with no named source is a rumour the outlet passes on, not a
    position; a negated assertion ("did not send troops") is a denial.
    """
    if stance == "denied":
        return "hedge" if negated else "deny"
    if stance in _ASSERTING:
        if stance == "reported" and not has_source:
            return "hedge"
        return "deny" if negated else "assert"
    return "hedge"


@dataclass(slots=True, unsafe_hash=True)
class Statement:
    """One mention as the status rules see it; ``order`` breaks ties between same-day statements.

    Read-only by convention (hashable by value), not frozen: one is built per mention of every
    claim recomputed, and a frozen dataclass's __init__ is several times slower.
    """

    source_key: str
    source_name: str | None
    stance: str
    negated: bool
    stated: str | None
    order: tuple = ()
    named_source: bool = True
    document_id: str | None = None
    code: str | None = None


@dataclass(slots=True)
class SourcePosition:
    source_key: str
    source_name: str | None
    position: Position
    stances: list[str] = field(default_factory=list)
    codes: list[str] = field(default_factory=list)
    mentions: int = 0
    documents: set[str] = field(default_factory=set)
    last_stated: str | None = None

    def as_dict(self) -> dict:
        return {
            "source": self.source_key,
            "name": self.source_name,
            "position": self.position,
            "stances": sorted(set(self.stances)),
            "codes": sorted(set(self.codes)),
            "mentions": self.mentions,
            "articles": len(self.documents),
            "last_stated": self.last_stated,
        }


def _opt(value: str | None) -> str:
    return "null" if value is None else _str(value)


def positions_json(listed: list[SourcePosition]) -> str:
    """``json.dumps([p.as_dict() for p in listed])``, byte for byte, without the dicts.

    Every claim the ledger writes carries this list, so its encoding is on the ingest hot path.
    """
    return "[" + ", ".join(map(_position_json, listed)) + "]"


def _position_json(p: SourcePosition) -> str:
    stances = p.stances if len(p.stances) == 1 else sorted(set(p.stances))
    codes = p.codes if len(p.codes) < 2 else sorted(set(p.codes))
    return (f'{{"source": {_str(p.source_key)}, "name": {_opt(p.source_name)}, "position": {_str(p.position)}, '
            f'"stances": [{", ".join(map(_str, stances))}], "codes": [{", ".join(map(_str, codes))}], '
            f'"mentions": {p.mentions!r}, '
            f'"articles": {len(p.documents)!r}, "last_stated": {_opt(p.last_stated)}}}')


def positions(statements: Iterable[Statement]) -> list[SourcePosition]:
    """Each source's latest assert/deny (by statement date, then order); hedges alone give 'hedge'."""
    by_source: dict[str, SourcePosition] = {}
    listed = statements if isinstance(statements, list) else list(statements)
    for st in listed if len(listed) < 2 else sorted(listed, key=_statement_order):
        pol = polarity(st.stance, st.negated, st.named_source)
        pos = by_source.get(st.source_key)
        if pos is None:
            pos = by_source[st.source_key] = SourcePosition(st.source_key, st.source_name, "hedge")
        pos.stances.append(st.stance + (" (negated)" if st.negated else ""))
        if st.code and st.code not in pos.codes:
            pos.codes.append(st.code)
        pos.mentions += 1
        if st.document_id:
            pos.documents.add(st.document_id)
        pos.last_stated = st.stated or pos.last_stated
        if pol != "hedge":
            pos.position = pol
        elif st.stance == "unconfirmed" and pos.position == "hedge":
            pos.position = "unconfirm"
        if pos.source_name is None and st.source_name:
            pos.source_name = st.source_name
    if len(by_source) < 2:
        return list(by_source.values())
    return sorted(by_source.values(), key=lambda p: (p.position, p.source_key))


WIRE_COPY_MIN_CHARS = 60


def one_per_wire_copy(statements: list[Statement], rows: list[Any]) -> list[Statement]:
    """Outlets printing the same wire copy in their own voice count once: the first outlet stands for all.

    Copy is recognised by identical evidence text (case and spacing aside) of at least
    ``WIRE_COPY_MIN_CHARS`` under different outlet keys (short clauses such as "South Korea
    summoned Russia's ambassador on Monday" coincide across independent reports); ``rows``
    carry ``evidence_text`` in the order of ``statements``.
    """
    first: dict[str, str] = {}
    out = []
    for st, r in zip(statements, rows, strict=True):
        if st.source_key.startswith("outlet:") and len(r.evidence_text or "") >= WIRE_COPY_MIN_CHARS:
            copy = " ".join(r.evidence_text.casefold().split())
            key = first.setdefault(copy, st.source_key)
            if key != st.source_key:
                st = Statement(key, st.source_name, st.stance, st.negated, st.stated, st.order, st.named_source,
                               st.document_id, st.code)
        out.append(st)
    return out


def _statement_order(s: Statement) -> tuple:
    return s.stated or "", s.order


_ONE_SOURCE: dict[str, Status] = {"assert": "single-source", "deny": "denied", "unconfirm": "unconfirmed",
                                  "hedge": "unconfirmed"}


def status(sources: Iterable[SourcePosition]) -> Status:
    """Disputed beats denied beats corroborated (>=2 independent assert) beats single-source."""
    listed = sources if isinstance(sources, list) else list(sources)
    if len(listed) == 1:   # most claims: what the rules below give for a lone source
        return _ONE_SOURCE[listed[0].position]
    asserting = {p.source_key for p in listed if p.position == "assert"}
    denying = {p.source_key for p in listed if p.position == "deny"}
    if asserting and denying:
        return "disputed"
    if denying:
        return "denied"
    if len(asserting) >= 2:
        return "corroborated"
    if asserting:
        return "single-source"
    return "unconfirmed"


def summarise(statements: Iterable[Statement]) -> tuple[Status, list[SourcePosition]]:
    pos = positions(statements)
    return status(pos), pos
