"""A visit is a consultation only when someone of another side hosts it.

PLOVER's CONSULT covers "visiting and hosting visits": the visitor is the actor and
the host the recipient. A visit with no host among the actors ("Koizumi visited the
shrine", "a shrine visit") is a trip to a place, and a visit to one's own side ("the
defence secretary visited US troops in Japan", a minister touring her own country's
bases) consults no one. Such a mention of a visit trigger (``visits`` in
``resources/event_guards.csv``) is not emitted. Meetings, talks and summits are not
affected: their participants are often left implicit.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitroom.nlp.events.guards import guard_words
from sitroom.records import Event

_TYPE = "CONSULT"


def _country(doc: Doc, actor_id: str) -> str | None:
    for actor in doc._.actors or []:
        if actor.id == actor_id:
            return actor.country or ((actor.code or "")[:3] or None)
    return None


def hostless_visit(doc: Doc, token: Token, event: Event) -> bool:
    """True when a visit-trigger CONSULT has no host, or a host of the visitor's own country."""
    if event.type != _TYPE or token.lemma_.lower() not in guard_words()["visits"]:
        return False
    if event.recipient is None:
        return True
    if event.actor is None:
        return False
    own, host = _country(doc, event.actor), _country(doc, event.recipient)
    return own is not None and own == host
