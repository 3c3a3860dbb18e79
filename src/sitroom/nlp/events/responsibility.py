"""Who a clause holds responsible for an act it names by a noun.

"Hamas was *responsible for* the bombing", "the Tigers were *behind* the attack", "members of the
opposition had been *involved in* the plot", "the *mastermind of* the bombings": the noun's act has no
doer of its own in the parse, yet the clause names one. That party is the act's actor (as the claimant
of "claimed responsibility for the bombing" is); when someone else reports the clause, saying it is
also an accusation (``judgements``).
"""

from __future__ import annotations

from spacy.tokens import Token

# adjectives and participles that hold their subject to account for the act in their "for"/"in" phrase
_ACCOUNTABLE = frozenset({"responsible", "accountable", "culpable", "guilty"})
_INVOLVED = frozenset({"involve", "implicate", "complicit"})
# nouns for the one who planned an act: "the mastermind of the bombings"
_PLANNERS = frozenset({"mastermind", "architect", "organizer", "organiser", "perpetrator", "plotter"})
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


def responsible_parties(noun: Token) -> list[Token]:
    """The token naming the party the clause holds responsible for the act ``noun`` names, if any."""
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
    return []
