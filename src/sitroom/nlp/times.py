"""Times: temporal expressions normalised against the reference date and tied to their clause.

Detection (``time_patterns``) finds the spans, the governing clause gives the
tense ("will meet on Friday" looks forward, "said Friday" back), and the pure
cascade in ``time_normalise`` turns text + reference date + tense into an ISO
value with its grain. Events and attribution ask ``time_for_token`` for the
time of *their* clause so that "said last Friday that troops had been sent"
dates the statement, not the sending.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..records import Time
from .doctext import doc_text
from .time_anchor import anchor_times
from .time_calendar import Tense
from .time_lexicon import LEX
from .time_normalise import normalise
from .time_patterns import detect

_PRESENT_TAGS = frozenset({"VBZ", "VBP"})


def times_in(doc: Doc, start: int, end: int) -> list[Time]:
    return [t for t in doc._.times or [] if start <= t.start and t.end <= end]


def _is_verb(token: Token) -> bool:
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
    if head.dep_ in ("nsubj", "nsubjpass") and head.i < span.start and _is_verb(head.head):
        head = head.head  # "Peskov on Oct. 10 dismissed …": the date hangs on the subject in the parse
    head = _reporting_verb_of(head, span)
    return head if _is_verb(head) and head not in span else None


def _reporting_verb_of(head: Token, span: Span) -> Token:
    """'X said on Monday the operation would go ahead': a time between a reporting verb and its
    complement's subject dates the saying; the parser often hangs it on the complement."""
    outer = head.head
    if head.dep_ != "ccomp" or outer.i == head.i or not (outer.i < span.start < head.i):
        return head
    subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subjects and span.end <= min(t.i for t in subjects[0].subtree) and _is_verb(outer):
        return outer
    return head


def verb_tense(verb: Token, depth: int = 0) -> Tense:
    """Past, present or future of a clause from its verb, auxiliaries and what governs an infinitive.

    The present perfect ("has extended … through January") and bare participles ("a summit set for
    April") say nothing about which side of today a date is on: they count as present.
    """
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.lower_ in LEX.future_aux and verb.tag_ == "MD":
        return "future"
    if any(a.lower_ in LEX.future_aux for a in auxes):
        return "future"
    if any(c.lower_ in LEX.future_words for c in verb.children):
        return "future"
    if any(a.lower_ == "to" for a in auxes):
        governor = verb.head.head if verb.head.dep_ == "acomp" else verb.head  # "had been due to"
        if verb.head.i != verb.i and _perfect_past(governor):
            return "past"  # "had been scheduled to expire Friday": a plan the story has overtaken
        if verb.head.i != verb.i and verb.head.lemma_.lower() in LEX.future_governors:
            return "future"
        return None  # an infinitive points forward from its governor: no safe direction
    if verb.lemma_.lower() in LEX.scheduling:
        return "future"
    if verb.tag_ == "VBN" and not auxes:
        return "present" if verb.dep_ in ("acl", "amod", "relcl", "advcl") else "past"
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    if verb.tag_ == "VBN" and not any(a.tag_ in _PRESENT_TAGS for a in auxes):
        return "past"
    if verb.tag_ in _PRESENT_TAGS or any(a.tag_ in _PRESENT_TAGS for a in auxes):
        return "present"
    if verb.tag_ in ("VBG", "VB") and verb.head.i != verb.i and depth < 3:
        return verb_tense(verb.head, depth + 1)
    return None


def _perfect_past(verb: Token) -> bool:
    """'Until Thursday, they had not called him a suspect': the past perfect keeps 'until' in the past."""
    return any(c.lower_ in ("had", "'d") and c.dep_ == "aux" for c in verb.children)


_DASH = re.compile(r"\s*\s[-\u2013\u2014]+\s")


def _before_dash(text: str, start: int, end: int) -> tuple[int, int]:
    """'9:40 a.m. - Shelling resumed': a dash ends the expression (live-blog stamps, datelines)."""
    m = _DASH.search(text, start, end)
    return (start, m.start()) if m and m.start() > start else (start, end)


def _scheduled_for(span: Span) -> bool:
    """'called a meeting for Tuesday': a weekday the story books something for lies ahead."""
    prep = span.root.head
    return (prep.lower_ == "for" and prep.head.pos_ == "NOUN" and span.root.lower_ in LEX.weekdays
            and not _perfect_past(prep.head.head))


def _leads_forward(text: str, start: int) -> bool:
    """'until Tuesday', 'as soon as Tuesday': the words before the time point forward."""
    before = text[max(0, start - 24):start].lower().rstrip()
    return any(before.endswith(lead) for lead in LEX.future_lead)


def _span(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand")


def _with_relation(
    doc: Doc, text: str, spans: list[tuple[int, int]], ref: date | None
) -> list[tuple[int, int]]:
    """'A day before South Korea's announcement': a span of time before or after an event is one
    expression (kept, unresolved), not the duration "a day"."""
    out: list[tuple[int, int]] = []
    for k, (start, end) in enumerate(spans):
        span = _span(doc, start, end)
        duration = normalise(text[start:end], ref).rule == "duration"
        if span is not None and span.end < len(doc) and duration:
            nxt = doc[span.end]
            relation = None
            if nxt.lower_ in ("before", "after"):
                if nxt.dep_ == "mark" and span.root.head.i == nxt.head.i:
                    relation = nxt.head  # "two days after the scandal broke": up to the end of that clause
                elif span.start <= nxt.head.i < span.end or span.root.head.i == nxt.i:
                    relation = nxt  # "a day before South Korea's announcement"
            if relation is not None:
                new_end = max(t.idx + len(t.text) for t in relation.subtree)
                if k + 1 >= len(spans) or new_end <= spans[k + 1][0]:
                    end = new_end
        out.append((start, end))
    return out


def time_records(doc: Doc, ref: date | None, text: str | None = None) -> list[Time]:
    """The times of ``doc`` in reading order, before anchoring (``text`` is ``doc.text``, if at hand)."""
    text = doc_text(doc) if text is None else text
    records: list[Time] = []
    spans = [_before_dash(text, start, end) for start, end in detect(doc, text)]
    for start, end in _with_relation(doc, text, spans, ref):
        span = _span(doc, start, end)
        verb = governing_verb(span) if span is not None else None
        tense = verb_tense(verb) if verb is not None else None
        if _leads_forward(text, start) and not (verb is not None and _perfect_past(verb)):
            tense = "future"
        elif span is not None and _scheduled_for(span):
            tense = "future"
        expression = text[start:end]
        norm = normalise(expression, ref, tense)
        records.append(Time(id=f"t{len(records) + 1}", text=expression, value=norm.value,
                            grain=norm.grain,  # type: ignore[arg-type]
                            part=norm.part, start=start, end=end, rule=norm.rule))
    return records


def _anchor(token: Token, target: Token, span: Span) -> bool:
    """Whether ``target`` is the first verb (or ``target`` itself) above ``token``, so that the time is
    in ``target``'s own clause. One parser slip is forgiven: "Peskov on Oct. 10 dismissed …" hangs the
    date on the subject, which still dates the subject's verb."""
    current = token
    for _ in range(12):
        if current.i == target.i:
            return True
        if current.head.i == current.i:
            return False
        if current not in span and _is_verb(current):
            return False
        if (current.dep_ in ("nsubj", "nsubjpass") and current.head.i == target.i
                and token.dep_ == "prep" and token.head.i == current.i and span.end <= target.i):
            return True
        current = current.head
    return False


def time_for_token(doc: Doc, token: Token | Span) -> Time | None:
    """The time whose expression sits in the clause headed by ``token`` (its own dependents and
    prepositional phrases, not nested clauses). Durations and unresolved expressions are skipped."""
    target = token.root if isinstance(token, Span) else token
    for time in doc._.times or []:
        if time.value is None:
            continue
        span = _span(doc, time.start, time.end)
        if span is None or target in span:
            continue
        if _anchor(span.root.head, target, span):
            return time
    return None


class TimeTagger:
    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        doc._.times = anchor_times(time_records(doc, doc._.ref_date, text), doc._.ref_date, text)
        return doc


@Language.factory("sitroom_times", requires=["doc.ents", "doc._.ref_date"], assigns=["doc._.times"])
def make_time_tagger(nlp: Language, name: str) -> TimeTagger:
    return TimeTagger()
