"""The party that undergoes a nominal event: "Peru suffered an attack by rebels", "Arroyo faces
charges of sedition", "the minister came under criticism from the opposition".

A noun event that is the object of a verb of undergoing (word set ``undergo_objects``: suffer, face,
receive, survive, draw …), the object of a passive verb of giving ("was given a life sentence"), or
that someone "came under" happened to that verb's subject, which is its
recipient, never its doer; the doer, where named, is the noun's own "by" or "from" phrase, which the
noun roles already read.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitroom.nlp.events.arguments import prep_objects
from sitroom.nlp.events.patterns import Pattern, lemma_of, wordsets
from sitroom.nlp.events.roles import actor_of
from sitroom.nlp.events.subjects import subjects

Roles = tuple[str | None, str | None]

# verbs of giving whose passive makes the receiver the subject ("was given a sentence")
_GIVING = frozenset({"give", "grant", "hand", "award", "accord", "offer", "serve", "deal", "extend"})


def _undergoing_verb(noun: Token) -> Token | None:
    """The verb the noun is undergone by: its object ("suffered an attack"), or "came under fire"."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "under" and lemma_of(head.head) == "come":
        return head.head
    if noun.dep_ == "dobj" and lemma_of(head) in wordsets().get("undergo_objects", frozenset()):
        return head
    if noun.dep_ == "dobj" and lemma_of(head) in _GIVING and any(c.dep_ == "nsubjpass" for c in head.children):
        return head  # "was given a life sentence", "was handed a warm welcome": the passive's subject gets it
    return None


def _source(doc: Doc, noun: Token) -> str | None:
    """The doer the noun's "from" or "by" phrase names ("criticism from the opposition")."""
    for prep in (c for c in noun.children if c.dep_ in ("prep", "agent") and c.lower_ in ("from", "by")):
        for obj in prep_objects(prep):
            found = actor_of(doc, obj)
            if found:
                return found
    return None


def undergoer(doc: Doc, token: Token, pattern: Pattern, found: Roles) -> Roles | None:
    """The subject of the verb of undergoing as the noun's recipient, never its actor: a light-verb
    reading that made it the doer ("Peru received aid from Japan") is turned round."""
    verb = _undergoing_verb(token) if pattern.pos == "NOUN" else None
    if verb is None:
        return None
    holders = [c for c in verb.children if c.dep_ == "nsubjpass"] or subjects(verb)[:1]
    party = next((a for a in (actor_of(doc, s) for s in holders[:1]) if a), None)
    if party is None or found[1] == party:
        return None
    if found[0] == party:
        return found[1], party
    if found[1] is None:
        return found[0] or _source(doc, token), party
    return None
