"""Modality of what a quote says: the speaker may assert, plan, hedge or make it conditional.

A speech cue tells who vouches ("said", "could not confirm"); the quoted clause
says how: "We *will* take countermeasures" is a plan, "*If* the blockade goes on,
it will cost lives" a condition, "it *would not* return to the table *until* …"
a negated condition. The quote's attribution takes the modality of its first
main clause, merged with the cue's stance by ``stance.combine`` (a denial or a
refusal to confirm outranks anything inside). A clause that is itself a report
keeps the outer stance: the nested frame carries its own.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from sitroom.nlp.attribution.stance import clause_stance, combine
from sitroom.records import Attribution, Quote


def _main_verb(span: Span) -> Token | None:
    """The first verb of the span whose head lies outside it (the quoted clause's own head)."""
    for tok in span:
        if tok.pos_ not in ("VERB", "AUX") or tok.dep_ in ("aux", "auxpass"):
            continue
        if tok.head.i == tok.i or not (span.start <= tok.head.i < span.end):
            return tok
    return None


def _is_cue(doc: Doc, verb: Token) -> bool:
    """The quoted clause is itself a report ("the White House *could not confirm* …"): its modal belongs
    to that nested frame, whose stance its own content carries, not to what the outer speaker says."""
    return any(f.cue_start <= verb.idx < f.cue_end and f.kind != "position" for f in doc._.frames or [])


def with_content_modality(doc: Doc, quote: Quote) -> Quote:
    """``quote`` with its attribution's stance and negation read from the quoted clause."""
    if quote.attribution is None:
        return quote
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    verb = _main_verb(span) if span is not None else None
    if verb is None or _is_cue(doc, verb):
        return quote
    stance, negated, _word = clause_stance(doc, verb)
    merged = combine(quote.attribution.stance, stance)
    if merged == quote.attribution.stance and not negated:
        return quote
    attribution: Attribution = quote.attribution.model_copy(
        update={"stance": merged, "negated": quote.attribution.negated or negated})
    return quote.model_copy(update={"attribution": attribution})
