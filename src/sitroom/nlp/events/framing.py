"""A meeting named as the setting of what someone said, after the article has already told it.

Diplomatic copy tells a round of meetings once ("Hu met, on separate occasions, with
five African presidents, including …") and then frames each statement by it: "*When
meeting with* Kufuor, Hu said …", "*During a meeting with* Museveni, …". The framing
clause adds no new consultation; counting it again doubles the meeting. So a CONSULT
mention that is the *setting* of its sentence (an adverbial clause opened by
when/while/after …, or a nominal after during/in/at …) is not emitted when an earlier
sentence already holds a CONSULT whose participants, or the actors its clause names,
include every participant the setting names. A setting that names no participant is
left to the back-reference test (anaphora.py).

The same holds for a definite or possessed meeting noun that is no verb's object: "Abbas and
Shalom met on Wednesday. *The meeting between Abbas and Shalom* was the highest-level
contact …" points back to the meeting told, with its participants (gold's guideline: a
nominal that only points back to an annotated event is not annotated again). "Started
*their talks*", "took part in *the summit*" report the meeting and keep it. For the other types
only a definite article marks the noun as known ("*the arrest* of four officers" after the
arrest was told); a possessive there often introduces the act ("vowed *its protests* would go on").
A noun in a hypothetical or denied clause ("the involvement of North Korean troops *would be*
an escalation", after the deployment was reported) says something new and is kept.

A setting with no earlier meeting of those parties is news ("While visiting Paris, the
minister met …") and keeps its mention; so does any meeting told in a main clause.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitroom.nlp.doctext import sentence
from sitroom.nlp.events.anaphora import object_of_verb
from sitroom.nlp.events.guards import guard_words
from sitroom.records import Event

_TYPE = "CONSULT"


def is_setting(token: Token) -> bool:
    """The trigger heads an adverbial clause or prepositional phrase that sets the scene of its clause."""
    words = guard_words()
    if token.pos_ in ("VERB", "AUX"):
        return token.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in words["framing_marks"]
                                             for c in token.children)
    prep = token.head
    return (token.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in words["framing_preps"]
            and prep.head.pos_ in ("VERB", "AUX") and prep.i < prep.head.i)


def _definite_noun(token: Token, possessed: bool = True) -> bool:
    """"The meeting between Abbas and Shalom", "their talks": a noun that presents its meeting as known."""
    return token.pos_ == "NOUN" and not object_of_verb(token) and any(
        (c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")) or (possessed and c.dep_ == "poss")
        for c in token.children)


def _factual(event: Event) -> bool:
    """The noun is told as a fact: a hypothetical or denied one ("the involvement of its troops *would be*
    an escalation") says something new about the happening and is a mention of its own."""
    return event.attribution.stance in ("asserted", "reported") and not event.attribution.negated


def _retold_plan(token: Token, event: Event) -> bool:
    """A plan told again points back as talks told as done do: "his trip to China" after "will start a
    visit to China on Sunday"; as the subject of a clause of its own ("the first summit will be attended
    by …") it says something new."""
    return (event.attribution.stance == "planned" and not event.attribution.negated
            and token.dep_ not in ("nsubj", "nsubjpass"))


def _named_in(doc: Doc, actor_id: str, start: int, end: int) -> bool:
    """The actor has a mention inside the character range [start, end)."""
    for actor in doc._.actors or []:
        if actor.id == actor_id:
            return any(start <= s and e <= end for s, e in actor.mentions)
    return False


def _told_before(doc: Doc, token: Token, event: Event, earlier: list[tuple[int, Event]]) -> bool:
    """An earlier sentence holds a mention of ``event``'s type whose participants, or the actors its
    clause names, include every participant of ``event`` (which has at least one)."""
    parties = {p for p in (event.actor, event.recipient) if p is not None}
    if not parties:
        return False
    start = sentence(token).start
    for sent_start, prior in earlier:
        if sent_start >= start or prior.type != event.type:
            continue
        if not _factual(event) and prior.attribution.stance != event.attribution.stance:
            continue  # a plan or a hope points back to one of its kind, not to a happening
        known = {prior.actor, prior.recipient}
        if all(p in known or _named_in(doc, p, prior.evidence.start, prior.evidence.end) for p in parties):
            return True
    return False


def restated_meeting(doc: Doc, token: Token, event: Event, earlier: list[tuple[int, Event]]) -> bool:
    """True when CONSULT ``event`` is a setting, or a definite or possessed noun, whose participants all
    took part in, or are named in the clause of, one CONSULT of an earlier sentence."""
    if event.type != _TYPE:
        return False
    if is_setting(token):
        return _told_before(doc, token, event, earlier)
    return (_definite_noun(token) and (_factual(event) or _retold_plan(token, event))
            and _told_before(doc, token, event, earlier))


_ONGOING = frozenset({"COOPERATE"})


def retold_nominal(doc: Doc, token: Token, event: Event, earlier: list[tuple[int, Event]]) -> bool:
    """True when a definite event noun ("the arrest of four officers", "the deployment of the army")
    names participants that all took part in a mention of its type in an earlier sentence. Cooperation
    goes on rather than happens once: a later sentence on "the bilateral cooperation" tells something new."""
    return (event.type not in _ONGOING and _definite_noun(token, possessed=False) and _factual(event)
            and _told_before(doc, token, event, earlier))


def predicated(token: Token, event: Event, earlier: list[tuple[int, Event]]) -> bool:
    """True when an event noun is the predicate of a copula whose subject holds a mention of its type:
    "Wen's visit to Portugal will be *the first visit by a Chinese leader*" describes that visit, it is
    not a second one."""
    if token.pos_ != "NOUN" or token.dep_ != "attr":
        return False
    subjects = [c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    start = sentence(token).start
    return any(s == start and prior.type == event.type
               and subj.left_edge.idx <= prior.evidence.start and prior.evidence.end <= subj.right_edge.idx
               + len(subj.right_edge) for s, prior in earlier for subj in subjects)
