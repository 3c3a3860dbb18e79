"""Mutual events: one mention for each direction when the text makes both parties act alike.

"Ban and Aso agreed to meet", "a meeting between the delegations of A and B",
"clashes between police and demonstrators", "protesters clashed with troops":
each party meets, agrees or fights the other, so the event is recorded once per
direction, as an event coder would (each directed dyad is an event). Only
where the grammar joins the two parties (a coordinated subject, ``between A and
B``, a reciprocal act ``with`` someone); "Cohen met Kyuma" keeps one direction,
the one the sentence gives. Types that are mutual by nature are the symmetric
ones (agree, consult, cooperate); fighting is mutual only for reciprocal words
(word set ``reciprocal``: a clash, not an attack).
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.nlp.events.patterns import Pattern, lemma_of, wordsets
from sitroom.nlp.events.subjects import subjects
from sitroom.records import Event

_MUTUAL_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE"})


def _reciprocal(token: Token) -> bool:
    return lemma_of(token) in wordsets().get("reciprocal", frozenset())


def _between_pair(token: Token) -> bool:
    """``between A and B`` on the trigger."""
    return any(c.dep_ == "prep" and c.lower_ == "between" and any(
        o.dep_ == "pobj" and any(x.dep_ == "conj" for x in o.subtree) for o in c.children)
        for c in token.children)


def _joined(token: Token, pattern: Pattern) -> bool:
    """True when the grammar makes the two parties act alike on this trigger."""
    if _between_pair(token):
        return True
    if pattern.pos == "VERB" and len(subjects(token)) >= 2:
        return True
    return pattern.pos == "VERB" and _reciprocal(token) and any(
        c.dep_ == "prep" and c.lower_ == "with" for c in token.children)


def mirrored(token: Token, pattern: Pattern, event: Event) -> list[Event]:
    """The other direction of a mutual event, or nothing."""
    if event.actor is None or event.recipient is None or event.actor == event.recipient:
        return []
    if pattern.type not in _MUTUAL_TYPES and not _reciprocal(token):
        return []
    if not _joined(token, pattern):
        return []
    return [event.model_copy(update={"actor": event.recipient, "recipient": event.actor,
                                     "rule": f"{event.rule}+mutual"})]
