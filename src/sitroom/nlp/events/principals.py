"""The party an act is done on behalf of.

"X claimed responsibility for the attack *on behalf of* the Islamists", "the minister signed the accord
*on behalf of* the government": the object of "on behalf of" is the principal, the side that acts
through its spokesman or envoy, and event coders code the act to it. Read as an ordinary prepositional
phrase it became the act's recipient (the target of the attack, the partner of the accord), so the
phrase is read here before the other parties' rules: its actor replaces the subject's, and it is never
the recipient.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitroom.nlp.events.arguments import prep_objects
from sitroom.nlp.events.patterns import Pattern
from sitroom.nlp.events.roles import actor_of

Roles = tuple[str | None, str | None]


def _principal_phrase(token: Token) -> Token | None:
    """The object of "on behalf of" on the trigger, or on the verb a nominal trigger is the object of."""
    holders = [token] + ([token.head] if token.pos_ == "NOUN" and token.dep_ in ("dobj", "pobj") else [])
    for holder in holders:
        for prep in (c for c in holder.children if c.dep_ == "prep" and c.lower_ == "on"):
            for behalf in (o for o in prep_objects(prep) if o.lower_ == "behalf"):
                objs = [o for p in behalf.children if p.dep_ == "prep" and p.lower_ == "of" for o in prep_objects(p)]
                if objs:
                    return objs[0]
    return None


def principal(doc: Doc, token: Token, pattern: Pattern, found: Roles) -> Roles | None:
    """``found`` with the principal as actor, and no longer as recipient."""
    phrase = _principal_phrase(token)
    actor = actor_of(doc, phrase) if phrase is not None else None
    if actor is None:
        return None
    recipient = None if found[1] == actor else found[1]
    return actor, recipient
