"""A speaker who calls a party's act a crime or an act of war accuses that party.

"Guyana says *the moves are an 'outlaw' act*", "the minister told the Council that *Rwanda's
actions amounted to 'a declaration of war'*", "X said the shelling *constituted a flagrant
violation* of the truce": the reported clause has no verb of accusing, yet saying it is PLOVER's
ACCUSE (CAMEO 111, criticize or denounce) by the speaker. The clause is a copula ("is", "are"),
"amount to", "constitute" or "represent", whose complement is a condemning noun (word set
``condemning_nouns`` of ``resources/event_guards.csv``: violation, provocation, aggression, crime,
"declaration of war" …) or a noun with a condemning modifier (``condemning_mods``: outlaw,
illegal, criminal, hostile …). The accused party is the owner of the judged subject ("*Rwanda's*
actions") or the subject itself when it is an actor; none is invented. A clause as subject
("attacking aid workers is a crime") states a norm and judges no one's act. Only a reported clause
with a named speaker counts (the outlet's own wording is description), and a clause that already
holds an ACCUSE mention gets no second one.

Holding a party responsible for a hostile act ("police said *the Tigers were behind* the attack",
"Hamas was *responsible for* the bombing, officials said": ``responsibility``) is an accusation by the
speaker too (CAMEO 112), unless the speaker is that party (a claim of its own act).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from sitroom.nlp.attribution import component as attribution_layer
from sitroom.nlp.doctext import tokens_with_pos
from sitroom.nlp.events import context as context
from sitroom.nlp.events.clause_events import clause_event
from sitroom.nlp.events.guards import guard_words
from sitroom.nlp.events.responsibility import responsible_parties
from sitroom.nlp.events.roles import actor_of, clause_span
from sitroom.nlp.events.speech_acts import asserted_saying
from sitroom.records import Attribution, Event

_JUDGING = frozenset({"be", "amount", "constitute", "represent"})
_NOUNS = frozenset({"NOUN"})
_DENOUNCE = "111"  # CAMEO: criticize or denounce


def _condemning(noun: Token) -> bool:
    words = guard_words()
    if noun.lemma_.lower() in words["condemning_nouns"]:
        return True
    if noun.lemma_.lower() == "declaration":  # "a declaration of war"
        return any(p.lower_ == "of" and any(o.lemma_.lower() == "war" for o in p.children) for p in noun.children)
    return any(c.dep_ in ("amod", "compound", "nmod") and c.lemma_.lower() in words["condemning_mods"]
               for c in noun.children)


def _judging_verb(noun: Token) -> Token | None:
    """The copula or judging verb whose complement ``noun`` is."""
    head = noun.head
    if noun.dep_ == "attr" and head.lemma_.lower() == "be":
        return head
    if noun.dep_ == "dobj" and head.lemma_.lower() in _JUDGING - {"be"}:
        return head
    if noun.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_.lower() in ("amount", "tantamount"):
        verb = head.head
        return verb.head if verb.pos_ == "ADJ" and verb.dep_ == "acomp" else verb
    return None


def _accused(doc: Doc, verb: Token) -> str | None:
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    owner = next((c for c in subj.children if c.dep_ == "poss"), None)
    return actor_of(doc, owner) if owner is not None else actor_of(doc, subj)


def _judgement(doc: Doc, noun: Token, events: list[Event]) -> Event | None:
    verb = _judging_verb(noun) if noun.pos_ == "NOUN" and _condemning(noun) else None
    if verb is None or not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None  # "Attacking civilians is a crime": a norm stated, no party's act judged
    frame = attribution_layer.attribution_for(doc, verb.idx, verb.idx + len(verb))
    if frame is None or frame.source is None:
        return None
    span: Span = clause_span(verb)
    if any(e.type == "ACCUSE" and e.evidence.start < span.end_char and e.evidence.end > span.start_char
           for e in events):
        return None
    recipient = _accused(doc, verb)
    return _accusation(doc, verb, frame, recipient if recipient != frame.source else None,
                       ("disapprove", _DENOUNCE, 0.6, "accuse.judgement"))


def _accusation(doc: Doc, verb: Token, frame: Attribution, recipient: str | None,
                kind: tuple[str, str, float, str]) -> Event:
    """An ACCUSE by the frame's source, told by the clause of ``verb``; ``kind``: mode, CAMEO code,
    confidence and rule."""
    mode, cameo, confidence, rule = kind
    return clause_event(verb, "ACCUSE", cameo, frame.source, recipient, asserted_saying(frame, frame.source), rule,
                        confidence, mode=mode, date=context.links(doc, verb)[0])


_HOSTILE = frozenset({"ASSAULT", "COERCE", "THREATEN", "SANCTION", "MOBILIZE"})
_ALLEGE = "112"  # CAMEO: accuse of crime, corruption


def _blame(doc: Doc, noun: Token, events: list[Event]) -> Event | None:
    """"Police said the Tigers were behind the attack": a speaker who holds a party responsible for a
    hostile act accuses it, as one who calls the act a crime does."""
    parties = responsible_parties(noun, predicated=True)
    if not parties or not any(e.type in _HOSTILE and e.evidence.start <= noun.idx < e.evidence.end for e in events):
        return None
    word = noun.head.head
    verb = word if word.pos_ in ("VERB", "AUX") else word.head
    frame = attribution_layer.attribution_for(doc, verb.idx, verb.idx + len(verb))
    recipient = actor_of(doc, parties[0])
    if frame is None or frame.source is None or recipient is None or recipient == frame.source:
        return None
    return _accusation(doc, verb, frame, recipient, ("allege", _ALLEGE, 0.55, "accuse.blame"))


def judged_acts(doc: Doc, events: list[Event]) -> list[Event]:
    """``events`` plus one ACCUSE per reported clause that calls a party's act a crime or an act of war,
    or holds a party responsible for a hostile act."""
    added: list[Event] = []
    for i in tokens_with_pos(doc, _NOUNS):  # a judgement is a common noun: no Token for other words
        found = _judgement(doc, doc[i], [*events, *added]) or _blame(doc, doc[i], events)
        if found is not None:
            added.append(found)
    n = len(events)
    return events + [e.model_copy(update={"id": f"e{n + i}"}) for i, e in enumerate(added, 1)]
