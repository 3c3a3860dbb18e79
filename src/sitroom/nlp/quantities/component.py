"""Quantities: numbers with what they count, how exact they are, and who claims them.

The cascade per number: find the run of tokens that states it
(``quantity_spans``), read its value, range and qualifier (``quantity_parse``),
find what it counts (``quantity_units``), then find its claimant
(``quantity_claims``: the attribution frame first, then the speaker of the quote
it is in, then the nearest reporting cue). ``rule`` keeps which path gave the number and the claimant, e.g.
``"numeral+unit;claimant=frame"``.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Token

from sitroom.nlp.quantities.claims import claim_for
from sitroom.nlp.quantities.parse import Amount, numeral, parse_amount
from sitroom.nlp.quantities.spans import NumberRun, change_parts, find_runs
from sitroom.nlp.quantities.units import unit_for
from sitroom.records import Quantity

_CLAUSE_DEPS = {"ccomp", "xcomp", "advcl", "relcl", "csubj", "parataxis", "conj"}


def _number_rule(doc: Doc, run: NumberRun) -> str:
    words = doc[run.number_start:run.anchor + 1]
    if all(numeral(t.lower_) is not None or not t.is_alpha for t in words):
        return "numeral"
    return "number_words" if not any(numeral(t.lower_) is not None for t in words) else "numeral_words"


def quantity_from_run(doc: Doc, run: NumberRun, qid: str, like: Amount | None = None) -> Quantity | None:
    """The quantity a run states; ``like``: the figure it changes into, whose money or percent words
    the bare first figure of "from 40 to 30 percent" shares."""
    span = doc[run.start:run.end]
    parsed = parse_amount(span.text)
    if parsed is None:
        return None
    if like is not None and not (parsed.currency or parsed.percent):
        parsed = replace(parsed, currency=like.currency, percent=like.percent)
    number_tokens = range(run.number_start, run.anchor + 1)
    if parsed.currency:
        unit: str | None = parsed.currency
    elif parsed.percent:
        unit = "percent"
    else:
        unit = unit_for(doc, number_tokens)
    claim = claim_for(doc, span.start_char, span.end_char, doc[run.anchor])
    rule = _number_rule(doc, run) + ("+unit" if unit else "") + f";claimant={claim.rule}"
    return Quantity(
        id=qid, value=parsed.value, value_max=parsed.value_max, unit=unit, approximate=parsed.approximate,
        qualifier=parsed.qualifier, text=span.text, claimant=claim.claimant, attribution=claim.attribution,
        start=span.start_char, end=span.end_char, rule=rule,
    )


def quantities_in(doc: Doc, start: int, end: int) -> list[Quantity]:
    """Quantities inside the character range [start, end), for events that carry a number."""
    return [q for q in doc._.quantities or [] if start <= q.start and q.end <= end]


def quantity_for_token(doc: Doc, token: Token) -> Quantity | None:
    """The quantity among the verb's own arguments ("sent 1,500 troops"), not one in a clause below it."""
    quantities = doc._.quantities or []
    if not quantities:
        return None
    stack = [c for c in token.children if c.dep_ not in _CLAUSE_DEPS]
    while stack:  # breadth-first over the clause, nearest arguments first
        node = stack.pop(0)
        for q in quantities:
            if q.start <= node.idx < q.end:
                return q
        stack.extend(c for c in node.children if c.dep_ not in _CLAUSE_DEPS)
    return None


class QuantityTagger:
    def __call__(self, doc: Doc) -> Doc:
        out: list[Quantity] = []
        for run in find_runs(doc):
            parts = change_parts(doc, run)
            if parts is None:
                q = quantity_from_run(doc, run, f"q{len(out) + 1}")
                out.extend([q] if q is not None else [])
                continue
            new = parse_amount(doc[parts[1].start:parts[1].end].text)
            for part, like in ((parts[0], new), (parts[1], None)):
                q = quantity_from_run(doc, part, f"q{len(out) + 1}", like)
                out.extend([q] if q is not None else [])
        doc._.quantities = out
        return doc


@Language.factory("sitroom_quantities", requires=["doc.ents", "doc._.frames"], assigns=["doc._.quantities"])
def make_quantity_tagger(nlp: Language, name: str) -> QuantityTagger:
    return QuantityTagger()
