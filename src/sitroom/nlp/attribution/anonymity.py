"""The wire's convention for an unnamed source: "a diplomat who declined to be named".

"Declined to be named", "refused to be identified", "asked not to be quoted" say why a source goes
unnamed; they withhold nothing on the record and refuse nothing a party asked for. So such a clause
carries no attribution frame (no "declined" content) and its verb no refusal or request.
"""

from __future__ import annotations

from spacy.tokens import Token

_WITHHELD = frozenset({"name", "identify", "quote"})


def withheld_name(complement: Token | None) -> bool:
    """The complement is a passive "to be named / identified / quoted"."""
    return (complement is not None and complement.lemma_ in _WITHHELD
            and any(c.dep_ == "auxpass" for c in complement.children))


def asks_anonymity(verb: Token) -> bool:
    """The verb's open complement is one ("refused to be named", "asked not to be identified")."""
    return any(c.dep_ == "xcomp" and withheld_name(c) for c in verb.children)
