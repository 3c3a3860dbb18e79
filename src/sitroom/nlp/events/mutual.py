"""Mutual fighting: one mention for each side when the text makes both sides use force.

"clashes between police and demonstrators", "protesters clashed with troops",
"militias X and Y skirmished": each side fights the other, so the event is
recorded once per direction (each directed dyad is an event for an event
coder), unlike an attack, which has one side. Only for reciprocal words (word
set ``reciprocal``: a clash, not an attack) and only where the grammar joins
the two sides (a coordinated subject, ``between A and B``, ``with`` someone).

An agreement binds both parties alike, so "A and B agreed", "an accord between
A and B" and "A agreed with B" are also recorded once per direction, as
newswire event coders code them (dev: +6 typed matches, no false positive).
A meeting is mirrored only where the grammar puts both sides on the same footing
("A and B held talks", "talks between A and B"); "A met with B" stays one record
with a partner (the roles layer's choice), since the side named with "with" is
often a host or a list of guests the coders do not pair (mirroring those too
gained 8 matches for 17 false positives on dev; the same-footing rule gained 5
for 6 on dev and 1 for none on fresh dev articles).
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.nlp.events.arguments import agents, participles
from sitroom.nlp.events.clause_pairs import pair_subjects
from sitroom.nlp.events.joint import JOINT_CODES
from sitroom.nlp.events.pair_mentions import holds_pair, subject_pair
from sitroom.nlp.events.patterns import Pattern, lemma_of, wordsets
from sitroom.nlp.events.roles import actor_of
from sitroom.nlp.events.subjects import subjects
from sitroom.records import Event

# Types whose every mention is mutual by meaning, whatever the trigger word.
_JOINT_TYPES = frozenset({"AGREE"})
# Types mirrored only where both sides stand on the same footing: talks ("A and B held talks", "talks
# between A and B") and ties ("A and B boosted their ties"; "cooperation between A and B" names a state of
# affairs more often than an act, and dev coders gave it one direction).
_FOOTING_TYPES = frozenset({"CONSULT", "COOPERATE"})


_TIME_ENTS = frozenset({"DATE", "TIME", "CARDINAL"})
_VISITS = frozenset({"042", "043"})  # make a visit, host a visit


def _reciprocal(token: Token) -> bool:
    return lemma_of(token) in wordsets().get("reciprocal", frozenset())


def _between_pair(token: Token) -> bool:
    """``between A and B`` on the trigger; not a span of time ("visit Israel between April 7 and 9")."""
    return any(c.dep_ == "prep" and c.lower_ == "between" and any(
        o.dep_ == "pobj" and o.ent_type_ not in _TIME_ENTS and not o.like_num
        and any(x.dep_ == "conj" for x in o.subtree) for o in c.children)
        for holder in (token, *participles(token)) for c in holder.children)  # also "the accord signed between …"


def _joined(token: Token, pattern: Pattern) -> bool:
    """True when the grammar makes the two parties act alike on this trigger."""
    if _between_pair(token):
        return True
    if pattern.pos == "VERB" and subject_pair(token):  # "the two sides agreed": the pair named before
        return True
    if pattern.pos == "VERB" and len(subjects(token)) >= 2:
        return True
    if pattern.pos == "VERB" and len(agents(token)) >= 2:
        return True  # "the accord, signed by the United States and the Philippines"
    return pattern.pos == "VERB" and any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children)


def _same_footing(token: Token, pattern: Pattern, event: Event) -> bool:
    """"talks between A and B", "A and B held talks": both sides hold the talks; not so when the partner
    is a third party named apart ("A and B met with C")."""
    if pattern.pos == "VERB" and any(c.dep_ == "nsubj" and holds_pair(c) for c in token.children):
        return True  # "the two sides met", "leaders of the two countries meet": the pair named before
    held = [c for c in token.children if c.dep_ == "nsubjpass"]  # "talks between A and B were held"
    if pattern.type == "CONSULT" and any(_between_pair(t) for t in (token, *held)):
        return True
    subj = subjects(token) if pattern.pos == "VERB" else pair_subjects(token)
    return len(subj) >= 2 and event.recipient in {actor_of(token.doc, t) for t in subj}


def _swapped(event: Event) -> list[Event]:
    return [event.model_copy(update={"actor": event.recipient, "recipient": event.actor,
                                     "rule": f"{event.rule}+mutual"})]


def mirrored(token: Token, pattern: Pattern, event: Event) -> list[Event]:
    """The other direction of a mutual event, or nothing."""
    if event.actor is None or event.recipient is None or event.actor == event.recipient:
        return []
    if pattern.type in _FOOTING_TYPES:
        if pattern.cameo in _VISITS:
            return []  # a visit goes one way: the visitor to the host
        return _swapped(event) if _same_footing(token, pattern, event) else []
    if not (pattern.type == "ASSAULT" and _reciprocal(token) or pattern.type in _JOINT_TYPES
            or pattern.cameo in JOINT_CODES):
        return []
    if not _joined(token, pattern):
        return []
    return _swapped(event)
