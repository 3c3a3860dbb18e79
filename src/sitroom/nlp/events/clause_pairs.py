"""The two sides of a joint act told by a noun whose clause has the pair as its subject.

"China and France have achieved a breakthrough in economic and trade *cooperation*", "A and B have
witnessed increased *exchanges*": the noun names no party, but the clause it sits in has two joined
subjects, and a joint act (cooperation, talks, an accord) of a pair is the act of both. Each side is the
other's partner, so the act is recorded in both directions (``mutual``). Only a noun with no party of
its own and no definite article takes the pair ("make full use of *the summit*" points back to a meeting
told before), and only where the subjects name two different actors.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitroom.nlp.events.joint import SYMMETRIC
from sitroom.nlp.events.patterns import Pattern, wordsets
from sitroom.nlp.events.roles import actor_of

Roles = tuple[str | None, str | None]

# links by which a noun hangs in the clause of the verb above it
_CLIMB = frozenset({"pobj", "prep", "dobj", "conj", "attr"})
_STEPS = 5


def pair_subjects(noun: Token) -> list[Token]:
    """The joined subjects ("China and France") of the clause the noun sits in; empty when not a pair."""
    current = noun
    for _ in range(_STEPS):
        if current.dep_ not in _CLIMB or current.head is current:
            return []
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            break
    else:
        return []
    subject = next((c for c in current.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return []
    joined = [subject, *(c for c in subject.children if c.dep_ == "conj")]
    return joined if len(joined) >= 2 else []


def clause_pairs(doc: Doc, found: list[tuple[Token, Pattern]], table: dict[int, Roles]) -> None:
    """In place: a joint nominal act with no party of its own takes the pair its clause has as subject."""
    for token, pattern in found:
        if pattern.pos != "NOUN" or pattern.type not in SYMMETRIC or table[token.i] != (None, None):
            continue
        if any(c.dep_ == "det" and c.lower_ in wordsets().get("definite", ()) for c in token.children):
            continue  # "make full use of the summit": a pointer to a meeting told before
        sides: list[str] = []
        for subject in pair_subjects(token):
            actor = actor_of(doc, subject)
            if actor is not None and actor not in sides:
                sides.append(actor)
        if len(sides) >= 2:
            table[token.i] = (sides[0], sides[1])
