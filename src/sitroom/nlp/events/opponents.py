"""The other side of a one-way act told with its doer only, from the story's latest act between the two.

Conflict copy names both sides of a fight once ("Israeli troops clashed with Hamas gunmen") and then
tells further acts from one side: "the troops *returned fire*", "Hamas has been *firing* rockets from
the neighbourhood", "the LRA has been *fighting* in the north"; diplomatic copy does the same with
demands and help ("Washington urged Kabul to …" … "it also *pressed for* elections"). Event coders code
the other side as the target, as a reader does. An act whose doer is named and whose target is not
(an object that is no party, "destroyed dozens of homes", leaves the target open too) takes as target
the other side of the latest earlier act of its family that the doer took part in, on either side.

Hostile and friendly acts are two families: a side's opponent in a fight is not whom it asks or helps.
The rule runs after every reading of the sentence itself (a phrase of people in the receiving slot,
an owner, a passive's dative): only what the sentence leaves open is taken from the story.
Joint acts (meetings, accords) have their own partner rule (``partners.py``); deployments are left
alone (where troops go is no party they act on, measured: the dev sets lose on the triple).
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.nlp.events.patterns import Pattern

Roles = tuple[str | None, str | None]
HOSTILE = frozenset({"ASSAULT", "THREATEN", "COERCE", "SANCTION", "ACCUSE", "PROTEST", "REJECT"})
FRIENDLY = frozenset({"REQUEST", "SUPPORT", "AID", "CONCEDE", "RETREAT"})


def story_opponents(found: list[tuple[Token, Pattern]], table: dict[int, Roles]) -> None:
    """In place: fill the target of a one-way act told with its doer only, family by family."""
    for family in (HOSTILE, FRIENDLY):
        _fill(found, table, family)


def _fill(found: list[tuple[Token, Pattern]], table: dict[int, Roles], family: frozenset[str]) -> None:
    told: list[Roles] = []  # roles of the family's acts with both sides, in text order
    for tok, pattern in found:
        actor, recipient = table[tok.i]
        if pattern.type not in family or actor is None:
            continue
        if recipient is not None:
            told.append((actor, recipient))
            continue
        other = other_side(told, actor)
        if other is not None:
            table[tok.i] = (actor, other)


def other_side(told: list[Roles], party: str | None) -> str | None:
    """The other side of the latest told pair that ``party`` took part in, on either side."""
    if party is None:
        return None
    return next((r if a == party else a for a, r in reversed(told) if party in (a, r)), None)
