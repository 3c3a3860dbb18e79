"""The ``subjrole:``, ``byrole:`` and ``doer:`` frame conditions: the trigger's subject or passive "by"
phrase, and what kind of actor it is.

Movement verbs change sense with their subject: "rebels *entered* the town" is an assault, "the
delegation *entered* the hall" is nothing; "the president *fled* the capital" is a retreat, "residents
fled" is flight, not an act of a party. The word of the subject cannot say it when the subject is a
name or a pronoun ("the MNDAA took Laukkai", "they have entered Damascus"), but the actor layer has
already coded it, with the role of the Phoenix agent dictionary (MIL, REB, INS, GOV ...). The
condition holds when the subject (the verb's own, or that of the verb it is the complement or
conjunct of) is an actor mention whose role holds one of the listed codes. It reads the actor layer
directly, not the roles step, which itself matches patterns.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.nlp.actors import component as actor_layer
from sitroom.nlp.events.datelines import after_dateline

_CLIMB = frozenset({"xcomp", "conj", "acomp", "advcl"})


def actor_roles(role: str | None) -> set[str]:
    """'GOVMIL' → {'GOV', 'MIL'}: the dictionary joins three-letter codes."""
    text = role or ""
    return {text[i:i + 3] for i in range(0, len(text), 3)}


def _subject(token: Token) -> Token | None:
    """The nearest subject of the trigger, climbing through control, coordination and copulas."""
    current = token
    for _ in range(4):
        subj = next((c for c in current.children if c.dep_ in ("nsubj", "csubj")), None)
        if subj is not None:
            return after_dateline(subj)
        if current.dep_ not in _CLIMB or current.head is current:
            return None
        current = current.head
    return None


def _actor_id(token: Token) -> str | None:
    """The actor the subject's head word, or its phrase up to the head, refers to."""
    doc = token.doc
    found = actor_layer.actor_at(doc, token.idx, token.idx + len(token))
    if found is None and token.left_edge.i < token.i:
        left = token.left_edge
        found = actor_layer.actor_at(doc, left.idx, token.idx + len(token))
    if found is None:  # "a group of separatists": the group is who its members are
        found = next((a for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                      for o in p.children if o.dep_ == "pobj" and (a := _actor_id(o)) is not None), None)
    if found is None and token.pos_ == "PRON":
        # "rebels say they have entered …": the subject of the clause above the pronoun's own
        above = next((c for anc in token.head.ancestors for c in anc.children
                      if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
        found = _actor_id(above) if above is not None else None
    return found


def place_named(token: Token) -> bool:
    """The word is inside a place the places layer found: the entity model often misses a small town's
    name ("the militia seized Kindu")."""
    return any(p.start <= token.idx < p.end for p in token.doc._.places or [])


def _has_role(words: frozenset[str], token: Token) -> bool:
    """The actor the phrase headed by ``token`` refers to holds one of the listed role codes."""
    actor_id = _actor_id(token)
    actor = next((a for a in token.doc._.actors or [] if a.id == actor_id), None) if actor_id else None
    return actor is not None and bool(actor_roles(actor.role) & {w.upper() for w in words})


def subject_role(words: frozenset[str], token: Token) -> bool:
    """``subjrole:MIL|REB``: the trigger's subject is an actor with one of these role codes."""
    if any(c.dep_ == "nsubjpass" for c in token.children):
        return False
    subj = _subject(token)
    return subj is not None and _has_role(words, subj)


def agent_role(words: frozenset[str], token: Token) -> bool:
    """``byrole:COP``: a passive trigger's "by" phrase is an actor with one of these role codes ("was
    questioned by police": an interrogation; "was questioned by reporters" is not)."""
    return any(_has_role(words, o) for c in token.children if c.dep_ == "agent"
               for o in c.children if o.dep_ == "pobj")


def doer_is(words: frozenset[str], token: Token) -> bool:
    """``doer:*``: the trigger has a doer, its own subject or that of the verb it is the complement or
    conjunct of ("Norway wants to *strengthen* its ties"); a passive or a bare gerund in a list of aims
    ("deepening friendship, *bolstering* cooperation") has none."""
    if any(c.dep_ == "nsubjpass" for c in token.children):
        return False
    subj = _subject(token)
    return subj is not None and (not words or subj.lemma_.lower() in words or subj.lower_ in words)


def person_named(token: Token) -> bool:
    """The noun phrase headed by ``token`` names an actor the actor layer coded as a person: the entity
    model often tags a bare surname or an unfamiliar full name as an organisation ("police questioned
    Paul Gascoigne")."""
    if token.pos_ != "PROPN":
        return False
    actor_id = _actor_id(token)
    actor = next((a for a in token.doc._.actors or [] if a.id == actor_id), None) if actor_id else None
    return actor is not None and actor.type == "person"
