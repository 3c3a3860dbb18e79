"""Who a clause holds responsible for an act it names by a noun.

"Hamas was *responsible for* the bombing", "the Tigers were *behind* the attack", "members of the
opposition had been *involved in* the plot", "the *mastermind of* the bombings", "the Lashkar's
*involvement in* the bombings": the noun's act has no doer of its own in the parse, yet the clause
names one. That party is the act's actor (as the claimant of "claimed responsibility for the bombing"
is); when someone else states it in a reported clause, saying it is also an accusation
(``judgements``).
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.nlp.events.arguments import agents
from sitroom.nlp.events.patterns import lemma_of
from sitroom.nlp.events.subjects import claim_verb, subjects

# adjectives and participles that hold their subject to account for the act in their "for"/"in" phrase
_ACCOUNTABLE = frozenset({"responsible", "accountable", "culpable", "guilty"})
_INVOLVED = frozenset({"involve", "implicate", "complicit"})
# nouns for the one who planned an act: "the mastermind of the bombings"
_PLANNERS = frozenset({"mastermind", "architect", "organizer", "organiser", "perpetrator", "plotter"})
# nouns for a party's share in an act: "the Lashkar's *involvement in* the bombings", "its *role in*"
_SHARES = frozenset({"involvement", "role", "hand", "complicity", "participation"})
_SUBJ = ("nsubj", "nsubjpass")


def _subject(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in _SUBJ][:1]


def _holder(word: Token) -> list[Token]:
    """The party an adjective or noun is said of: the subject of its copula, or the noun it is in
    apposition to ("Dar, the mastermind of …")."""
    if word.dep_ in ("acomp", "attr") and word.head is not word:
        return _subject(word.head)
    if word.dep_ == "appos":
        return [word.head]
    return _subject(word) if word.pos_ in ("VERB", "AUX") else []


def responsible_parties(noun: Token, predicated: bool = False) -> list[Token]:
    """The token naming the party the clause holds responsible for the act ``noun`` names, if any;
    ``predicated``: only where a clause states it ("X was behind"), not a noun that may be denied or
    merely named ("denied the Lashkar's involvement in")."""
    if noun.dep_ != "pobj":
        return []
    prep, word = noun.head, noun.head.head
    lemma = word.lemma_.lower()
    if prep.lower_ == "for" and lemma in _ACCOUNTABLE:
        return _holder(word)
    if prep.lower_ == "behind" and lemma == "be":
        return _subject(word)
    if prep.lower_ == "in" and lemma in _INVOLVED:
        return _holder(word)
    if prep.lower_ == "of" and lemma in _PLANNERS:
        return _holder(word)
    if prep.lower_ == "in" and lemma in _SHARES and not predicated:
        return _owner(word)
    return []


def _owner(noun: Token) -> list[Token]:
    """"the Lashkar's involvement", "the involvement of the Lashkar"."""
    owned = [c for c in noun.children if c.dep_ == "poss"]
    return owned or [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                     for o in p.children if o.dep_ == "pobj"][:1]


def owners(noun: Token) -> list[Token]:
    """Who owns the act a noun names: its claimant ("X claimed responsibility *for* the bombing", "the
    attack was claimed *by* X") or the party a clause holds responsible for it."""
    verb = claim_verb(noun)
    if verb is not None:
        return subjects(verb)[:1]
    if noun.dep_ == "nsubjpass" and lemma_of(noun.head) == "claim":
        return agents(noun.head)[:1]
    return responsible_parties(noun)
