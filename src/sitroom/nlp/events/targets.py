"""Whom an act was aimed at, read from where it happened, when the clause names no recipient.

An attack: the country its target lies in.

"Strikes hit nine camps *in Pakistan*", "Russia shelled villages *in Ukraine*": the
object of an assault is a place or a thing, not an actor, and event coding (CAMEO,
PLOVER) takes the state where the target lies as the one attacked. Only a state
named by an ``in`` phrase on the object (or on a nominal trigger's "on" phrase) counts,
and only when it is not the attacker's own country: "the army shelled villages in
Mali" says nothing of whom it fought there.

A protest: the government whose building it stood at ("rallied outside the Dutch
embassy", "in front of the US embassy").

A visit: the state it went to ("a three-day visit to Lima", "arrived in Quito for
talks on a state visit"), named by a place of another country than the visitor's
within the visit's phrase (or its light verb's), when a state actor of that country
is in the article: PLOVER codes the host of a visit as its recipient. A visit whose phrase
names no place at all ("arrived here for a three-day visit", "the visiting Russian minister")
was made to where the story was filed: the dateline's country, when it is not the visitor's.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitroom.nlp.actors.dateline_country import doc_dateline_country
from sitroom.nlp.actors.lexicon import load_actor_lexicon
from sitroom.nlp.events.arguments import objects, prep_objects
from sitroom.nlp.events.light_verbs import light_verb
from sitroom.nlp.events.patterns import Pattern
from sitroom.nlp.events.roles import actor_of

Roles = tuple[str | None, str | None]

_SITES = frozenset({"outside", "at", "near", "before", "opposite"})

_TYPES = frozenset({"ASSAULT"})
_WHERE = frozenset({"in", "inside", "across"})


def _country(doc: Doc, actor_id: str | None, states_only: bool = False) -> str | None:
    for a in doc._.actors or []:
        if a.id == actor_id and (a.type == "state" or not states_only):
            return a.country
    return None


def _holders(token: Token, pattern: Pattern) -> list[Token]:
    """The words an ``in`` phrase of the target hangs on: the objects, or the nominal trigger's "on" phrase."""
    if pattern.pos == "NOUN":
        return [o for p in token.children if p.dep_ == "prep" and p.lower_ in ("on", "against")
                for o in prep_objects(p)]
    objs = objects(token)
    return [*objs, token] if objs else []  # "hit camps in Pakistan", however the parser hung "in"


def located_target(doc: Doc, token: Token, pattern: Pattern, found: Roles) -> Roles | None:
    """``found`` with the recipient set to the state the attacked object lies in, when it had none."""
    if pattern.type not in _TYPES or found[1] is not None:
        return None
    for holder in _holders(token, pattern):
        for prep in (c for c in holder.children if c.dep_ == "prep" and c.lower_ in _WHERE):
            for place in prep_objects(prep):
                state = actor_of(doc, place)
                country = _country(doc, state, states_only=True)
                if state and country and country != _country(doc, found[0]):
                    return found[0], state
    return None


def _site_objects(token: Token) -> list[Token]:
    """Where a protest stood: "outside/at/near X", and "in front of X"."""
    out: list[Token] = []
    for prep in (c for c in token.children if c.dep_ == "prep"):
        for obj in prep_objects(prep):
            if prep.lower_ in _SITES:
                out.append(obj)
            elif prep.lower_ == "in" and obj.lower_ == "front":
                out += [o for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for o in prep_objects(p)]
    return out


def protested_site(doc: Doc, token: Token, pattern: Pattern, found: Roles) -> Roles | None:
    """"rallied outside the Dutch embassy": a protest at a government's building is addressed to that
    government, when the clause names no other recipient."""
    if pattern.type != "PROTEST" or found[1] is not None:
        return None
    for site in _site_objects(token):
        body = actor_of(doc, site)
        record = next((a for a in doc._.actors or [] if a.id == body), None)
        if record is not None and record.type == "org" and record.role == "GOV" and body != found[0]:
            return found[0], body
    return None


_VISIT_CAMEO = "042"  # make a visit (043, hosting one, has the host as its subject)


def _phrase_countries(doc: Doc, token: Token) -> list[str]:
    """Countries of the places inside the trigger's phrase, or its light verb's, in text order; the dateline
    is never part of a phrase, though the parser may make it the light verb's subject."""
    anchor = light_verb(token) or token
    start, end = anchor.left_edge.idx, anchor.right_edge.idx + len(anchor.right_edge)
    return [p.country for p in sorted(doc._.places or [], key=lambda p: p.start)
            if p.country and start <= p.start < end and p.rule != "dateline"]


def visited_state(doc: Doc, token: Token, pattern: Pattern, found: Roles) -> Roles | None:
    """``found`` with the recipient set to the state a visit went to, when the clause names no host."""
    if pattern.type != "CONSULT" or pattern.cameo != _VISIT_CAMEO or found[1] is not None:
        return None
    own = _country(doc, found[0])
    states = {a.country: a.id for a in doc._.actors or [] if a.type == "state" and a.country}
    named = _phrase_countries(doc, token)
    for country in named:
        if country != own and country in states and states[country] != found[0]:
            return found[0], states[country]
    if named or _elsewhere(token):
        return None
    # ``()`` as the actor layer passes it: ``lru_cache`` keys a call without arguments apart, which
    # loaded (and kept) the whole dictionary a second time
    host = doc_dateline_country(doc, load_actor_lexicon(()))
    if host is not None and host != own and host in states and states[host] != found[0]:
        return found[0], states[host]
    return None


_WHEN = frozenset({"DATE", "TIME"})  # "a three-day visit": how long, not where


def _elsewhere(token: Token) -> bool:
    """Whether the visit's phrase points to a place the gazetteer did not place ("a visit to the region")
    or names what was visited ("a shrine visit", "visited the troops"): then it went there, not to the
    place the story was filed from."""
    anchor = light_verb(token) or token
    return any(c.dep_ == "prep" and c.lower_ in ("to", "in")
               or c.dep_ in ("compound", "dobj") and c.i != token.i and c.ent_type_ not in _WHEN
               and actor_of(token.doc, c) is None
               for c in (*token.children, *anchor.children))
