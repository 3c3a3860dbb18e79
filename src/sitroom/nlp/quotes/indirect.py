"""Reported speech without quotation marks: "X said (that) …", "X warned of …", "according to X, …".

Indirect quotes come from the parse: a speech verb and the clause it reports.
They are what a source is said to have said in the reporter's words, so they
are kept apart from direct and partial quotes (kind "indirect"), and a speech
verb whose reported clause is itself a direct quote yields nothing here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from sitroom.nlp.actors.component import actor_for_token
from sitroom.nlp.attribution.component import Frame
from sitroom.nlp.doctext import token_table, tokens_with_pos, tokens_with_tag
from sitroom.nlp.quotes.speakers import according_to, cue_of, speaker_of_cue
from sitroom.nlp.span_index import SpanSet, doc_index

_REPORTING_KINDS = ("speech", "report", "denial")
# frames whose source withholds its word: their stance is the claim on record even without a speech verb
WITHHOLDING = ("declined", "denied", "unconfirmed")


@dataclass(frozen=True)
class Reported:
    """One indirect quote: the reported clause [start, end), who reports it, and by which cue."""

    start: int
    end: int
    speaker: str | None
    cue: Token
    rule: str


def _trim(tokens: list[Token]) -> tuple[int, int] | None:
    """Character range of ``tokens`` without a leading "that" / punctuation and trailing punctuation."""
    while tokens and (tokens[0].is_punct or tokens[0].dep_ == "mark" or tokens[0].is_space):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens = tokens[:-1]
    if len(tokens) < 2:
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def _overlaps(start: int, end: int, spans: SpanSet[None]) -> bool:
    return spans.overlaps(start, end)


def _content(cue: Token) -> tuple[list[Token], str] | None:
    """What a speech verb reports: the first clausal complement or "of/about" object after it.

    A complement before the verb ("Troops were sent, the agency said") counts only
    when the verb has its own subject outside it; otherwise the parse has folded the
    speaker's own clause into the complement.
    """
    options: list[tuple[int, list[Token], str]] = []
    for child in cue.children:
        if child.dep_ == "ccomp" and child.pos_ in ("VERB", "AUX"):  # a clause, not a mis-hung name
            options.append((child.i, list(child.subtree), "indirect.ccomp"))
        elif child.dep_ == "prep" and child.lower_ in ("of", "about", "against") and child.i > cue.i:
            objs = [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
            if objs:
                options.append((child.i, list(objs[0].subtree), "indirect.prep"))
    after = sorted((o for o in options if o[0] > cue.i), key=lambda o: o[0])
    if after:
        return after[0][1], after[0][2]
    subj = [c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")]
    for _, tokens, rule in options:
        if subj and subj[0].i not in {t.i for t in tokens}:
            return tokens, rule + "_fronted"
    return None


_VERB_POS = frozenset({"VERB", "AUX"})
_VERB_TAGS = frozenset({"VB", "VBD", "VBG", "VBN", "VBP", "VBZ"})


def _candidates(doc: Doc) -> list[int]:
    """The words that can open an indirect quote: verbs (what ``cue_of`` reads) and "according", in
    text order, found from the Doc's arrays so that no Token is made for the other words."""
    _, words = token_table(doc)
    found = set(tokens_with_pos(doc, _VERB_POS)) | set(tokens_with_tag(doc, _VERB_TAGS))
    found.update(i for i, w in enumerate(words) if w.lower() == "according")
    return sorted(found)


def indirect_quotes(doc: Doc, quoted: list[tuple[int, int]], direct: list[tuple[int, int]]) -> list[Reported]:
    """Indirect quotes of ``doc``; ``quoted`` are all quoted stretches, ``direct`` the direct ones."""
    out: list[Reported] = []
    inside: SpanSet[None] = SpanSet((s, e, None) for s, e in quoted)
    direct_set: SpanSet[None] = SpanSet((s, e, None) for s, e in direct)
    for tok in map(doc.__getitem__, _candidates(doc)):
        if inside.overlaps(tok.idx, tok.idx + 1):
            continue
        cue = cue_of(tok)
        if cue is not None and cue.kind in _REPORTING_KINDS:
            found = _content(tok)
            if found is None:
                continue
            span = _trim(found[0])
            if span is None or _overlaps(*span, direct_set):
                continue
            speaker, _ = speaker_of_cue(doc, tok, span[0])
            out.append(Reported(span[0], span[1], speaker, tok, found[1]))
        elif tok.lower_ == "according" and tok.head is not tok:
            out.extend(_according(doc, tok, direct_set))
    return out


def _according(doc: Doc, tok: Token, direct: SpanSet[None]) -> list[Reported]:
    """"According to X, clause": the clause around the phrase, X as speaker."""
    source = according_to([tok])
    if source is None:
        return []
    clause = tok.head
    while clause.dep_ not in ("ROOT", "ccomp", "conj") and clause.head is not clause:
        clause = clause.head
    phrase = {t.i for t in tok.subtree}
    span = _trim([t for t in clause.subtree if t.i not in phrase])
    if span is None or _overlaps(*span, direct):
        return []
    return [Reported(span[0], span[1], actor_for_token(doc, source), tok, "indirect.according")]


def cue_frame(doc: Doc, cue: Token, start: int, end: int) -> Frame | None:
    """The attribution frame an indirect quote belongs to: its cue is the quote's cue, or governs it
    ("declined to *say* whether", "could not *confirm*"), and its content overlaps the quote."""
    frames = doc._.frames or []
    index = doc_index(doc, "frames", frames, lambda fs: ((f.start, f.end, (k, f)) for k, f in enumerate(fs)))
    for _, _, (_, f) in sorted(index.overlapping(start, end), key=lambda x: x[2][0]):
        if f.kind == "intent":
            continue
        if f.cue_start <= cue.idx < f.cue_end or (cue.dep_ == "xcomp" and f.cue_start <= cue.head.idx < f.cue_end):
            return f
    return None


def withheld(doc: Doc, carried: Sequence[tuple[int, int, str]]) -> list[Frame]:
    """Frames that decline, deny or cannot confirm, whose stance no quote carries yet.

    ``carried`` holds (start, end, stance) of the quotes found so far. A declined frame
    needs a quote that says so ("X declined to say whether Y": no one said Y); a denial or
    a failure to confirm is carried by any quote over its content.
    """
    out = []
    stances: SpanSet[str] = SpanSet(carried)
    for f in doc._.frames or []:
        stance = f.attribution.stance
        if f.kind == "intent" or stance not in WITHHOLDING or f.end <= f.start:
            continue
        over = [st for _, _, st in stances.overlapping(f.start, f.end)]
        if (stance == "declined" and "declined" in over) or (stance != "declined" and over):
            continue
        out.append(f)
    return out
