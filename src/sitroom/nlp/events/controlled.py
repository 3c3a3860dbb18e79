"""The actor of a cooperative act told as a complement of what its doer is, wants or does.

"Egypt has exerted efforts *to improve* its relations with Turkey", "Chile's army is confident of
*forging* ties with Peru", "Ghana is willing to see more *cooperation* with India", "the navy
attaches importance to *developing* relations with Chile": the cooperating side is the subject of
the clause the trigger is the complement of (subject control), though the trigger itself has no
subject. The climb goes only through complement links (an infinitive or gerund, an adjective's
complement, the object of a subjectless verb, a noun's infinitive) and stops at the first word with
a subject of its own. Only cooperative types climb: "X warned of attacks on Y" does not make X the
attacker. Only a trigger that already has its other side (a recipient) takes the actor: one with no
party at all is left to the guards that decide whether it is an event, so this step changes who
acted, never which events are reported.

The other way round, an agreement with no recipient takes the partner of the act agreed on
("Kabila agreed to face-to-face talks *with Mobutu*": the agreement is made with Mobutu).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitroom.nlp.events.patterns import Pattern
from sitroom.nlp.events.roles import actor_of

Roles = tuple[str | None, str | None]

_TYPES = frozenset({"COOPERATE", "CONSULT", "SUPPORT", "AGREE", "AID"})
_SUBJ = frozenset({"nsubj", "nsubjpass", "csubj"})
_CLIMB = frozenset({"xcomp", "pcomp", "acomp", "acl", "advcl", "dobj", "pobj", "prep", "ccomp"})
_STEPS = 5


def _subject(token: Token) -> Token | None:
    return next((c for c in token.children if c.dep_ in _SUBJ), None)


def _controller(token: Token) -> Token | None:
    """The subject of the nearest clause above ``token`` reached through complement links only."""
    current = token
    for _ in range(_STEPS):
        if current.dep_ not in _CLIMB or current.head is current:
            return None
        if current.dep_ == "ccomp" and current.head.pos_ == "VERB":
            return None  # "X said cooperation with Y …": a report, not a control clause
        current = current.head
        subject = _subject(current)
        if subject is not None:
            return subject if current.pos_ in ("VERB", "AUX") else None
    return None


def controlled_actor(doc: Doc, token: Token, pattern: Pattern, found: Roles) -> Roles | None:
    """Fill an empty actor of a cooperative trigger from the subject that controls its clause."""
    if pattern.type not in _TYPES or found[0] is not None or found[1] is None:
        return None
    if _subject(token) is not None:
        return None
    subject = _controller(token)
    actor = actor_of(doc, subject) if subject is not None else None
    if actor is None or actor == found[1]:
        return None
    return actor, found[1]


# Links from an agreement to the act agreed on: "agreed to meet", "agreed to hold talks", "agreed to talks".
_AGREED = frozenset({"xcomp", "dobj", "prep", "pobj"})
_PARTNER_PREPS = frozenset({"with"})


def _agreed_acts(token: Token) -> list[Token]:
    """The verbs and nouns of what an agreement is about, three links down at most ("agreed *to hold
    talks*": xcomp, then object)."""
    out: list[Token] = []
    frontier = [token]
    for _ in range(3):
        frontier = [c for t in frontier for c in t.children if c.dep_ in _AGREED]
        out.extend(t for t in frontier if t.pos_ in ("VERB", "NOUN"))
    return out


def complement_partner(doc: Doc, token: Token, pattern: Pattern, found: Roles) -> Roles | None:
    """Fill the empty recipient of an agreement from the partner of the act agreed on: "Kabila agreed to
    face-to-face talks *with Mobutu*", "agreed to hold talks with Y": the other side of the talks is the
    side the agreement is made with."""
    if pattern.type != "AGREE" or found[0] is None or found[1] is not None:
        return None
    for act in _agreed_acts(token):
        for prep in (c for c in act.children if c.dep_ == "prep" and c.lower_ in _PARTNER_PREPS):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                partner = actor_of(doc, obj)
                if partner is not None and partner != found[0]:
                    return found[0], partner
    return None
