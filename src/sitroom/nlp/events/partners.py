"""The partner of a joint act told with one side only, from the story's latest act of that side.

Wire copy names both sides of talks once ("Mobutu and Kabila agreed to meet aboard a ship") and then
tells the act again from one side ("Mobutu would attend *the talks*", "Kabila said he was ready for *the
meeting*"). A joint act (a meeting, an accord, cooperation) whose actor is named and whose partner is
not, told by a noun with no "with"/"between" party or by a verb whose object names no party ("hopes to conclude
*a second agreement*"; for a meeting verb, no object at all: "visited *the shrine*" has its host or
none), takes as partner the other side of the latest earlier joint act of that actor, however far back
(as one-way acts do, ``opponents.py``: a window of three sentences scored lower). A meeting named with
neither side ("to hold *the talks* by phases", "*the fifth-round talks*"), where it is more than a bare
pointer the anaphora check drops, takes both sides of the latest meeting told with both, as far back.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.nlp.events.anaphora import anaphoric
from sitroom.nlp.events.arguments import objects, preps
from sitroom.nlp.events.joint import SYMMETRIC
from sitroom.nlp.events.opponents import other_side
from sitroom.nlp.events.patterns import Pattern

Roles = tuple[str | None, str | None]
_MEETING = "CONSULT"


def _told_again(tok: Token, pattern: Pattern) -> bool:
    """"the talks", "his meeting", "will meet", "to conclude an agreement" with no one named: a mention of an
    act told before, or a further one between the same sides."""
    if pattern.pos == "NOUN":
        return not any(p.lower_ in ("with", "between") for p in preps(tok))
    if pattern.type == _MEETING and objects(tok):
        return False  # "visited the shrine", "met reporters": a meeting's object is its host or no meeting
    return not any(p.lower_ in ("with", "between") for p in preps(tok))


def story_partners(found: list[tuple[Token, Pattern]], table: dict[int, Roles]) -> None:
    """In place: fill the partner of a joint act told again from one side."""
    told: list[tuple[str, Roles]] = []  # (type, roles) of joint acts with both sides, in text order
    for tok, pattern in found:
        actor, recipient = table[tok.i]
        if pattern.type not in SYMMETRIC:
            continue
        if actor is not None and recipient is not None:
            told.append((pattern.type, (actor, recipient)))
            continue
        if actor is None and recipient is None:
            if pattern.type == _MEETING and pattern.pos == "NOUN" and not anaphoric(tok, None, None):
                table[tok.i] = _latest_sides(told, pattern.type)
            continue
        if not _told_again(tok, pattern):
            continue
        other = other_side([roles for _, roles in told], actor)
        if other is not None:
            table[tok.i] = (actor, other)


def _latest_sides(told: list[tuple[str, Roles]], kind: str) -> Roles:
    """Both sides of the latest earlier act of this type."""
    return next((roles for t, roles in reversed(told) if t == kind), (None, None))
