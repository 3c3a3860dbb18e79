"""A verb's subject that the parser hung on a list in a fronted phrase.

"Prior to the talks between Peru and Chile, Wang Lei, Chinese ambassador for border
affairs, met with Kenji Sato": the small parser reads "Wang Lei" as a third member of
"Peru and Chile" and leaves "met" without a subject. A subjectless verb right after a
comma whose phrase climbs to a proper-noun conjunct set off by a comma of its own
("…, Wang Lei, …,") takes that conjunct as its subject.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitroom.nlp.events.patterns import Pattern
from sitroom.nlp.events.roles import actor_of

Roles = tuple[str | None, str | None]

_CLIMB = 4  # words from the one before the comma up to the stranded conjunct, at most
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


def _stranded(doc: Doc, verb: Token) -> Token | None:
    if verb.i < 3 or doc[verb.i - 1].text != "," or any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    t = doc[verb.i - 2]
    for _ in range(_CLIMB):
        if t.dep_ == "conj" and t.pos_ == "PROPN":
            start = t.left_edge.i
            return t if start > 0 and doc[start - 1].text == "," else None
        if t.head.i == t.i or t.head.i >= verb.i:
            return None
        t = t.head
    return None


def stranded_subject(doc: Doc, token: Token, pattern: Pattern, found: Roles) -> Roles | None:
    """The actor of a subjectless verb from a proper-noun conjunct stranded before it."""
    if pattern.pos != "VERB" or found[0] is not None:
        return None
    subject = _stranded(doc, token)
    actor = actor_of(doc, subject) if subject is not None else None
    if actor is None or actor == found[1]:
        return None
    return actor, found[1]
