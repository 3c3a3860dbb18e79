"""The frame conditions of ``event_patterns.csv``: what each ``kind:words`` condition tests on a trigger.

A row's frame is a list of conditions on the trigger's dependents or position ("dobj:@troops",
"prep:to", "cause:@hazards"); each kind is a small test over the parse, registered in one table so that
the pattern loader (``patterns.py``) only parses rows and picks the most specific one that holds. The
lemma keys live here too, since both the table lookup and the word tests read them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Token

from sitroom.nlp.events import frame_roles, frames
from sitroom.nlp.events.arguments import objects, prep_objects, preps

_MOD_DEPS = ("compound", "amod", "nmod", "npadvmod")


@dataclass(frozen=True)
class Condition:
    """One frame condition: ``kind`` of dependent, optional preposition(s), allowed words, negation."""

    kind: str
    words: frozenset[str]
    preps: frozenset[str] = frozenset()
    negated: bool = False


def lemma_of(token: Token) -> str:
    return token.lemma_.lower()


def lemma_keys(token: Token) -> list[str]:
    """A hyphened word the tokenizer split ("test-fire"), the lemma, then guesses for the lemmatiser's
    slips ("staged" → "stag"): the table is looked up with the first key it holds."""
    low = token.lower_
    keys = [*frames.hyphened(token), lemma_of(token), low]
    if token.tag_ in ("VBD", "VBN") and low.endswith("ed"):
        keys += [low[:-1], low[:-2], low[:-3]]  # staged → stage, attacked → attack, shelled → shell
    elif token.tag_ == "VBZ" and low.endswith("s"):
        keys += [low[:-1], low[:-2]]
    elif token.tag_ == "VBG" and low.endswith("ing"):
        keys += [low[:-3], low[:-3] + "e", low[:-4]]
    elif token.tag_ == "NNS" and low.endswith("s"):
        keys += [low[:-1], low[:-2]]
    return keys


def _in(words: frozenset[str], token: Token) -> bool:
    return not words or lemma_of(token) in words or token.lower_ in words


def _object_is(cond: Condition, token: Token) -> bool:
    """An object word, or a named adverb right on the verb: the CAMEO dictionary writes the word after
    its verb ("REACT FURIOUSLY", "INTERVENE MILITARILY"), which the conversion read as an object.
    A bare ``*`` (any object) still needs a real object, never an adverb."""
    return any(_in(cond.words, o) or any(c.dep_ == "compound" and _in(cond.words, c) for c in o.children)
               for o in objects(token)) or bool(cond.words) and any(
        c.dep_ == "advmod" and c.pos_ == "ADV" and _in(cond.words, c) for c in token.children)


def _object_entity(cond: Condition, token: Token) -> bool:
    return any(o.ent_type_.lower() in cond.words or o.pos_ == "PRON" and "pron" in cond.words
               or "person" in cond.words and frame_roles.person_named(o)
               or "place" in cond.words and frame_roles.place_named(o) for o in objects(token))


def _prep_with(cond: Condition, token: Token) -> bool:
    """A preposition of the row with an object of the row; with no words listed, any object but a date
    ("fired on the crowd" is a frame, "fired two ministers on Monday" is not)."""
    return any((not cond.preps or p.lower_ in cond.preps)
               and (any(_in(cond.words, o) for o in (*prep_objects(p), *frames.gerund_objects(p))) if cond.words
                    else not _dated(p))
               for p in (*preps(token), *frames.adverb_preps(token)))


def _dated(prep: Token) -> bool:
    objs = prep_objects(prep)
    return bool(objs) and all(o.ent_type_ in ("DATE", "TIME") for o in objs)


def _child_is(*deps: str) -> Callable[[Condition, Token], bool]:
    def check(cond: Condition, token: Token) -> bool:
        return any(c.dep_ in deps and _in(cond.words, c) for c in token.children)
    return check


def _particle(cond: Condition, token: Token) -> bool:
    """"stepped down", "carried out": the small model often labels the particle an adverb, so a listed
    particle word right after the verb (or after its object) counts whichever label it got, and so does
    one taken for a preposition with a preposition of its own ("pulled out of")."""
    stranded = frames.stranded_particles(token)
    return any(c.dep_ == "prt" or c.dep_ == "advmod" and 0 < c.i - token.i <= 3 or c in stranded
               for c in token.children if _in(cond.words, c))


def _object_modifier(cond: Condition, token: Token) -> bool:
    return any(c.dep_ in _MOD_DEPS and _in(cond.words, c) for o in objects(token) for c in o.children)


# What each frame condition of event_patterns.csv tests on the trigger token.
_CONDITIONS: dict[str, Callable[[Condition, Token], bool]] = {
    "dobj": _object_is,
    "dobjent": _object_entity,
    "prep": _prep_with,
    "xcomp": lambda cond, token: any(_in(cond.words, c) for c in frames.open_complements(token)),
    "ccomp": _child_is("ccomp"),
    "prt": lambda cond, token: _particle(cond, token),
    "subj": _child_is("nsubj"),
    "mod": _child_is(*_MOD_DEPS),
    "adv": _child_is("advmod"),
    "lemma": lambda cond, token: _in(cond.words, token),
    "dobjmod": _object_modifier,
    "result": lambda cond, token: frames.result_word(cond.words, token),
    "prefix": lambda cond, token: frames.prefix_word(cond.words, token),
    "cause": lambda cond, token: frames.cause_word(cond.words, token),
    "conj": lambda cond, token: frames.joined_word(cond.words, token),
    "as": lambda cond, token: frames.own_dep(cond.words, token),
    "gov": lambda cond, token: frames.governor(cond.words, token),
    "subjrole": lambda cond, token: frame_roles.subject_role(cond.words, token),
    "byrole": lambda cond, token: frame_roles.agent_role(cond.words, token),
    "doer": lambda cond, token: frame_roles.doer_is(cond.words, token),
}


def check(cond: Condition, token: Token) -> bool:
    check = _CONDITIONS.get(cond.kind)
    if check is None:
        raise ValueError(f"unknown frame condition {cond.kind!r} in event_patterns.csv")
    return check(cond, token)
