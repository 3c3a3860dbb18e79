"""Sense guards that need the event's roles, which the pattern table's frames cannot see.

A nominal threat with nobody threatening ("a serious threat to Rwanda's security",
"no serious threat to them") is the *danger* sense of the noun: PLOVER's
THREATEN is a coercive warning someone issues, so the noun codes one only when
its issuer is found (a possessor, a subject of "issue", a *by* agent …).
"""

from __future__ import annotations

# Event types whose nominal trigger, without an actor, reads as a state of danger rather than an act.
_ACT_ONLY_WITH_ISSUER = frozenset({"THREATEN"})


def danger_sense(event_type: str, nominal: bool, actor: str | None) -> bool:
    """True when a nominal trigger of an act-only type has no issuer: the noun names a danger."""
    return nominal and actor is None and event_type in _ACT_ONLY_WITH_ISSUER
