"""Doers that no dictionary names: "a suspected paedophile ring kidnapped …", "many other groups
reject that", "the unit was conducting offensive operations".

The actor layer knows states, bodies, office holders and the agent nouns of the Phoenix dictionary;
a doer named by an ordinary noun phrase is no actor there, so its event would have no actor although
the text names one. Such a phrase becomes an actor of its own (rule ``event-doer``), as an unnamed
source does in the attribution layer (``phrase_actors``, rule ``frame-source``). Only the doer's slot
is read (an active verb's subject, the "by" phrase of a passive or a noun), and only a head noun that
can act: a plural ("superiors", "entrepreneurs") or a collective ("ring", "unit", "gang"), never an
event noun, a thing sent or used, a time or an amount. A written text in that slot ("the resolution
asked the government …") acts for whoever issued it, as it speaks for them (``issuers``).
"""

from __future__ import annotations

import re
from collections.abc import MutableMapping

from spacy.tokens import Doc, Span, Token

from sitroom.nlp.attribution.issuers import statement_issuer
from sitroom.nlp.attribution.phrase_sources import phrase_actors
from sitroom.nlp.attribution.sources import noun_phrase
from sitroom.nlp.events.arguments import prep_objects
from sitroom.nlp.events.co_roles import doer_heads
from sitroom.nlp.events.pair_mentions import pair_phrase
from sitroom.nlp.events.patterns import Pattern, index, lemma_keys, lemma_of, wordsets
from sitroom.nlp.events.roles import UNDERGONE

Roles = tuple[str | None, str | None]

_COLLECTIVE = frozenset({"group", "ring", "gang", "unit", "band", "cell", "faction", "mob", "crowd", "team",
                        "network", "squad", "militia", "syndicate", "clan", "tribe", "camp", "side"})
_THINGS = ("weapons", "aid", "processes", "shipment", "war", "violence", "fire_nouns", "non_agents")
_NOT_PARTIES = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"})
# Nouns of people by their ending (observers, couriers, reporters, columnists, migrants, residents,
# trustees, fishermen, democrats), for slots that hold things as often as people (an act's object, an
# of-phrase); "-ment" and "-ness" nouns name acts and states.
_PEOPLE_ENDING = re.compile(r"(?:[^m]ers?|ors?|ists?|ians?|ants?|[^m]ents?|ees?|m[ae]n|crats?|ites?)$")
_PEOPLE_WORDS = frozenset({"people", "public", "population", "media", "press", "youth", "family", "families",
                           "member", "leader", "official", "delegation", "community", "communities"})
_NOT_PEOPLE = frozenset({"paper", "number", "border", "matter", "order", "power", "center", "centre",
                         "shelter", "letter", "water", "quarter", "chapter", "corner", "cluster", "barrier",
                         "sector", "factor", "motor", "door", "floor", "corridor", "error", "monitor",
                         "plant", "grant", "event", "content", "extent", "accident", "incident", "percent",
                         "talent", "moment", "element", "item", "site", "committee", "guarantee", "fee",
                         "tree", "decree", "degree", "agenda",
                         # the commonest other nouns of the bundled newswire with a people ending
                         "list", "offer", "murder", "meter", "kilometer", "kilometre", "cover", "website",
                         "disaster", "transfer", "weather", "headquarter", "helicopter", "satellite",
                         "carrier", "terror", "continent", "river", "winter", "summer", "silver", "computer",
                         "counter", "career", "labor", "labour", "turnover", "danger", "honor", "honour",
                         "answer", "merger", "restaurant", "rupee", "soccer", "cancer", "charter", "warrant",
                         "favor", "favour", "handover", "finger", "interior", "manner", "transplant", "prayer",
                         "container", "takeover", "encounter", "fever", "copper", "tent", "character",
                         "glacier", "rubber", "knee", "anger", "register", "component", "surrender",
                         "chamber", "dinner", "reactor", "ouster", "flower", "shoulder", "pollutant",
                         "disorder", "barometer", "destroyer", "indicator"})



def _common_noun(head: Token) -> bool:
    """A noun that may name a party: not a time or an amount, nor an event noun ("the attack killed …")."""
    return head.pos_ == "NOUN" and head.ent_type_ not in _NOT_PARTIES and not any(
        index().get((k, "NOUN")) for k in lemma_keys(head))


def can_act(head: Token) -> bool:
    if not _common_noun(head):
        return False
    lemma = lemma_of(head)
    sets = wordsets()
    if any(lemma in sets.get(name, frozenset()) for name in _THINGS):
        return False
    return head.tag_ == "NNS" or lemma in _COLLECTIVE


def can_undergo(head: Token) -> bool:
    """A receiving slot also takes one person ("shot dead *one civilian*", "arrested *a journalist*"): a
    singular noun counts when it names people, where the doer's slot wants a plural or a body."""
    return can_act(head) or head.tag_ == "NN" and _common_noun(head)


def doer_phrase(head: Token) -> Span:
    """The noun phrase up to its first modifier after the head, an of-phrase kept only where it names a body
    or people ("a gang *of smugglers*", "members *of the sect*"): "*near the border*" says where they
    were, "accused by superiors *of sending* …" and "warned smugglers *of penalties*" hang the verb's
    of-phrase on the noun."""
    span = noun_phrase(head)
    cut = min((c.i for c in head.children if c.i > head.i and c.dep_ == "prep" and not _of_body(c)),
              default=span.end)
    return head.doc[span.start:min(cut, span.end)]


def names_people(head: Token) -> bool:
    lemma = lemma_of(head)
    if lemma in _PEOPLE_WORDS:
        return True
    return lemma not in _NOT_PEOPLE and _PEOPLE_ENDING.search(lemma) is not None and not lemma.endswith("ment")


def _of_body(prep: Token) -> bool:
    """"of the sect", "of his party", "of Hamas", "of the villagers": an of-object that is a named or a
    definite body, or people, tells whose members they are."""
    return prep.lower_ == "of" and any(
        o.ent_type_ or o.pos_ == "PROPN" or can_act(o) and names_people(o) or lemma_of(o) in _COLLECTIVE
        or any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ == "the" for c in o.children)
        for o in prep_objects(prep))

def doer_phrases(doc: Doc, found: list[tuple[Token, Pattern]], table: MutableMapping[int, Roles]) -> None:
    """Give an event with no actor the phrase in its doer's slot, as an actor of its own."""
    for tok, pattern in found:
        actor, recipient = table[tok.i]
        if actor is not None or pattern.pos == "VERB" and lemma_of(tok) in UNDERGONE:
            continue  # "two marines died": the subject suffered the act, it did not do it
        heads = doer_heads(tok, pattern.pos == "NOUN")
        if not heads:
            continue
        head = heads[0]
        issuer = statement_issuer(doc, noun_phrase(head), ())  # "the resolution asked": who adopted it
        if issuer is not None and issuer != recipient:
            table[tok.i] = (issuer, recipient)
            continue
        if not can_act(head) or pair_phrase(head):
            continue  # "the two men met": a pointer to two parties, no doer of its own
        new = phrase_actors(doc, [(0, "speech", doer_phrase(head))], {}, rule="event-doer").get(0)
        if new is not None and new != recipient:
            table[tok.i] = (new, recipient)

