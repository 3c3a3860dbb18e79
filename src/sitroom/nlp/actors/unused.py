"""Names only the entity recogniser found, and that play no part in the analysis, are no actors.

The NER fallback keeps every PERSON, ORG, NORP or GPE entity the dictionary and the role
rules did not explain, so that an unknown organisation can be an antecedent ("the alliance")
or a speaker. Many are not actors at all: a town the small model tags PERSON ("Mar Del
Plata"), a car model, a product, a word in title case. Those that no event, quote, claim or
quantity refers to are left out of the article's actor list; ids of the others do not change.
"""

from __future__ import annotations

from sitroom.records import Actor, Event, Quantity, Quote


def _attribution_ids(item: Event | Quote | Quantity) -> set[str]:
    a = getattr(item, "attribution", None)
    return {x for x in (a.source, *a.via) if x} if a is not None else set()


def referenced_ids(events: list[Event], quotes: list[Quote], quantities: list[Quantity]) -> set[str]:
    """Actor ids that an event, quote or quantity names (as party, speaker, source, relay or claimant)."""
    ids: set[str] = set()
    for e in events:
        ids |= {x for x in (e.actor, e.recipient) if x} | _attribution_ids(e)
    for q in quotes:
        ids |= ({q.speaker} if q.speaker else set()) | _attribution_ids(q)
    for n in quantities:
        ids |= ({n.claimant} if n.claimant else set()) | _attribution_ids(n)
    return ids


def without_unused_fallbacks(actors: list[Actor], used: set[str]) -> list[Actor]:
    """The actors, less those only the NER fallback found and nothing refers to."""
    return [a for a in actors if a.id in used or not (a.rule or "").startswith("ner_fallback")]
