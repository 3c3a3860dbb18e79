"""Nominal restatements of an attack told in the same sentence.

A sentence often tells an attack with its attacker, then names the same
happening again with a noun: "Troops fired on protesters, and the clashes
spread", "gunmen attacked the convoy in an ambush". PLOVER's ASSAULT is the use
of force by an actor; the second noun adds no new use of force, and gold counts
the happening once. So an ASSAULT on a noun trigger with no actor, in a
sentence where an ASSAULT was already emitted, is attached to that one and not
emitted. It keeps its own mention when it names an actor, or a place other than
the earlier attack's, or when the earlier act set it off ("the killing *sparked* clashes"), or
when it is a verb's direct object ("believed to have masterminded *several bombings*": the verb tells
an act of its own), or when its phrase holds a year of its own ("attacks during *the 1980-1988 war*"): a dated happening
that frames the attack, not the attack named again.

Passive casualty clauses are left to ``casualties.py``: "three were killed" keeps its
mention (gold codes it as an event of its own); "three were wounded", agentless after an
attack was told, is the tally of that attack.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.nlp.doctext import sentence
from sitroom.nlp.events.anaphora import own_year
from sitroom.nlp.events.guards import guard_words
from sitroom.records import Event

_TYPE = "ASSAULT"


def restates(token: Token, event: Event, earlier: list[tuple[int, Event]]) -> bool:
    """True when actorless nominal ``event`` retells an ASSAULT among ``earlier`` (sentence start, event)."""
    if (event.type != _TYPE or event.actor is not None or token.pos_ != "NOUN" or _caused(token) or own_year(token)
            or token.dep_ == "dobj"):
        return False
    start = sentence(token).start
    return any(s == start and (event.place is None or prior.place is None or event.place == prior.place)
               for s, prior in earlier)


def _caused(token: Token) -> bool:
    """"the slaying *sparked* clashes", "led to clashes": what an earlier act set off is a new happening
    (``cause_verbs`` of ``event_guards.csv``), not that act named again."""
    while token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ == "NOUN":
        token = token.head.head  # "sparked several hours *of* clashes"
    head = token.head
    if token.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "to":
        head = head.head
    elif token.dep_ not in ("dobj", "nsubjpass"):
        return False
    return head.pos_ == "VERB" and head.lemma_.lower() in guard_words()["cause_verbs"]
