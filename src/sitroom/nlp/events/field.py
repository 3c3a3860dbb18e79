"""Where verb phrases converted from the field's dictionaries are trusted.

The CAMEO verb dictionary (``petrarch_verbs.csv``) was written for main clauses of
wire leads. In a relative clause or a reduced relative ("the mission *led by* Kenya",
"a council *which will appoint* a prime minister") the same phrase describes
something rather than reporting a new act, so a converted row only fires in a
main or complement clause; the hand-written table keeps its own rules.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.nlp.events.patterns import Pattern

FIELD_PREFIX = "petrarch."
_DESCRIPTIVE = frozenset({"acl", "relcl", "amod", "advcl"})


def trusted(token: Token, pattern: Pattern) -> bool:
    """False for a converted row on a verb in a descriptive clause."""
    return not pattern.id.startswith(FIELD_PREFIX) or token.dep_ not in _DESCRIPTIVE
