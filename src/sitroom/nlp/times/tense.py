"""Which way a clause points in time: the verb a time hangs on and its tense.

"Said Friday" looks back, "will meet on Friday" ahead, "a meeting for Tuesday" ahead; the
normaliser needs this to pick the right Friday or the right year for a year-less date. Read
from the parse, so every rule here guards against the small model's mistakes (a "fell" tagged
present, a date hung on the subject).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitroom.nlp.attribution.cues import cue_kind
from sitroom.nlp.times.calendar import Tense
from sitroom.nlp.times.lexicon import LEX

PRESENT_TAGS = frozenset({"VBZ", "VBP"})


def is_verb(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") or token.dep_ == "ROOT"


def governing_verb(span: Span) -> Token | None:
    """The verb the time modifies directly ("said Friday", "met on Friday"), or None when the time
    hangs off a noun or adjective ("the Jan. 14 deadline", "payable Dec. 7"): only a verb's
    tense says which way a year-less date points."""
    head = span.root.head
    for _ in range(12):
        if head not in span:
            break
        if head.head.i == head.i:
            return None
        head = head.head
    if head.dep_ in ("prep", "agent") and head.pos_ == "ADP" and head.head.i != head.i:
        head = head.head
    if head.dep_ in ("nsubj", "nsubjpass") and head.i < span.start and is_verb(head.head):
        head = head.head  # "Peskov on Oct. 10 dismissed …": the date hangs on the subject in the parse
    head = _reporting_verb_of(head, span)
    return head if is_verb(head) and head not in span else None


def _reporting_verb_of(head: Token, span: Span) -> Token:
    """'X said on Monday the operation would go ahead': a time between a reporting verb and its
    complement's subject dates the saying; the parser often hangs it on the complement."""
    outer = head.head
    if head.dep_ != "ccomp" or outer.i == head.i or not (outer.i < span.start < head.i):
        return head
    subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subjects and span.end <= min(t.i for t in subjects[0].subtree) and is_verb(outer):
        return outer
    return head


def _future_marked(verb: Token, auxes: list[Token]) -> bool:
    """'will meet', 'is to meet tomorrow': a future auxiliary or word on the verb."""
    return ((verb.lower_ in LEX.future_aux and verb.tag_ == "MD")
            or any(a.lower_ in LEX.future_aux for a in auxes)
            or any(c.lower_ in LEX.future_words for c in verb.children))


def _infinitive_tense(verb: Token, depth: int) -> Tense:
    """An infinitive points forward from its governor: its tense is the governor's, when that is safe."""
    if verb.dep_ in ("csubj", "csubjpass") and depth < 3:
        return verb_tense(verb.head, depth + 1)  # "the first to join on Friday were …": the main verb's
    governor = verb.head.head if verb.head.dep_ == "acomp" else verb.head  # "had been due to"
    if verb.head.i != verb.i and perfect_past(governor):
        return "past"  # "had been scheduled to expire Friday": a plan the story has overtaken
    if verb.head.i != verb.i and verb.head.lemma_.lower() in LEX.future_governors:
        return "future"
    if verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN"):
        return "future"  # "the poll, to be published Friday", "a summit to be held in May": still to come
    if verb.dep_ == "xcomp" and depth < 3 and verb_tense(governor, depth + 1) == "future":
        return "future"  # "will begin to arrive on Tuesday": the governor's future carries the infinitive
    return None


def _finite_tense(verb: Token, auxes: list[Token], depth: int) -> Tense:
    if verb.lemma_.lower() in LEX.scheduling:
        return "future"
    if verb.tag_ == "VBN" and not auxes:
        return "present" if verb.dep_ in ("acl", "amod", "relcl", "advcl") else "past"
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    if verb.tag_ == "VBN" and not any(a.tag_ in PRESENT_TAGS for a in auxes):
        return "past"
    if verb.tag_ in PRESENT_TAGS or any(a.tag_ in PRESENT_TAGS for a in auxes):
        return "present"
    if verb.tag_ in ("VBG", "VB") and verb.head.i != verb.i and depth < 3:
        return verb_tense(verb.head, depth + 1)
    return None


def verb_tense(verb: Token, depth: int = 0) -> Tense:
    """Past, present or future of a clause from its verb, auxiliaries and what governs an infinitive.

    The present perfect ("has extended … through January") and bare participles ("a summit set for
    April") say nothing about which side of today a date is on: they count as present.
    """
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if _future_marked(verb, auxes):
        return "future"
    if any(a.lower_ == "to" for a in auxes):
        return _infinitive_tense(verb, depth)
    return _finite_tense(verb, auxes, depth)


def perfect_past(verb: Token) -> bool:
    """'Until Thursday, they had not called him a suspect': the past perfect keeps 'until' in the past."""
    return any(c.lower_ in ("had", "'d") and c.dep_ == "aux" for c in verb.children)


def scheduled_for(span: Span) -> bool:
    """'called a meeting for Tuesday', 'called a strike for Monday': a weekday the story books something
    for lies ahead; so does the weekday of an event the story is 'ahead of' ('spoke ahead of the
    election Thursday')."""
    if span.root.lower_ not in LEX.weekdays:
        return False
    prep = span.root.head
    if prep.lower_ == "for" and prep.dep_ == "prep":
        holder = prep.head.head if prep.head.pos_ == "NOUN" else prep.head
        return not perfect_past(holder)
    before = span.doc[span.start - 1] if span.start else None  # the parser may hang the day on the verb
    return any(n is not None and n.pos_ == "NOUN" and n.dep_ == "pobj" and n.head.lower_ == "of"
               and n.head.head.lower_ == "ahead" for n in (prep, before))


def scheduled_present(verb: Token, span: Span | None) -> bool:
    """'Netanyahu and Arafat meet separately Monday', 'the talks resume Friday': news tells what has
    happened in the past tense, so a weekday on a simple-present verb other than one of saying is on
    the calendar ahead ("officials say Monday" still looks back). The verb's own form must be a
    present one that agrees with its subject: the tagger sometimes calls "fell" or "hurt" present."""
    if span is None or span.root.lower_ not in LEX.weekdays or verb.tag_ not in PRESENT_TAGS:
        return False
    form, lemma = verb.lower_, verb.lemma_.lower()
    present_form = form == lemma if verb.tag_ == "VBP" else form in (lemma + "s", lemma + "es")
    if verb.tag_ == "VBP" and any(_singular(c) for c in verb.children if c.dep_ == "nsubj"):
        present_form = False  # "Weakness hurt the index": a singular subject makes "hurt" past
    return present_form and lemma != "be" and cue_kind(lemma) is None


def _singular(subject: Token) -> bool:
    if any(c.dep_ == "conj" for c in subject.children):
        return False  # "He and Arafat meet Monday"
    return subject.lower_ in ("he", "she", "it") or subject.tag_ in ("NN", "NNP")


def leads_forward(text: str, start: int) -> bool:
    """'until Tuesday', 'as soon as Tuesday': the words before the time point forward."""
    before = text[max(0, start - 24):start].lower().rstrip()
    return any(before.endswith(lead) for lead in LEX.future_lead)
