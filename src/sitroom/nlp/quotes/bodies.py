"""Who "a spokesman" speaks for: the body that the sentence before has as its subject.

"The Foreign Ministry condemned the strike. '…,' a spokesman said." A spokesperson
named by role alone, with no body of their own ("a spokesman for the army",
"the ministry's spokeswoman" have one), speaks for the organisation, state or
group that is the subject of the previous sentence: that is the body the
paragraph is about. When that sentence's subject is a person or no actor, the
spokesperson is an unnamed source of their own (``attribution/phrase_sources.py``),
as gold names them ("a spokesman").
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from sitroom.lexicon import load_yaml
from sitroom.nlp.actors.component import actor_for_token
from sitroom.nlp.doctext import sentence
from sitroom.records import BODY_TYPES


@lru_cache(maxsize=1)
def _spokespeople() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load_yaml("quotes.yaml").get("body_spokespeople", []))


def is_bare_spokesperson(subj: Token) -> bool:
    """"a spokesman", not "a spokesman for X", "the army's spokesman" or "a Kremlin spokesman"."""
    return subj.lemma_.lower() in _spokespeople() and all(
        c.dep_ in ("det", "amod") and c.pos_ in ("DET", "ADJ") for c in subj.children)


def _previous_subject(doc: Doc, sent_start: int) -> Token | None:
    if sent_start == 0:
        return None
    prev = sentence(doc[sent_start - 1])
    root = prev.root
    return next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def body_of_spokesperson(doc: Doc, subj: Token) -> str | None:
    """The actor id a bare spokesperson subject speaks for, or None."""
    if not is_bare_spokesperson(subj):
        return None
    prev = _previous_subject(doc, sentence(subj).start)
    found = actor_for_token(doc, prev) if prev is not None else None
    types = {a.id: a.type for a in doc._.actors or []}
    return found if found is not None and types.get(found) in BODY_TYPES else None
