"""Discourse referents of source phrases the actor layer leaves open or gets wrong.

"His office said": an office or spokesperson named through a pronoun or a role noun
speaks for itself (``possessed_body``), not for the person the possessive points to.

"A senior Hamas official, N, told …": a role noun with a person's name set beside it speaks as
that person, not as the organisation named inside the role phrase (``person_beside``).

A pronoun speaker after its own content ("…, they said") is not someone that content talks about.

"When police rushed to the scene, militants detonated a bomb, they said." Coreference
takes the nearest fitting noun, which here lies inside what is being reported
("militants"), so the militants would be the ones vouching for their own attack.
A speaker is hardly ever introduced inside the clause they are reported to have
said: when the actor found for a pronoun source is mentioned in the frame's content
and nowhere before it, the pronoun continues the speaker of the nearest earlier
speech verb instead (the quote layer's discourse default), if the pronoun fits it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from sitroom.nlp.actors.component import actor_for_token
from sitroom.nlp.attribution.cues import verb_cue
from sitroom.nlp.doctext import sentence

_PRONOUNS = frozenset({"he", "she", "it", "they"})
_LOOKBACK_SENTS = 3


def _mentioned_in(doc: Doc, actor_id: str, start: int, end: int) -> bool:
    return any(start <= s < end for actor in doc._.actors or [] if actor.id == actor_id for s, _ in actor.mentions)


def _is_cue(tok: Token) -> bool:
    entry = verb_cue(tok)
    return entry is not None and entry.kind in ("speech", "report")


def _fits(pronoun: str, actor_type: str | None) -> bool:
    """Number and animacy: "he"/"she" a person, "it" a body, "they" a body or a group."""
    if pronoun in ("he", "she"):
        return actor_type == "person"
    return actor_type is not None and actor_type != "person"


def _earlier_speaker(doc: Doc, before: int, pronoun: str) -> str | None:
    """The named subject of the nearest speech verb before token ``before``, within a few sentences."""
    types = {a.id: a.type for a in doc._.actors or []}
    lo = sentence(doc[before]).start
    for _ in range(_LOOKBACK_SENTS):
        lo = sentence(doc[lo - 1]).start if lo else lo
    for tok in reversed(doc[lo:before]):
        if not _is_cue(tok):
            continue
        for subj in (c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"):
            found = actor_for_token(doc, subj)
            if found is not None:
                return found if _fits(pronoun, types.get(found)) else None
    return None


def speaker_for_pronoun(doc: Doc, referent: Span | None, anchor: Token, content: tuple[int, int],
                        found: str | None) -> str | None:
    """The earlier speaker a trailing pronoun source continues, when coreference chose an actor first
    named inside the content; else ``found`` unchanged."""
    if found is None or referent is None or len(referent) != 1 or referent.root.lower_ not in _PRONOUNS:
        return found
    start, end = content
    if not (end <= anchor.idx):
        return found  # the cue comes first: the content follows the speaker
    if not _mentioned_in(doc, found, start, end):
        return found
    first_tok = doc.char_span(start, start + 1, alignment_mode="expand")
    if first_tok is None or not len(first_tok):
        return found
    earlier = _earlier_speaker(doc, first_tok[0].i, referent.root.lower_)
    return earlier if earlier is not None else found


_BODIES = frozenset({"office", "spokesman", "spokeswoman", "spokesperson"})


def possessed_body(source: Span) -> bool:
    """"his office said", "the group's military spokesman said": the office speaks, not the person or
    group that a pronoun or a role noun points to; it becomes a source of its own (``phrase_actors``)."""
    root = source.root
    if root.lemma_.lower() not in _BODIES or any(c.dep_ in ("appos", "compound") and c.pos_ == "PROPN"
                                                 for c in root.children):
        return False  # "the army's spokesman, General X," names who speaks
    poss = [c for c in root.children if c.dep_ == "poss"]
    return bool(poss) and all(p.tag_ == "PRP$" or (p.pos_ == "NOUN" and not any(
        t.pos_ == "PROPN" for t in p.subtree)) for p in poss)


def person_beside(doc: Doc, source: Span) -> str | None:
    """"A senior Hamas official, Basem Naim, told …": a role noun with a person's name set beside it
    speaks as that person, not as the organisation named inside the role phrase."""
    if source.root.pos_ != "NOUN":
        return None
    people = {a.id for a in doc._.actors or [] if a.type == "person"}
    for child in source.root.children:
        if child.dep_ == "appos" and child.pos_ == "PROPN":
            found = actor_for_token(doc, doc[child.left_edge.i:child.right_edge.i + 1])
            if found in people:
                return found
    return None


_GENERIC_ROLES = frozenset({"official"})


def continued_official(doc: Doc, source: Span) -> str | None:
    """"Police spokesman N said … . *The official* said …": a definite, bare "the official" points
    back to the person named in the nearest earlier statement (a few sentences back), as a pronoun
    would; "an official" or "a police official" introduces someone new and is left alone."""
    root = source.root
    if root.lemma_.lower() not in _GENERIC_ROLES or root.tag_ != "NN":
        return None
    if [c.lower_ for c in root.children if c.i < root.i] != ["the"]:
        return None
    people = {a.id for a in doc._.actors or [] if a.type == "person"}
    lo = sentence(root).start
    for _ in range(_LOOKBACK_SENTS):
        lo = sentence(doc[lo - 1]).start if lo else lo
    for tok in reversed(doc[lo:root.i]):
        subjects = [c for c in tok.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
        if subjects and _is_cue(tok):  # the nearest noun speaker: "a US official said" is no person
            found = actor_for_token(doc, subjects[0])
            return found if found in people else None
    return None
