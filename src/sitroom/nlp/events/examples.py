"""Parties named as examples of a class: "states like Iran, Syria and Iraq", "rebel groups such as the
FARC", "donors including Japan and Norway".

The class word names no actor, or only a vague one ("Arab states"), while the coders' actors are the
named examples, each the doer of its own event: "condemned by radical states like Iran, Syria and Iraq"
is three condemnations. The examples are the object of "like", "including" or "such as" on a common
noun, with the names coordinated to it.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.nlp.events.arguments import prep_objects

_MARKERS = frozenset({"like", "including"})


def _marks_examples(prep: Token) -> bool:
    if prep.dep_ != "prep":
        return False
    if prep.lower_ in _MARKERS:
        return True
    before = prep.doc[prep.i - 1] if prep.i > 0 else None
    return prep.lower_ == "as" and before is not None and before.lower_ == "such"


def conjuncts(token: Token) -> list[Token]:
    """``token`` and the words coordinated with it, in chains ("A, B and C": C hangs on B)."""
    out = [token]
    for t in out:
        out.extend(c for c in [*t.children, *name_tail(t)] if c.dep_ == "conj" and c not in out)
    return out


def name_tail(name: Token) -> list[Token]:
    """"…, the Republic of Korea, India and Australia": the parser hangs the rest of a list on the last
    word of a name built with "of"; those conjuncts belong to the list, not to the name."""
    if name.pos_ != "PROPN":
        return []
    return [c for p in name.children if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN" for c in o.children if c.dep_ == "conj"]


def examples(token: Token) -> list[Token]:
    """The named examples of a class noun, first to last; empty when it has none."""
    if token.pos_ != "NOUN":
        return []
    for prep in filter(_marks_examples, token.children):
        objs = prep_objects(prep)
        if objs and objs[0].pos_ == "PROPN":
            return conjuncts(objs[0])
    return []


def joined_nouns(noun: Token) -> list[Token]:
    """The nouns coordinated with ``noun`` ("the friendly exchange and *cooperation* between A and B"): a
    phrase the parser hangs on one of them names the parties of each."""
    first = noun.head if noun.dep_ == "conj" and noun.head.pos_ == "NOUN" else noun
    return [t for t in (first, *first.conjuncts) if t.i != noun.i and t.pos_ == "NOUN"]
