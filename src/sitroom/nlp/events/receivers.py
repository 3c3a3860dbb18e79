"""Receivers that no dictionary names, and receivers named through what they own.

An act with no recipient whose object, or partner after "with", "to", "against", "on" or "at", is a phrase
of people the actor layer does not know ("met with international observers", "was asking Quebecers")
takes that phrase as an actor of its own (rule ``event-undergoer``), as the doer's slot does in
``doers``. That slot holds things as often as people, so its noun must name people by its ending or be
one of a few people words; after a verb, unlike the doer's slot, it takes one person too ("shot dead one
civilian"); a noun's "to" phrase is as often its group's cause ("the opposition to the president").
An object that is someone's act or thing is received by its owner ("banned the rally by X", "welcomed
China's offer"); the subject of a passive of giving that keeps its object received it ("Peru was given aid").
"""

from __future__ import annotations

from collections.abc import MutableMapping

from spacy.tokens import Doc, Token

from sitroom.nlp.attribution.phrase_sources import phrase_actors
from sitroom.nlp.events.arguments import objects, prep_objects
from sitroom.nlp.events.doers import Roles, can_act, can_undergo, doer_phrase, names_people
from sitroom.nlp.events.patterns import Pattern
from sitroom.nlp.events.roles import actor_of

_RECEIVING_PREPS = frozenset({"with", "to", "against", "on", "at"})


def _undergoer_heads(token: Token) -> list[Token]:
    """The phrases in an act's receiving slot: a verb's object (or a passive's subject), else the object of
    a preposition that names a partner or target ("met *with* observers", "fired *at* protesters")."""
    if token.pos_ != "VERB":
        return [o for p in token.children if p.dep_ == "prep" and p.lower_ in _RECEIVING_PREPS
                for o in prep_objects(p)]
    found = objects(token)
    return found or [o for p in token.children if p.dep_ == "prep" and p.lower_ in _RECEIVING_PREPS
                     for o in prep_objects(p)]


def undergoer_phrases(doc: Doc, found: list[tuple[Token, Pattern]], table: MutableMapping[int, Roles]) -> None:
    """Give an event with no recipient the phrase in its receiving slot, as an actor of its own."""
    for tok, _pattern in found:
        actor, recipient = table[tok.i]
        if recipient is not None:
            continue
        heads = _undergoer_heads(tok)
        fits = can_undergo if tok.pos_ == "VERB" else can_act
        if not heads or not fits(heads[0]) or not names_people(heads[0]):
            continue
        new = phrase_actors(doc, [(0, "speech", doer_phrase(heads[0]))], {}, rule="event-undergoer").get(0)
        if new is not None and new != actor:
            table[tok.i] = (actor, new)


def dative_passives(doc: Doc, found: list[tuple[Token, Pattern]], table: MutableMapping[int, Roles]) -> None:
    """A passive verb of giving that keeps its object ("Peru was given aid", "was handed a sentence"): its
    subject is who received, as a dative is in the active."""
    for tok, pattern in found:
        actor, recipient = table[tok.i]
        if recipient is not None or pattern.pos != "VERB" or not any(c.dep_ == "dobj" for c in tok.children):
            continue
        receiver = next((a for c in tok.children if c.dep_ == "nsubjpass"
                         for a in [actor_of(doc, c)] if a is not None and a != actor), None)
        if receiver is not None:
            table[tok.i] = (actor, receiver)


def object_owners(doc: Doc, found: list[tuple[Token, Pattern]], table: MutableMapping[int, Roles]) -> None:
    """An act on someone's act or thing is received by its owner: "banned the rally *by* opposition leader
    X", "rejected the challenge *by* Bemba", "welcomed *China's* offer". Only for an object that names no
    party itself, nor people ("arrested *his* brother": the brother, not his kin, is arrested)."""
    for tok, _pattern in found:
        actor, recipient = table[tok.i]
        heads = _undergoer_heads(tok)
        if recipient is not None or not heads:
            continue
        head = heads[0]
        if head.pos_ != "NOUN" or actor_of(doc, head) is not None or names_people(head):
            continue
        holders = [head, tok] if head.dep_ == "dobj" else [head]  # "banned the rally *by* X": hung on the verb
        owners = [c for c in head.children if c.dep_ == "poss"] + [
            o for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "by" for o in prep_objects(p)]
        owner = next((a for a in map(lambda t: actor_of(doc, t), owners) if a is not None and a != actor), None)
        if owner is not None:
            table[tok.i] = (actor, owner)
