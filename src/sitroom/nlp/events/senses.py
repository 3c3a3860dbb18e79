"""Sense guards that need the event's roles, which the pattern table's frames cannot see.

A nominal threat with nobody threatening ("a serious threat to Rwanda's security",
"no serious threat to them") is the *danger* sense of the noun: PLOVER's
THREATEN is a coercive warning someone issues, so the noun codes one only when
its issuer is found (a possessor, a subject of "issue", a *by* agent …).

Likewise "cooperation and development" or "South-South cooperation" with no
party named is a topic, not an act: PLOVER's COOPERATE is *mutual* exchange and
requires a recipient, so its nominal trigger codes an event only when at least
one party (actor or recipient) is found. (AID also requires a recipient, but
"aid" without a named donor is usually still a delivery the article reports.)

Troops sent with no recipient named ("the government sent more troops to the
province", "the coast guard sent 16 ships near the islands") are given to nobody:
PLOVER's AID is a transfer to another party, so the CAMEO 074 row (military protection)
without a recipient (and without a body it is given *to*) codes the deployment itself,
MOBILIZE (CAMEO 154).

A pledge, offer or promise *of aid* (the CAMEO 033 rows: "pledged 10 million dollars in
aid", "offered assistance") is, by the project's ontology decision (docs/events-precision.md),
one mention of the act it promises: AID with stance ``planned``, from which
``manual.manual_coding`` derives the manual's AGREE (033) again.

Relations that "have been strained" or "were strained by the arrest" (the CAMEO STRAIN RELATIONS
phrase, 160) describe how relations stand: with no party named as straining them, the passive tells
a state, not PLOVER's SANCTION, which is an act of reducing relations that someone takes.

An inquiry is PLOVER's ACCUSE (mode *investigate*) only as an act of an investigating party
against a suspect: "investigations are under way", "the investigation into the blast has
started", with neither party named, tell a procedure, not an accusation anyone made. So an
investigate-mode mention, verb or noun, needs an actor or a recipient.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.nlp.attribution.cues import lexicon
from sitroom.nlp.events.guards import guard_words
from sitroom.nlp.events.patterns import Pattern, match
from sitroom.nlp.events.subjects import span_actor
from sitroom.nlp.places.mentions import place_words
from sitroom.records import Event

# Event types whose nominal trigger, without an actor, reads as a state rather than an act: a danger
# ("a threat to its security"), a standing or a poll share ("solid support", "58 percent support").
_ACT_ONLY_WITH_ISSUER = frozenset({"THREATEN", "SUPPORT"})
# Types a state of affairs can be the subject of ("violence erupted", "the unrest spread"); every other act
# needs a party to do it ("if the situation demands" is no demand).
_HAPPENINGS = frozenset({"ASSAULT", "PROTEST", "COERCE", "MOBILIZE", "RETREAT"})


# Types whose nominal without any party names a topic: cooperation between no one, sanctions on no one by
# no one ("sanctions, appeals and laboratory practices"; dev sets D, F, I: four false events for one match).
_NEEDS_A_PARTY = frozenset({"COOPERATE", "SANCTION"})


def topic_sense(event_type: str, nominal: bool, actor: str | None, recipient: str | None) -> bool:
    """True when a nominal trigger of a two-party type names neither party: a topic, not an act."""
    return nominal and actor is None and recipient is None and event_type in _NEEDS_A_PARTY


def state_sense(token: Token, nominal: bool, actor: str | None, recipient: str | None) -> bool:
    """True for a trigger noun that names a state of affairs (``situation_nouns``: "calm was restored after an
    hour of *unrest*") with neither party: a condition of the place, not an act anyone did."""
    return nominal and actor is None and recipient is None and token.lemma_.lower() in lexicon().situation_nouns


def danger_sense(event_type: str, nominal: bool, actor: str | None, token: Token | None = None) -> bool:
    """True when a nominal trigger of an act-only type has no issuer: the noun names a danger or a standing; or when
    a verb of an act a party does has a state of affairs for subject ("the deadlock threatens the
    conference", "if the situation demands")."""
    if actor is not None:
        return False
    if event_type in _ACT_ONLY_WITH_ISSUER and nominal:
        return True
    return event_type not in _HAPPENINGS and not nominal and token is not None and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in lexicon().situation_nouns for c in token.children)


# PLOVER modes that are acts of one party upon another only when a party is named.
_PARTY_MODES = frozenset({"investigate"})


def procedure_sense(token: Token, mode: str | None, actor: str | None, recipient: str | None) -> bool:
    """True when an inquiry names neither the investigator nor the investigated: a procedure, no accusation.
    "X has been put *under* investigation" names the suspect as the clause's subject and is kept."""
    if mode not in _PARTY_MODES or actor is not None or recipient is not None:
        return False
    return not (token.dep_ == "pobj" and token.head.lower_ == "under")


_PLACES = frozenset({"GPE", "LOC", "FAC"})  # "sent troops *to Borno state*": where, not to whom
_TROOPS_GIVEN = "074"  # CAMEO: provide military protection or peacekeeping
_DEPLOYED = "154"  # CAMEO: mobilize or increase armed forces


def _place(noun: Token) -> bool:
    """"Borno state", "Kinmen": the noun or its compound names a place (a peace-keeping force *in* Liberia
    is still a force)."""
    return (noun.ent_type_ in _PLACES or noun.lemma_.lower() in _area_nouns()
            or any(c.dep_ == "compound" and c.ent_type_ in _PLACES for c in noun.children))


def _area_nouns() -> frozenset[str]:
    """Nouns that name an area whatever the entity model makes of the name before them ("Bihar *state*"):
    the places layer's region, division and capital words."""
    return place_words("region_nouns") | place_words("division_words") | place_words("capital_nouns")


def deployment_sense(event: Event, token: Token) -> Event:
    """Troops sent to no named party: a deployment (MOBILIZE), not military aid. Troops given *to* a body
    the actor layer does not code ("contribute troops to a peace-keeping force") stay AID; *to* a place
    ("sent troops to Borno state") is where they deploy."""
    if event.type != "AID" or event.cameo != _TROOPS_GIVEN:
        return event
    if event.recipient is not None and not (_sent_to_place(token) and not _to_help(token)):
        return event
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "to" and not any(_place(o) for o in prep.children):
            return event
    return event.model_copy(update={"type": "MOBILIZE", "cameo": _DEPLOYED, "mode": "troops",
                                    "rule": f"{event.rule}+deployed"})


_HELPING = frozenset({"aid", "help", "support", "back", "protect", "defend", "assist", "reinforce", "bolster"})


def _sent_to_place(token: Token) -> bool:
    """"sending troops *to Afghanistan*": the party named is only where they go."""
    return any(prep.dep_ == "prep" and prep.lower_ in ("to", "into") and any(_place(o) for o in prep.children)
               for prep in token.children)


def _to_help(token: Token) -> bool:
    """"sending 1,400 troops *to aid* the rebels", "to fight for the alliance": troops sent to someone's side."""
    return any(c.dep_ in ("advcl", "xcomp") and (c.lemma_.lower() in _HELPING or any(
        p.lower_ == "for" for p in c.children if p.dep_ == "prep")) for c in token.children)


_AID_PROMISED = "033"  # CAMEO: express intent to provide material aid
_AID = "070"  # CAMEO: provide aid


def pledged_aid(event: Event) -> Event:
    """A pledge of aid: the AID it promises, planned (an asserted pledge; other stances are kept)."""
    if event.type != "AGREE" or event.cameo != _AID_PROMISED:
        return event
    attribution = event.attribution
    if attribution.stance == "asserted":
        attribution = attribution.model_copy(update={"stance": "planned"})
    return event.model_copy(update={"type": "AID", "cameo": _AID, "attribution": attribution,
                                    "rule": f"{event.rule}+pledged"})


_REDUCE_RELATIONS = "160"  # CAMEO: reduce relations


def relations_state(token: Token, event: Event) -> bool:
    """True for "relations (between A and B) have been strained (by …)" with no party straining them: a
    state. The sides named in the subject are whose relations they are, not who strained them."""
    if event.type != "SANCTION" or event.cameo != _REDUCE_RELATIONS:
        return False
    if not any(c.dep_ == "nsubjpass" for c in token.children):
        return False
    agents = [o for c in token.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    return event.actor is None or all(span_actor(o.doc, o.left_edge.i, o.right_edge.i + 1) != event.actor
                                      for o in agents)


def open_option(token: Token, negated: bool) -> bool:
    """A verb of closing off an option, negated ("could not *rule out* that others were involved"): the
    option stays open, which is neither a rejection nor a denied one."""
    return negated and token.lemma_.lower() in guard_words()["open_when_negated"]


_PROMISES = frozenset({"vow", "swear", "pledge"})  # verbs that promise: a threat only by what they promise
# Types of act whose mention in a vow's content makes the vow a threat ("vowed to destroy", "vowed to continue
# the war", "vowed to hunt down the attackers").
_HOSTILE = frozenset({"ASSAULT", "COERCE", "THREATEN", "SANCTION", "PROTEST", "REJECT", "ACCUSE", "MOBILIZE"})


def empty_threat(token: Token, pattern: Pattern) -> bool:
    """True for a threat coded by the verb alone ("vowed", an empty frame) whose content names no hostile act:
    "vowed to return to power", "vowed China is willing to push forward friendship" promise, they do not
    threaten. A verb with no content ("vowed revenge" has its own row) is left alone."""
    if pattern.type != "THREATEN" or pattern.pos != "VERB" or pattern.conditions or pattern.lemma not in _PROMISES:
        return False
    content = [c for c in token.children if c.dep_ in ("xcomp", "ccomp")]
    if not content:
        return False
    for clause in content:
        for word in clause.subtree:
            found = match(word) if word.pos_ in ("VERB", "NOUN") else None
            if found is not None and found.type in _HOSTILE:
                return False
    return True
