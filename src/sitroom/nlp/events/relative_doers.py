"""The doer of a nominal act that its relative clause names.

"the drills *that the navy began*", "the bombings *that were carried out by* X": a light verb in the
noun's relative clause has the nominal event as its object, so its subject (or a passive's agent) did
the act. It beats a modifier that names no country ("*military* drills"). The parser often hangs such a
clause on a place or time phrase right after the noun ("the bombings in the capital that were carried
out by …"); a clause there counts too.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitroom.nlp.events.arguments import agents, objects
from sitroom.nlp.events.patterns import Pattern, lemma_of, wordsets
from sitroom.nlp.events.roles import actor_of
from sitroom.nlp.events.subjects import subjects

Roles = tuple[str | None, str | None]

_RELATIVE = frozenset({"that", "which"})
_MODIFIERS = frozenset({"compound", "amod", "nmod"})


def _from_modifier(doc: Doc, token: Token, actor_id: str) -> bool:
    """Whether the actor is only what a modifier of the noun names ("*military* drills"), or has no country."""
    return (any(c.dep_ in _MODIFIERS and actor_of(doc, c) == actor_id for c in token.children)
            or any(a.id == actor_id and not a.country for a in doc._.actors or []))


def relative_actor(doc: Doc, token: Token, pattern: Pattern, found: Roles) -> Roles | None:
    """"the drills that the navy began", "the bombings that were carried out by X": the doer of a light
    verb in the noun's relative clause."""
    if pattern.pos != "NOUN" or (found[0] is not None and not _from_modifier(doc, token, found[0])):
        return None
    light = wordsets().get("light_verbs", frozenset())
    for clause in (c for c in _relative_clauses(token) if lemma_of(c) in light):
        objs = objects(clause)
        if objs and not any(o.lower_ in _RELATIVE for o in objs):
            continue
        passive = any(c.dep_ == "nsubjpass" for c in clause.children)
        doers = agents(clause) if passive else subjects(clause)
        for subj in doers[:1]:
            actor = actor_of(doc, subj)
            if actor and actor != found[1]:
                return actor, found[1]
    return None


_BETWEEN = frozenset({"prep", "pobj", "det", "amod", "compound", "punct", "nummod"})


def _relative_clauses(noun: Token) -> list[Token]:
    """The noun's relative clauses, and one the parser hung on a place or time phrase right after it ("the
    bombings in the capital *that were carried out by* …")."""
    doc = noun.doc
    out = [c for c in noun.children if c.dep_ == "relcl"]
    for i in range(noun.i + 1, min(noun.i + 6, len(doc))):
        if doc[i].dep_ not in _BETWEEN:
            break
        out.extend(c for c in doc[i].children if c.dep_ == "relcl" and doc[i].dep_ == "pobj")
    return out
