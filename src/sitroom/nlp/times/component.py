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
from collections.abc import Callable
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from sitroom.nlp.doctext import doc_text, sentence
from sitroom.nlp.span_index import doc_index
from sitroom.nlp.times.anchor import anchor_times
from sitroom.nlp.times.context import in_context, shared_month
from sitroom.nlp.times.counted import counted_times
from sitroom.nlp.times.extras import with_extras
from sitroom.nlp.times.normalise import normalise
from sitroom.nlp.times.patterns import detect
from sitroom.nlp.times.tense import (
    governing_verb,
    is_verb,
    leads_forward,
    perfect_past,
    scheduled_for,
    scheduled_present,
    verb_tense,
)
from sitroom.records import Time


def times_in(doc: Doc, start: int, end: int) -> list[Time]:
    return [t for t in doc._.times or [] if start <= t.start and t.end <= end]


_DASH = re.compile(r"\s*\s[-\u2013\u2014]+\s")


def _before_dash(text: str, start: int, end: int) -> tuple[int, int]:
    """'9:40 a.m. - Shelling resumed': a dash ends the expression (live-blog stamps, datelines)."""
    m = _DASH.search(text, start, end)
    return (start, m.start()) if m and m.start() > start else (start, end)


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
        if leads_forward(text, start) and not (verb is not None and perfect_past(verb)):
            tense = "future"
        elif span is not None and scheduled_for(span):
            tense = "future"
        elif verb is not None and tense == "present" and scheduled_present(verb, span):
            tense = "future"
        expression = text[start:end]
        norm = shared_month(expression, records[-1] if records else None, text, start) or normalise(
            expression, ref, tense)
        if ref is not None:
            norm = in_context(norm, expression, text, start, verb, tense, ref)
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
        if current not in span and is_verb(current):
            return False
        if (current.dep_ in ("nsubj", "nsubjpass") and current.head.i == target.i
                and token.dep_ == "prep" and token.head.i == current.i and span.end <= target.i):
            return True
        current = current.head
    return False


def times_near(doc: Doc, token: Token) -> list[Time]:
    """The times that share a character with ``token``'s sentence, in reading order: only they can
    hang in its parse tree."""
    sent = sentence(token)
    index = doc_index(doc, "times", doc._.times or [], lambda ts: ((t.start, t.end, t) for t in ts))
    return [t for _, _, t in index.overlapping(sent.start_char, sent.end_char)]


def time_for_token(doc: Doc, token: Token | Span) -> Time | None:
    """The time whose expression sits in the clause headed by ``token`` (its own dependents and
    prepositional phrases, not nested clauses). Durations and unresolved expressions are skipped."""
    target = token.root if isinstance(token, Span) else token
    for time in times_near(doc, target):
        if time.value is None or time.rule == "present_ref":
            continue  # "now" dates nothing: the event falls back to its statement's or the article's date
        span = _span(doc, time.start, time.end)
        if span is None or target in span:
            continue
        if _anchor(span.root.head, target, span):
            return time
    return None


def _clause_time(doc: Doc) -> Callable[[list[Time], Token, range], Time | None]:
    """The resolved time in the clause of a token, outside a range of tokens (what a counted phrase
    introduces): "struck *on Tuesday*, a day after …" for the counted phrase "a day after"."""

    def find(times: list[Time], target: Token, outside: range) -> Time | None:
        sent = sentence(target)
        for time in times:
            if not (time.value or "")[:1].isdigit() or not sent.start_char <= time.start < sent.end_char:
                continue
            span = _span(doc, time.start, time.end)
            if span is None or target in span or span.root.i in outside:
                continue
            if _anchor(span.root.head, target, span):
                return time
        return None

    return find


class TimeTagger:
    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        times = anchor_times(time_records(doc, doc._.ref_date, text), doc._.ref_date, text)
        times = with_extras(doc, text, times, doc._.ref_date)
        doc._.times = counted_times(doc, text, times, _clause_time(doc))
        return doc


# ``doc._.ref_date`` is an input the caller sets (parse_document), not a component's output, so it is
# not listed in ``requires``: spaCy checks that list against what earlier components assign.
@Language.factory("sitroom_times", requires=["doc.ents"], assigns=["doc._.times"])
def make_time_tagger(nlp: Language, name: str) -> TimeTagger:
    return TimeTagger()
