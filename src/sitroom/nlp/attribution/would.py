"""What "would" makes of a clause: a hypothetical or judgement (conditional), or a backshifted
intention in past narration (planned: "said it would send troops" reports the plan "will send")."""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.nlp.attribution.modality_words import words as _words
from sitroom.records import Stance

_COND_MARKS = frozenset({"if", "unless"})


def has_condition(verb: Token) -> bool:
    """An "if"/"unless" clause on the verb: what it says holds only under that condition."""
    markers = _words("conditional", "markers") & _COND_MARKS or _COND_MARKS
    for child in verb.children:
        if child.dep_ in ("advcl", "prep", "conj") and any(
            g.dep_ == "mark" and g.lower_ in markers for g in child.children
        ):
            return True
        if child.dep_ == "mark" and child.lower_ in markers:
            return True
    return False


def _past_frame(head: Token) -> bool:
    """Whether the verb a "would" clause depends on sits in past narration: a past tense ("said"),
    a perfect ("has said"), or a participle or infinitive hanging from a past verb ("said …, *adding*
    he would", "appeared *to indicate* that X would"): the sequence of tenses backshifts "will"."""
    current = head
    for _ in range(3):
        if current.tag_ == "VBD":
            return True
        if current.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in current.children):
            return True
        if current.tag_ not in ("VBG", "VB") or current.dep_ not in ("advcl", "xcomp", "conj") \
                or current.head.i == current.i:
            return False
        current = current.head
    return False


def _disposed(verb: Token) -> bool:
    """"would be *willing* to support": "be" with an adjective of intent states a disposition to act,
    not a judgement of a hypothetical ("would be a disaster")."""
    return any(c.dep_ == "acomp" and c.lower_ in _words("planned", "adjectives") for c in verb.children)


def would_stance(verb: Token) -> Stance:
    """'would': conditional for hypotheticals and judgements, planned for backshifted intentions."""
    if has_condition(verb) or (verb.lemma_.lower() in _words("evaluative") and not _disposed(verb)):
        return "conditional"
    head = verb.head
    if verb.dep_ == "ccomp" and head.i != verb.i and _past_frame(head):
        return "planned"
    return "conditional"


def _head_matches(head: Token, entry: str) -> bool:
    words = entry.split()
    if head.lower_ != words[0] and head.lemma_.lower() != words[0]:
        return False
    return len(words) == 1 or any(c.lemma_.lower() == words[1] for c in head.children)


def committed_gerund(verb: Token) -> bool:
    """"committed *to developing* ties", "looks forward *to strengthening* …": a gerund after "to"/"of"
    on a head of commitment (``modality.planned.gerund_heads``) is an act the subject intends."""
    prep = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or prep.lower_ not in ("to", "of") or prep.head.i == prep.i:
        return False
    return any(_head_matches(prep.head, entry) for entry in _words("planned", "gerund_heads"))
