"""A source saying it did not do something denies it: "the group said it did not carry out the attack".

The frame is a plain statement ("said", asserted) and the clause is negated, but what the
source does is reject a claim about itself, which the stance ontology calls ``denied``
(not an asserted non-event). It holds only when the negated clause's subject is the source
itself: the same actor, or a pronoun that can only point back to it ("it", "they" for a
body, "he"/"she" for a person, "I"/"we" in its own words). Any other subject ("X said the
army did not fire") stays an asserted, negated claim, and so does an inability ("said it could not
cooperate with him", "cannot ask"): no claim about the source's doing is rejected.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitroom.nlp.actors import component as actors
from sitroom.nlp.attribution.modality_words import words
from sitroom.nlp.attribution.stance import is_negated
from sitroom.records import Attribution

_FIRST_PERSON = frozenset({"i", "we"})
_PERSON_PRONOUNS = frozenset({"he", "she"})
_BODY_PRONOUNS = frozenset({"it", "they"})
_CLIMB = ("xcomp", "conj", "aux", "auxpass")


def _clause_verb(token: Token) -> Token:
    """The verb of a nominal trigger's clause ("did not take part in *talks*")."""
    node = token
    for _ in range(3):
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            return node
        node = node.head
    return node


def _subject(verb: Token) -> Token | None:
    """The subject of the clause headed by ``verb`` (through "to"-complements and coordinations)."""
    node = _clause_verb(verb)
    for _ in range(4):
        for child in node.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                return child
        if node.dep_ not in _CLIMB or node.head.i == node.i:
            return None
        node = node.head
    return None


def _source_type(doc: Doc, source: str) -> str | None:
    return next((a.type for a in doc._.actors or [] if a.id == source), None)


def is_self_denial(doc: Doc, verb: Token, frame: Attribution | None, negated: bool) -> bool:
    """Whether a negated clause under a plain statement is its source denying its own doing."""
    if frame is None or frame.source is None or frame.stance != "asserted" or frame.negated:
        return False
    clause = _clause_verb(verb)
    if not (negated or is_negated(clause)):  # "did not take part in the talks"
        return False
    if any(c.dep_ == "aux" and c.lower_ in words("speculative", "ability_modals") for c in clause.children):
        return False
    subj = _subject(verb)
    if subj is None:
        return False
    found = actors.actor_for_token(doc, subj)
    if found is not None:
        return found == frame.source
    low = subj.lower_
    if low in _FIRST_PERSON:
        return True
    kind = _source_type(doc, frame.source)
    return (low in _PERSON_PRONOUNS and kind == "person") or (low in _BODY_PRONOUNS and kind != "person")


def as_denial(frame: Attribution) -> Attribution:
    return frame.model_copy(update={"stance": "denied", "negated": False})
