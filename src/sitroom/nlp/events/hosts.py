"""A visit is a consultation only when someone of another side hosts it.

PLOVER's CONSULT covers "visiting and hosting visits": the visitor is the actor and
the host the recipient. A visit with no host among the actors ("Koizumi visited the
shrine", "a shrine visit") is a trip to a place, and a visit to one's own side ("the
defence secretary visited US troops in Japan", a minister touring her own country's
bases) consults no one. Such a mention of a visit trigger (``visits`` in
``resources/event_guards.csv``) is not emitted. Meetings, talks and summits are not
affected: their participants are often left implicit. A visit whose host is only a place
("arrived in Amman on a visit", or "arrived here" under a dateline of another country) is kept.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitroom.nlp.doctext import sentence
from sitroom.nlp.events.guards import guard_words
from sitroom.records import Event

_TYPE = "CONSULT"


def actor_country(doc: Doc, actor_id: str | None) -> str | None:
    """The country of an actor of the doc: its own, else its code's."""
    for actor in doc._.actors or []:
        if actor.id == actor_id:
            return actor.country or ((actor.code or "")[:3] or None)
    return None


def _place_countries(doc: Doc, token: Token) -> set[str]:
    """Countries of the places named in the trigger's sentence (the event's own place is often unlinked);
    "arrived *here*" names the dateline's place, where the report was filed."""
    sent = sentence(token)
    found = {p.country for p in doc._.places or []
             if p.country and sent.start_char <= p.start < sent.end_char}
    if any(t.lower_ == "here" and t.dep_ == "advmod" for t in sent):
        found |= {p.country for p in doc._.places or [] if p.country and p.rule == "dateline"}
    return found


def _destinations(token: Token) -> list[Token]:
    """Where the visit goes: the verb's object or *to* phrase ("came *to power*" goes nowhere anyone hosts),
    the noun's *to* or *of* phrase ("a tour of the region") or its compound ("a shrine visit")."""
    if token.pos_ == "VERB":
        return [c for c in token.children if c.dep_ == "dobj"] + [
            o for p in token.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children if o.dep_ == "pobj"]
    return [c for c in token.children if c.dep_ == "compound"] + [
        o for p in token.children if p.dep_ == "prep" and p.lower_ in ("to", "of") for o in p.children
        if o.dep_ == "pobj"]


def _open_destination(token: Token) -> bool:
    """A visit told without a place ("Tayan's visit will be rescheduled") or to "the region" goes to the
    side the story is about; only a named place or facility of no other country ("visited the shrine",
    "visited his troops") marks a trip with no host."""
    found = _destinations(token)
    return not found or all(d.lemma_.lower() in _OPEN_PLACES for d in found)


_OPEN_PLACES = frozenset({"region"})


def hostless_visit(doc: Doc, token: Token, event: Event) -> bool:
    """True when a visit-trigger CONSULT has no host, or a host of the visitor's own country.

    With no host among the actors, a place of another country named in the sentence stands for the
    host ("arrived in Amman on a visit"); a place of the visitor's own country, or none, does not.
    """
    if event.type != _TYPE or token.lemma_.lower() not in guard_words()["visits"]:
        return False
    own = actor_country(doc, event.actor) if event.actor else None
    if event.recipient is None:
        return not (_place_countries(doc, token) - {own}) and not _open_destination(token)
    return own is not None and own == actor_country(doc, event.recipient)
