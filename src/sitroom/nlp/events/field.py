"""Where verb phrases converted from the field's dictionaries are trusted.

The CAMEO verb dictionary (``petrarch_verbs.csv``) was written for main clauses of
wire leads. In a relative clause or a reduced relative ("the mission *led by* Kenya",
"a council *which will appoint* a prime minister") the same phrase describes
something rather than reporting a new act, so a converted row only fires in a
main or complement clause; the hand-written table keeps its own rules.

A converted row on a light verb ("make", "hold", "pay": word set ``light_verbs``) whose object is a
noun the hand-written table codes yields to that noun: "will be *making* his first visit" is the visit
(the dictionary files MAKE + VISIT under 036, an intention to meet, which would make the visit the content
of an AGREE and drop it).
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.nlp.events.arguments import objects
from sitroom.nlp.events.patterns import Pattern, lemma_of, match, wordsets

FIELD_PREFIX = "petrarch."
_DESCRIPTIVE = frozenset({"acl", "relcl", "amod", "advcl"})


def _light_over_noun(token: Token) -> bool:
    if lemma_of(token) not in wordsets().get("light_verbs", frozenset()):
        return False
    return any((p := match(o)) is not None and p.pos == "NOUN" and not p.id.startswith(FIELD_PREFIX)
               for o in objects(token) if o.pos_ == "NOUN")


def trusted(token: Token, pattern: Pattern) -> bool:
    """False for a converted row on a verb in a descriptive clause, or on a light verb with an event noun."""
    if not pattern.id.startswith(FIELD_PREFIX):
        return True
    return token.dep_ not in _DESCRIPTIVE and not _light_over_noun(token)
