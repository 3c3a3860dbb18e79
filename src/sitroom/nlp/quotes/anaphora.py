"""Who "he said" and "the minister said" are when the actor layer left the subject unresolved.

News reports keep one speaker over several paragraphs and refer back to them by
pronoun ("…," he said) or by a definite role noun ("the minister said", "the
council said"). When coreference found nothing, two discourse defaults apply:

* a personal pronoun continues the nearest earlier speech verb whose subject is
  a named person: that is who the passage is reporting;
* "the" + a common noun names the nearest earlier actor mention whose name or
  mention contains that noun ("Interior Minister X" … "the minister").

Both look back only a few sentences, so a new passage does not inherit a stale
speaker.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Token

from sitroom.nlp.actors.component import actor_for_token
from sitroom.nlp.actors.speaker_coref import speech_act
from sitroom.nlp.doctext import doc_text, sentence

_PERSONAL = frozenset({"he", "she", "him", "her"})
_LOOKBACK_SENTS = 6
_CONTINUE_SENTS = 3
_SUBJECTS = ("nsubj", "nsubjpass")


def _actors(doc: Doc) -> dict[str, object]:
    return {a.id: a for a in doc._.actors or []}


def _sentences_before(cue: Token, n: int) -> int:
    """The token index where the ``n`` sentences before the cue's own sentence begin."""
    start = sentence(cue).start
    for _ in range(n):
        if start == 0:
            break
        start = sentence(cue.doc[start - 1]).start
    return start


def _named_person(subj: Token) -> bool:
    """A name the actor layer mistyped: tagged PERSON, or "X, chief election commissioner," (a title
    set beside a proper name)."""
    if subj.ent_type_ == "PERSON":
        return True
    return subj.pos_ == "PROPN" and any(c.dep_ == "appos" and c.pos_ == "NOUN" for c in subj.children)


def previous_person_speaker(doc: Doc, cue: Token, is_cue: Callable[[Token], bool]) -> str | None:
    """The named person who is subject of the nearest earlier speech verb, within a few sentences."""
    actors = _actors(doc)
    lo = _sentences_before(cue, _LOOKBACK_SENTS)
    for tok in reversed(doc[lo:cue.i]):
        if not (is_cue(tok) or speech_act(tok)):  # "X gave a warning" spoke as "X warned" does
            continue
        for subj in (c for c in tok.children if c.dep_ in _SUBJECTS):
            if subj.pos_ == "PRON":
                continue
            found = actor_for_token(doc, subj)
            if found is not None and (getattr(actors.get(found), "type", None) == "person" or _named_person(subj)):
                return found
    return None


_NEUTER = frozenset({"it"})
_PLURAL = frozenset({"they"})


def _fits(pronoun: str, actor: object | None, subj: Token) -> bool:
    """Number and animacy: "he"/"she" a person, "it" a body, "they" a body or a group of people."""
    kind = getattr(actor, "type", None)
    if pronoun in _PERSONAL:
        return kind == "person" or _named_person(subj)
    if pronoun in _NEUTER:
        return kind is not None and kind != "person"
    return kind is not None and (kind != "person" or any(c.dep_ == "conj" for c in subj.children))


def _antecedent_before(subj: Token) -> bool:
    """A noun earlier in the pronoun's own sentence and outside quotation marks ("the report, by
    what *it* called ..."): the sentence offers its own antecedent, which coreference handles."""
    inside = False
    for tok in sentence(subj):
        if tok.i >= subj.i:
            break
        if tok.is_quote:
            inside = not inside
        elif not inside and tok.pos_ in ("NOUN", "PROPN"):
            return True
    return False


def _cue_subjects(tok: Token, inherited: Callable[[Token], Token | None] | None) -> list[Token]:
    """The subjects of a speech verb; one without its own ("sought to justify it by saying …") has the
    subject of the verb it hangs from, which is as much the nearest speaker as a direct one."""
    own = [c for c in tok.children if c.dep_ in _SUBJECTS]
    if not own and inherited is not None:
        found = inherited(tok)
        own = [found] if found is not None else []
    return own


def continued_speaker(doc: Doc, cue: Token, subj: Token, is_cue: Callable[[Token], bool],
                      inherited: Callable[[Token], Token | None] | None = None) -> str | None:
    """For a pronoun subject of a speech verb, the named subject of the nearest earlier speech verb
    that the pronoun can stand for, within a few sentences (``inherited`` gives the subject of a
    speech verb that has none of its own).

    Wire copy attributes paragraph after paragraph to one speaker ('X said …. "…," he added'): the
    pronoun continues that speaker, whatever names the quote in between mentions.
    """
    pronoun = subj.lower_
    if pronoun not in _PERSONAL | _NEUTER | _PLURAL or _antecedent_before(subj):
        return None
    actors = _actors(doc)
    lo = _sentences_before(cue, _CONTINUE_SENTS)
    for tok in reversed(doc[lo:cue.i]):
        if not (is_cue(tok) or speech_act(tok)):  # "X gave a warning" spoke as "X warned" does
            continue
        for prev in (c for c in _cue_subjects(tok, inherited) if c.pos_ != "PRON"):
            found = actor_for_token(doc, prev)
            if found is not None:
                return found if _fits(pronoun, actors.get(found), prev) else None
    return None


def _head_word(subj: Token) -> str | None:
    """"the minister", "the 15-nation council": the noun of a definite phrase without a name in it."""
    if subj.pos_ != "NOUN" or not any(c.lower_ == "the" and c.dep_ == "det" for c in subj.children):
        return None
    if any(t.pos_ == "PROPN" for t in subj.subtree):
        return None
    return subj.lemma_.lower()


def definite_referent(doc: Doc, subj: Token) -> str | None:
    """The nearest earlier actor whose name or mention holds the head noun of "the <noun>"."""
    word = _head_word(subj)
    if word is None:
        return None
    pattern = re.compile(rf"\b{re.escape(word)}s?\b", re.I)
    lo = doc[_sentences_before(subj, _LOOKBACK_SENTS)].idx
    text = doc_text(doc)
    best: tuple[int, str] | None = None
    for actor in doc._.actors or []:
        named = pattern.search(actor.name) is not None
        for start, end in actor.mentions:  # "Interior Minister X": the title is in the mention, not the name
            if lo <= start < subj.idx and (best is None or start > best[0]) and (
                    named or pattern.search(text[start:end])):
                best = (start, actor.id)
    return best[1] if best else None


def resolve_unresolved(doc: Doc, subj: Token, cue: Token, is_cue: Callable[[Token], bool]) -> str | None:
    """The discourse default for a subject the actor layer could not resolve, or None."""
    if subj.lower_ in _PERSONAL:
        return previous_person_speaker(doc, cue, is_cue)
    return definite_referent(doc, subj)
