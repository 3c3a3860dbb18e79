"""Who acts and who is acted upon: actor and recipient of an event trigger from its dependents.

Verbs take the actor from the subject (the ``by`` agent in the passive) and the
recipient from the object, the dative or a preposition; nominal events
("Russia's invasion of Ukraine", "the deployment of North Korean troops") take
them from the possessive, an adjective or compound naming a country, ``by``/
``of`` phrases, or the subject of the light verb that carries the noun
("launched an attack", "maintain its cooperation"). Tokens become actor ids
through the actor layer; a pronoun or relative word the actor layer did not
resolve borrows the subject of the clause that reports it, a crude stand-in
for coreference that is right for "Rutte said he had spoken with …". Finding a
verb's subject through the parser's slips is ``event_subjects``; conjoined subjects
and recipients that make further events are ``co_roles``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from sitroom.nlp.doctext import sentence
from sitroom.nlp.events.arguments import (
    agents,
    described_between,
    for_clause,
    objects,
    passive_voice,
    prep_objects,
    preps,
    relative_clause,
    stranded_by,
)
from sitroom.nlp.events.complement_roles import alleged_party
from sitroom.nlp.events.examples import examples
from sitroom.nlp.events.joint import SYMMETRIC, symmetric
from sitroom.nlp.events.light_verbs import light_verb
from sitroom.nlp.events.patients import possessor_undergoes
from sitroom.nlp.events.patterns import Pattern, lemma_of, wordsets
from sitroom.nlp.events.quoted_person import quoted_speaker
from sitroom.nlp.events.responsibility import owners
from sitroom.nlp.events.subjects import PRONOUNS as _PRONOUNS
from sitroom.nlp.events.subjects import SUBJ as _SUBJ
from sitroom.nlp.events.subjects import span_actor as _span_actor
from sitroom.nlp.events.subjects import subjects
from sitroom.nlp.events.vague import named_part, vague
from sitroom.nlp.events.visiting import visiting_roles

_RELATIVE = frozenset({"which", "that", "who", "whom", "whose"})
_DEFAULT_VERB_PREPS = ("with", "against", "on", "to", "at", "into", "toward", "towards", "upon", "from", "over")
_DEFAULT_NOUN_PREPS = ("against", "on", "of", "with", "to", "into", "between")
_MOD_DEPS = ("compound", "amod", "nmod")
# types whose conjoined subjects may be each other's partner ("Israel and the UAE established relations")
PARTNERED = SYMMETRIC | {"SUPPORT"}


def actor_of(doc: Doc, token: Token, depth: int = 0) -> str | None:
    """Actor id for a noun phrase headed by ``token``: the head, its pre-modifiers, then small subtrees."""
    found = _head_actor(doc, token, depth)
    if found:
        return found
    clause = relative_clause(token, _RELATIVE)
    if clause is not None and depth < 2:
        return actor_of(doc, clause.head, depth + 1)
    left = token.left_edge.i
    for t in doc[left: token.i]:  # "KINGSTON, Jamaica - Heads of …": a dateline is no modifier
        if t.is_punct:
            left = t.i + 1
    if left < token.i:
        found = _span_actor(doc, left, token.i + 1)
        if found and vague(doc, found) and depth < 2:  # "the Arab country of Tunisia"
            found = named_part(token, lambda t: actor_of(doc, t, depth + 1)) or found
        if found:
            return found
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in prep_objects(prep):
            found = actor_of(doc, obj, depth + 1) if depth < 2 else None
            if found:
                return found
    sub = [t for t in token.subtree if not _in_conjunct(t, token)]
    if len(sub) <= 8:
        found = _span_actor(doc, sub[0].i, sub[-1].i + 1)
        if found:
            return found
    found = _beside(doc, token, depth)
    if found:
        return found
    if token.lower_ in _PRONOUNS and depth < 2:
        return _reporting_subject(doc, token, depth + 1)
    return None


def _in_conjunct(t: Token, head: Token) -> bool:
    """Whether ``t`` belongs to a phrase coordinated with ``head`` ("the coalition *and Afghan troops*"):
    a conjunct names a party of its own."""
    return any(c.dep_ in ("conj", "cc") and c.left_edge.i <= t.i <= c.right_edge.i for c in head.children)


def _head_actor(doc: Doc, token: Token, depth: int) -> str | None:
    """The head word's own actor, a quoted speaker, or the first named example ("states like Iran")."""
    found = _span_actor(doc, token.i, token.i + 1) or quoted_speaker(doc, token)
    named = examples(token) if not found and depth < 2 else []
    return found or (actor_of(doc, named[0], depth + 1) if named else None)


def _apposed(doc: Doc, token: Token, depth: int) -> str | None:
    """The name set beside a noun that names no actor itself: "the man's brother, Kemal Arslan, 35,
    was arrested" arrests Kemal Arslan."""
    return next((found for c in token.children if c.dep_ == "appos" and depth < 2
                 for found in [actor_of(doc, c, depth + 1)] if found), None)


def _beside(doc: Doc, token: Token, depth: int) -> str | None:
    """A party named beside a noun that names none: in apposition, or as what it involved."""
    return _apposed(doc, token, depth) or _involved(doc, token, depth)


def _involved(doc: Doc, token: Token, depth: int) -> str | None:
    """"An incident involving a convoy of ISAF killed …": the party a happening involved did it."""
    return next((found for acl in token.children if acl.dep_ == "acl" and acl.lemma_ == "involve" and depth < 2
                 for obj in objects(acl) for found in [actor_of(doc, obj, depth + 1)] if found), None)


# singular personal pronouns: their antecedent is a person, never a body or a group ("police said he …")
_PERSONAL = frozenset({"he", "she", "him", "her", "his"})


def _reporting_subject(doc: Doc, token: Token, depth: int) -> str | None:
    """Subject of the nearest clause above the pronoun's own clause ("X said he …").

    "he", "him", "his", "she" and "her" skip a subject that is no person: in "Police said he was
    overpowered by commuters" the man overpowered is not the police, and no recipient beats a wrong one.
    """
    clause = token.head
    for anc in clause.ancestors:
        for c in anc.children:
            if c.dep_ in _SUBJ and c.i != token.i and c.lower_ not in _PRONOUNS:
                found = actor_of(doc, c, depth)
                if found and token.lower_ in _PERSONAL and _actor_type(doc, found) != "person":
                    continue
                return found
    return None


def _actor_type(doc: Doc, actor_id: str) -> str | None:
    return next((a.type for a in doc._.actors or [] if a.id == actor_id), None)


def _prep_source(doc: Doc, token: Token, names: tuple[str, ...]) -> list[Token]:
    return [o for p in preps(token) if p.lower_ in names for o in prep_objects(p)]


def _source_tokens(doc: Doc, token: Token, source: str) -> list[Token]:
    if source in ("dobj", "dobj_owner"):
        return objects(token)
    if source == "dative":
        return [c for c in token.children if c.dep_ in ("dative", "iobj") and c.pos_ != "ADP"]
    if source.startswith("prep:"):
        return _prep_source(doc, token, (source[5:],))
    if source == "ccomp_subj":
        return [s for c in token.children if c.dep_ == "ccomp" or for_clause(c) for s in c.children
                if s.dep_ in _SUBJ]
    if source == "subj_owner":
        return subjects(token)
    if source == "poss":
        return [c for c in token.children if c.dep_ == "poss"]
    if source == "agent":
        return agents(token)
    return []


def _first_actor(doc: Doc, tokens: list[Token], exclude: str | None) -> str | None:
    for t in tokens:
        found = actor_of(doc, t)
        if found and found != exclude:
            return found
    return None


# prepositions that set an event as the time of another act rather than make the verb's subject its party
# verbs whose subject suffers the event ("four students died in police firing"): it is the recipient
UNDERGONE = frozenset({"die", "perish"})


def verb_roles(doc: Doc, token: Token, pattern: Pattern) -> tuple[str | None, str | None]:
    passive = passive_voice(token)
    if lemma_of(token) in UNDERGONE:
        return None, _first_actor(doc, subjects(token)[:1], None)
    subj = agents(token) if passive else subjects(token)
    # a row whose subject receives the act ("won support *from* X": recipient=subj_owner) reads its actor
    # from its own sources; every other row starts from the subject
    actor = None if "subj_owner" in pattern.role("recipient") else _first_actor(doc, subj[:1], None)
    if actor is None:
        for source in pattern.role("actor"):
            actor = _first_actor(doc, _source_tokens(doc, token, source), None)
            if actor:
                break
    recipient = None
    if symmetric(pattern):  # "met *with* C" names the partner; else "agreed by Putin and Kim"
        recipient = (_first_actor(doc, _prep_source(doc, token, ("with",)), actor)
                     or _first_actor(doc, subj[1:], actor))
    for source in () if recipient else pattern.role("recipient") or ("dobj", "dative"):
        recipient = _first_actor(doc, _source_tokens(doc, token, source), actor)
        if recipient:
            break
    if recipient is None:
        recipient = _first_actor(doc, _prep_source(doc, token, _DEFAULT_VERB_PREPS), actor)
    if recipient is None and not pattern.role("recipient"):
        recipient = _first_actor(doc, objects(token), actor)
    if recipient is None:  # "threatened to launch missiles *at Japan*": the complement's target
        for comp in (c for c in token.children if c.dep_ == "xcomp"):
            recipient = _first_actor(doc, objects(comp) + _prep_source(doc, comp, _DEFAULT_VERB_PREPS), actor)
            if recipient:
                break
    if recipient is None and pattern.type in PARTNERED:
        recipient = _first_actor(doc, subj[1:], actor)  # "agreed by Putin and Kim": the partner
    if recipient is None:  # "warned that Y would …": the accused or threatened party of the clause
        recipient = alleged_party(token, pattern.type, actor, lambda t: actor_of(doc, t))
    return actor, recipient


_SCENE_PREPS = frozenset({"after", "during", "amid", "following", "despite"})


def _scene_subjects(token: Token) -> list[Token]:
    """The subject of the verb whose setting the nominal event is: a two-sided one ("X retook the town
    after days of fighting with Y", "X left after talks with Y"), or the act the verb was done "in"
    ("X crossed the border in a surprise attack"). So that "Y died after the bombing" does not make the
    victim the bomber, a one-sided event counts only under "in" and a verb that is no one's suffering."""
    two_sided = any(p.lower_ == "with" for p in preps(token))
    current = token
    for _ in range(3):
        if current.dep_ != "pobj" or current.head.dep_ != "prep":
            return []
        prep = current.head
        if prep.lower_ == "of" and prep.head.pos_ == "NOUN":
            current = prep.head  # "two days of fighting"
            continue
        verb = prep.head
        for _ in range(2):  # "retook a bridge linking A to B after …": the clause of the participle's noun
            if verb.dep_ == "acl" and verb.head.dep_ in ("dobj", "pobj") and verb.head.head.pos_ == "VERB":
                verb = verb.head.head
        scene = prep.lower_ in _SCENE_PREPS if two_sided else (
            prep.lower_ == "in" and lemma_of(verb) not in wordsets().get("undergo_verbs", ()))
        if scene and verb.pos_ in ("VERB", "AUX") and not any(c.dep_ == "nsubjpass" for c in verb.children):
            return subjects(verb)[:1]
        return []
    return []


def noun_roles(doc: Doc, token: Token, pattern: Pattern) -> tuple[str | None, str | None]:
    possessors, undergone = [c for c in token.children if c.dep_ == "poss"], possessor_undergoes(token)
    verb = light_verb(token)
    actor = _noun_actor(doc, token, pattern, [] if undergone else possessors, verb)
    recipient = _noun_recipient(doc, token, pattern, actor, verb, possessors if undergone else [])
    if actor is None and recipient is None:  # "the agreement signed between A and B"
        actor = _first_actor(doc, described_between(token), None)
        recipient = _first_actor(doc, described_between(token), actor)
    return actor, recipient


def _noun_actor(doc: Doc, token: Token, pattern: Pattern, possessors: list[Token], verb: Token | None) -> str | None:
    found = (_first_actor(doc, possessors, None)
             or _first_actor(doc, [c for c in token.children if c.dep_ in _MOD_DEPS], None)
             or _first_actor(doc, _prep_source(doc, token, ("by",)) + stranded_by(token), None))
    for source in () if found else pattern.role("actor"):
        found = _first_actor(doc, _source_tokens(doc, token, source), None)
        if found:
            break
    if found is None and verb is not None:
        passive = any(c.dep_ == "nsubjpass" for c in verb.children)
        found = _first_actor(doc, agents(verb) if passive else subjects(verb), None)
    return found or _first_actor(doc, _scene_subjects(token) or owners(token), None)


def _noun_recipient(doc: Doc, token: Token, pattern: Pattern, actor: str | None, verb: Token | None,
                    possessors: list[Token]) -> str | None:
    """``possessors``: those the act befalls ("the envoy's detention"), read before the pattern's sources."""
    found = _first_actor(doc, possessors, actor)
    for source in () if found else pattern.role("recipient") or ():
        found = _first_actor(doc, _source_tokens(doc, token, source), actor)
        if found:
            break
    if found is None:
        used_of = "prep:of" in pattern.role("actor")
        names = tuple(p for p in _DEFAULT_NOUN_PREPS if not (used_of and p == "of"))
        found = _first_actor(doc, _prep_source(doc, token, names), actor)
    if found is None and verb is not None:
        found = _first_actor(doc, _prep_source(doc, verb, _DEFAULT_VERB_PREPS), actor)
    return found


def roles(doc: Doc, token: Token, pattern: Pattern) -> tuple[str | None, str | None]:
    """(actor id, recipient id) for a matched trigger; either may be None."""
    if pattern.pos == "NOUN":
        return noun_roles(doc, token, pattern)
    return visiting_roles(doc, token, actor_of) or verb_roles(doc, token, pattern)


def clause_span(token: Token) -> Span:
    """The trigger's clause as evidence: its subtree (for a nominal, its light verb's), within the sentence."""
    anchor = light_verb(token) or token
    sent = sentence(token)
    start = max(anchor.left_edge.i, sent.start)
    end = min(anchor.right_edge.i + 1, sent.end)
    doc = token.doc
    while end - 1 > start and doc[end - 1].is_punct:
        end -= 1
    return doc[start:end]
