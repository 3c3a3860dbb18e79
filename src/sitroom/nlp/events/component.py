"""Events: PLOVER-coded events from patterns over the dependency parse.

Each trigger word matched by a row of ``resources/event_patterns.csv`` becomes
one event *mention*: type, mode, context, CAMEO code and intensity from the row;
actor and recipient from its syntactic roles (``event_roles``); date, place and
quantity from the layers that found them; and the attribution (who vouches,
with what stance) from the attribution layer combined with the clause's own
modality, so that "would mark an escalation if …" or "could not confirm" are
recorded but never read as fact. Several sources for one happening give one
mention each; the ledger merges them. ``factual`` selects the asserted ones.

Two kinds of trigger are dropped because another mention already codes them:
the content of a request, promise, threat or refusal ("urged Russia to
*withdraw*": the event is the REQUEST, not a withdrawal), and a nominal trigger
carried by a verb trigger of the same type ("launched an *attack*").

A person whose office on the event's date differs from the one on the
article's date points to a separate Actor record coded for that date
(``event_actors``): "In 2023, Rutte met …" in a 2025 article is the Dutch
prime minister, not NATO's chief.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc, Token

from sitroom.nlp.attribution import component as attribution_layer
from sitroom.nlp.attribution.anonymity import asks_anonymity
from sitroom.nlp.doctext import sentence, tokens_with_pos
from sitroom.nlp.events import context as context
from sitroom.nlp.events import derive as derive
from sitroom.nlp.events.actors import recode_by_event_date
from sitroom.nlp.events.agents import with_means_agent
from sitroom.nlp.events.ahead import still_to_come
from sitroom.nlp.events.anaphora import anaphoric
from sitroom.nlp.events.cameo import cameo_info
from sitroom.nlp.events.casualties import lend_victims, part_of_told_force
from sitroom.nlp.events.caused import caused_actors
from sitroom.nlp.events.checks import checked_claims
from sitroom.nlp.events.classifiers import averted, classifier, nonspecific, participle_as_noun
from sitroom.nlp.events.clause_pairs import clause_pairs
from sitroom.nlp.events.co_roles import co_actors, co_recipients
from sitroom.nlp.events.contests import contest
from sitroom.nlp.events.dating import date_events
from sitroom.nlp.events.denials import land_denials
from sitroom.nlp.events.doers import doer_phrases
from sitroom.nlp.events.framing import predicated, restated_meeting, retold_nominal
from sitroom.nlp.events.grounds import accused_on_grounds
from sitroom.nlp.events.hidden_agents import own_subject
from sitroom.nlp.events.hopes import appeal
from sitroom.nlp.events.hosts import hostless_visit
from sitroom.nlp.events.implied_agents import implied_police, removed_from
from sitroom.nlp.events.judgements import judged_acts
from sitroom.nlp.events.mutual import mirrored
from sitroom.nlp.events.obligations import demand as obligation_demand
from sitroom.nlp.events.obligations import recode
from sitroom.nlp.events.opponents import story_opponents
from sitroom.nlp.events.orders import ordered_act, ordered_content
from sitroom.nlp.events.participants import listed_parties, participants
from sitroom.nlp.events.parties import judged_recipients, shared_pairs, with_parties
from sitroom.nlp.events.partners import story_partners
from sitroom.nlp.events.patterns import Pattern
from sitroom.nlp.events.questions import polar_question, put_question
from sitroom.nlp.events.rebuttal import rebutted_recipients
from sitroom.nlp.events.receivers import dative_passives, object_owners, undergoer_phrases
from sitroom.nlp.events.restatement import restates
from sitroom.nlp.events.roles import clause_span, roles
from sitroom.nlp.events.senses import (
    danger_sense,
    deployment_sense,
    empty_threat,
    open_option,
    pledged_aid,
    procedure_sense,
    relations_state,
    state_sense,
    topic_sense,
)
from sitroom.nlp.events.speech_acts import asserted_saying, performed
from sitroom.nlp.events.triggers import candidates, carried, governing_trigger, is_content_of, lend_aims
from sitroom.nlp.events.venues import venue
from sitroom.nlp.steps import Step, first
from sitroom.records import Attribution, Event, Evidence

_VERB = frozenset({"VERB"})
_NOUN = frozenset({"NOUN"})


def _roles_all(doc: Doc, found: list[tuple[Token, Pattern]]) -> dict[int, tuple[str | None, str | None]]:
    """Roles of every trigger; a trigger missing a role borrows it from the trigger it depends on."""
    triggers = {tok.i: p for tok, p in found}
    table = {tok.i: with_parties(doc, tok, p, with_means_agent(doc, tok, roles(doc, tok, p))) for tok, p in found}
    for tok, _ in found:
        head = governing_trigger(tok, triggers)
        if head is None:
            continue
        actor, recipient = table[tok.i]
        h_actor, h_recipient = table[head]
        actor = actor or (None if own_subject(tok) or h_actor == recipient else h_actor)
        if recipient is None and h_recipient != actor:
            recipient = h_recipient
        table[tok.i] = (actor, recipient)
    listed_parties(doc, found, table)
    shared_pairs(found, table)
    story_partners(found, table)
    clause_pairs(doc, found, table)
    caused_actors(found, table)
    judged_recipients(found, table)
    rebutted_recipients(found, table)
    lend_victims(found, table)
    lend_aims(found, table)
    doer_phrases(doc, found, table)
    dative_passives(doc, found, table)
    object_owners(doc, found, table)
    undergoer_phrases(doc, found, table)
    implied_police(doc, found, table)
    removed_from(doc, found, table)
    story_opponents(found, table)  # last: what the sentence itself names comes first
    return table


def _event(doc: Doc, token: Token, pattern: Pattern, actor: str | None, recipient: str | None,
           attribution: Attribution) -> Event:
    span = clause_span(token)
    date, place, quantity = context.links(doc, token)
    if pattern.pos == "NOUN":
        attribution = still_to_come(doc, token, date, attribution)
    info = cameo_info(pattern.cameo)
    intensity = pattern.intensity if pattern.intensity is not None else (info.goldstein if info else None)
    confidence = pattern.confidence * (1.0 if actor else 0.85)
    if pattern.pos == "NOUN" and actor is None and recipient is None:
        confidence *= 0.7  # "the bombing", "the talks": most likely a mention of an event told elsewhere
    return Event(
        id="e0", type=pattern.type, mode=pattern.mode, context=pattern.context,  # type: ignore[arg-type]
        cameo=pattern.cameo, intensity=intensity, actor=actor, recipient=recipient,
        date=date, place=place, quantity=quantity, attribution=attribution,
        evidence=Evidence(start=span.start_char, end=span.end_char, text=span.text),
        confidence=round(confidence, 3), rule=pattern.id,
    )


def _adjusted(tok: Token, kind: str, attribution: Attribution) -> tuple[Attribution, bool]:
    """'ready to send' is not sent (planned); 'failed to reach' did not reach (negated)."""
    intent = derive.intent_governor(tok) or derive.called_protest(tok, kind)
    if intent is None and tok.pos_ == "NOUN" and tok.dep_ == "dobj":
        intent = derive.intent_governor(tok.head)  # "is willing to further *cooperation*"
    intended = intent is not None
    if intended and attribution.stance == "asserted":
        attribution = attribution.model_copy(update={"stance": "planned"})
    if derive.failed(tok) or intent is not None and derive.disowned(intent):
        attribution = attribution.model_copy(update={"negated": True})
    return attribution, intended


# Candidate mentions that are no event of their own, in order; the first step that holds drops one.
_NOT_EVENTS: tuple[Step[bool], ...] = (
    Step("anaphoric", lambda tok, p, e, _: p.pos == "NOUN" and anaphoric(tok, e.actor, e.recipient),
         "the talks: a pointer to an event told with its participants elsewhere"),
    Step("danger_sense", lambda tok, p, e, _: danger_sense(p.type, p.pos == "NOUN", e.actor, tok),
         "a threat to its security: a danger, not a warning anyone issued"),
    Step("topic_sense", lambda tok, p, e, _: topic_sense(p.type, p.pos == "NOUN", e.actor, e.recipient),
         "cooperation and development: a topic, no party acts"),
    Step("contest", lambda tok, p, e, _: contest(tok, e), "Arsenal beat Sparta, the semifinal clash: a game"),
    Step("procedure_sense", lambda tok, p, e, _: procedure_sense(tok, p.mode, e.actor, e.recipient),
         "investigations are under way: an inquiry with no investigator or suspect named"),
    Step("restatement", lambda tok, p, e, seen: restates(tok, e, [x for x in seen if x[1].type == "ASSAULT"]),
         "clashes after an attack told in the same sentence"),
    Step("casualty", lambda tok, p, e, seen: part_of_told_force(tok, e, p.pos == "NOUN", seen),
         "opened fire, killing three; wounded in the attack; the injured: the harm of force coded elsewhere"),
    Step("restated_meeting", lambda tok, p, e, seen: restated_meeting(tok.doc, tok, e, seen),
         "When meeting with X, … after a sentence that told the meeting with X"),
    Step("retold_nominal", lambda tok, p, e, seen: p.pos == "NOUN" and retold_nominal(tok.doc, tok, e, seen),
         "the arrest of four officers, after a sentence that told the arrest"),
    Step("predicated", lambda tok, p, e, seen: predicated(tok, e, seen),
         "X's visit will be the first visit by …: the noun describes the mention in its subject"),
    Step("anonymity", lambda tok, p, e, _: asks_anonymity(tok), "a diplomat who refused to be named"),
    Step("hostless_visit", lambda tok, p, e, _: hostless_visit(tok.doc, tok, e),
         "visited a shrine, visited his own country's troops: no host of another side"),
    Step("open_option", lambda tok, p, e, _: open_option(tok, e.attribution.negated),
         "could not rule out that others were involved: the option stays open"),
    Step("polar_question", lambda tok, p, e, _: polar_question(tok), "Is there any talk of negotiations?"),
    Step("put_question", lambda tok, p, e, _: p.type == "REQUEST" and put_question(tok),
         "Asked if the rebels favoured force, he said …: a question, no request"),
    Step("classifier", lambda tok, p, e, _: classifier(tok, p.pos == "NOUN"), "summit meetings, attack helicopters"),
    Step("nonspecific", lambda tok, p, e, _: nonspecific(tok, p.pos == "NOUN"), "to prevent any attack"),
    Step("averted", lambda tok, p, e, _: averted(tok), "to prevent new clashes: no clash took place"),
    Step("participle_as_noun", lambda tok, p, e, _: participle_as_noun(tok), "most of the arrested were …"),
    Step("relations_state", lambda tok, p, e, _: relations_state(tok, e), "relations have been strained"),
    Step("venue", lambda tok, p, e, _: venue(tok, p.type, p.pos == "NOUN"), "met on the sidelines of a summit"),
    Step("empty_threat", lambda tok, p, e, _: empty_threat(tok, p),
         "vowed to return to power: a promise whose content threatens no one"),
    Step("state_sense", lambda tok, p, e, _: state_sense(tok, p.pos == "NOUN", e.actor, e.recipient),
         "calm was restored after an hour of unrest: a state of affairs, no act"),
    Step("partyless_dictionary_row", lambda tok, p, e, _: p.id.startswith("petrarch.") and e.actor is None
         and e.recipient is None, "resolving the nuclear issue: the CAMEO coder codes only acts between parties"),
)


def extract_events(doc: Doc) -> list[Event]:
    """All event mentions of a parsed Doc, in text order (derived mentions follow their base)."""
    found = candidates(doc)
    triggers = {tok.i: p for tok, p in found}
    table = _roles_all(doc, found)
    events: list[Event] = []
    seen: list[tuple[int, Event]] = []  # (sentence start, mention): what a later mention may restate
    for tok, pattern in found:
        if is_content_of(tok, triggers) or carried(tok, pattern, triggers) or ordered_content(tok, triggers):
            continue
        attribution, frame, clause, negated = context.attribution(doc, tok, pattern)
        attribution, intended = _adjusted(tok, pattern.type, attribution)
        base = performed(tok, pledged_aid(deployment_sense(_event(doc, tok, pattern, *table[tok.i], attribution), tok)))
        base = ordered_act(base, tok, triggers)
        if first(_NOT_EVENTS, tok, pattern, base, seen) is not None:
            continue
        seen.append((sentence(tok).start, base))
        if pattern.pos == "VERB" and derive.deontic(tok) is not None:
            demand = obligation_demand(doc, tok, base, frame)
            if demand is not None:
                events.append(demand)
                continue
            base = derive.obliged(base)
        events.append(base)
        events.extend(accused_on_grounds(tok, base))
        events.extend(base.model_copy(update={"actor": other, "rule": f"{base.rule}+conj"})
                      for other in co_actors(doc, tok, pattern, (base.actor, base.recipient)))
        events.extend(mirrored(tok, pattern, base))
        listed = participants(doc, tok, pattern)
        if len(listed) > 2 and base.actor == listed[0]:
            events.extend(base.model_copy(update={"actor": other, "rule": f"{base.rule}+party"})
                          for other in listed[1:])
        events.extend(base.model_copy(update={"recipient": other, "rule": f"{base.rule}+each"})
                      for other in co_recipients(doc, tok, pattern, base.actor, base.recipient))
        if frame is not None and frame.stance not in ("asserted", "reported"):
            continue  # a denied or unconfirmed report of an intention is no intention on record
        mood = derive.mood_type(pattern.type, clause, negated, intended)
        if mood is not None:
            events.append(recode(base, mood[0], mood[1], "mood", attribution=asserted_saying(frame)))
    events.extend(e for tok in map(doc.__getitem__, tokens_with_pos(doc, _NOUN))
                  if tok.i not in triggers and (e := appeal(doc, tok)) is not None)
    for tok in map(doc.__getitem__, tokens_with_pos(doc, _VERB)):
        if tok.i not in triggers and derive.deontic(tok) is not None:
            frame = attribution_layer.attribution_for(doc, tok.idx, tok.idx + len(tok))
            demand = obligation_demand(doc, tok, None, frame)
            if demand is not None:
                events.append(demand)
    events.sort(key=lambda e: (e.evidence.start, e.evidence.end))
    return [e.model_copy(update={"id": f"e{i}"}) for i, e in enumerate(events, 1)]


def factual(events: Iterable[Event]) -> list[Event]:
    """Events the text (or its source) states as having happened: stance ``asserted`` and not negated.

    Hypothetical, conditional, planned, denied, unconfirmed and negated mentions stay
    in the record for analysts, but a count of what happened must leave them out.
    """
    return [e for e in events if e.attribution.stance == "asserted" and not e.attribution.negated]


class EventTagger:
    def __init__(self, actor_files: tuple[str, ...] = ()) -> None:
        self.actor_files = actor_files  # the same extra dictionaries as the actor layer, to code people by date

    def __call__(self, doc: Doc) -> Doc:
        events = land_denials(doc, recode_by_event_date(doc, extract_events(doc), self.actor_files))
        events = judged_acts(doc, checked_claims(doc, events))
        doc._.events = date_events(events, doc._.times or [], doc._.ref_date, [s.start_char for s in doc.sents])
        return doc


@Language.factory(
    "sitroom_events",
    requires=["doc._.actors", "doc._.times", "doc._.places", "doc._.frames", "doc._.quantities"],
    assigns=["doc._.events", "doc._.dated_actors"],
    default_config={"actor_files": []},
)
def make_event_tagger(nlp: Language, name: str, actor_files: list[str]) -> EventTagger:
    return EventTagger(tuple(str(p) for p in actor_files))
