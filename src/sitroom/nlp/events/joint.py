"""Which acts bind their parties alike, so that each party is the other's partner.

Agreeing, talks and cooperation are one act of two sides: the partner is the one named with "with"
or the second subject, never a topic ("agreed with B on trade"). Signing a formal agreement is AGREE in
the tables; a row of its CAMEO code (057) typed otherwise, as ratifying is SUPPORT in PLOVER's crosswalk,
whose other acts ("A backed B") are one-sided, binds its parties alike too.
"""

from __future__ import annotations

from sitroom.nlp.events.patterns import Pattern

SYMMETRIC = frozenset({"AGREE", "CONSULT", "COOPERATE"})
JOINT_CODES = frozenset({"057"})


def symmetric(pattern: Pattern) -> bool:
    """Whether the pattern's act is one of two sides alike (by its type, or signing by its code)."""
    return pattern.type in SYMMETRIC or pattern.cameo in JOINT_CODES
