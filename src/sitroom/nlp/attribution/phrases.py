"""Frames whose cue is not a verb: "according to X", "reportedly", "the claim that …".

``RawFrame`` (a frame before its source is resolved to an actor) lives here too,
so that the verb rules in ``rules`` and these share one shape.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from sitroom.nlp.attribution.content import span_for, subtree_chars, trim
from sitroom.nlp.attribution.cues import CueEntry, verb_cue
from sitroom.nlp.attribution.sources import noun_phrase, subject_of
from sitroom.records import Stance


@dataclass
class RawFrame:
    """A frame as the parse gives it: cue words, the phrase that speaks (``source`` as written,
    ``referent`` the phrase naming who it is), content characters and the rule's name. Mutable so
    that chain linking can trim a relayed tail ("…, according to AFP") off the content."""

    cue: Span
    anchor: Token
    entry: CueEntry
    stance: Stance
    negated: bool
    source: Span | None
    referent: Span | None
    start: int
    end: int
    content_head: Token | None
    rule: str


def according_frame(span: Span, entry: CueEntry) -> RawFrame | None:
    """'according to X' / 'as reported by X': the source is X, the content the rest of the sentence."""
    doc = span.doc
    last = span[-1]
    pobj = [c for c in last.children if c.dep_ in ("pobj", "pcomp")]
    if not pobj:
        return None
    phrase_tokens = {t.i for t in span} | {t.i for t in pobj[0].subtree}
    p_first, p_last = min(phrase_tokens), max(phrase_tokens)
    sent = span.sent
    before = (sent.start_char, doc[p_first].idx)
    after = (doc[p_last].idx + len(doc[p_last]), sent.end_char)
    start, end = trim(doc, *(before if before[1] - before[0] >= after[1] - after[0] else after))
    if end <= start:
        return None
    source = noun_phrase(pobj[0])
    return RawFrame(span, span[0], entry, entry.stance, False, source, source, start, end,
                    span.root if span.root.head.i == span.root.i else span.root.head, "according-to")


def adverb_frame(span: Span, entry: CueEntry) -> RawFrame | None:
    """'reportedly' and kin: the outlet relays a claim whose source it does not name."""
    doc = span.doc
    verb = span.root.head
    if verb.i == span.root.i:
        return None
    skip = {t.i for t in span}
    # a non-restrictive relative clause (", which was agreed in June") is background, not the claim
    for tok in verb.subtree:
        if tok.dep_ == "relcl" and tok.left_edge.i > 0 and doc[tok.left_edge.i - 1].text == ",":
            skip |= {t.i for t in tok.subtree} | {tok.left_edge.i - 1}
    kept = [t for t in verb.subtree if t.i not in skip]
    if not kept:
        return None
    last = max(t.i for t in kept)
    first = min(t.i for t in kept)
    end_tok = next((t.i for t in doc[first:last + 1] if t.i in skip and t.i > span.root.i and t.text == ","), None)
    chars = subtree_chars(doc[first:end_tok] if end_tok is not None else kept, skip)
    if chars is None:
        return None
    start, end = trim(doc, *chars)
    return RawFrame(span, span.root, entry, entry.stance, False, None, None, start, end, verb, "adverb")


def noun_frame(noun: Token, entry: CueEntry) -> RawFrame | None:
    """'the claim that X', 'reports saying X' (the latter via the acl verb rule): content clause of a noun."""
    clause = [c for c in noun.children if c.dep_ in ("acl", "ccomp") and any(
        g.dep_ == "mark" and g.lower_ == "that" for g in c.children)]
    if not clause:
        return None
    start, end = trim(noun.doc, *(span_for(clause[0], set()) or (0, 0)))
    if end <= start:
        return None
    owner: Token | None = next((c for c in noun.children if c.dep_ == "poss"), None) or next(
        (o for p in noun.children if p.dep_ == "prep" and p.lower_ in ("from", "by")
         for o in p.children if o.dep_ == "pobj"), None)  # "allegations *from* the agent's friends that …"
    if owner is None:
        # "said in a statement that …", "made an assertion that …": the governing verb's subject
        verb = noun.head.head if noun.dep_ == "pobj" else noun.head
        # "said in a statement that …" / "issued a statement saying …"; not under a cue verb:
        # "could not confirm reports that …" are someone else's reports
        in_prep = noun.dep_ == "pobj" and noun.head.lower_ == "in"
        if (in_prep or noun.dep_ == "dobj" and verb_cue(verb) is None) and verb.pos_ == "VERB":
            owner = subject_of(verb)[1]
    source = noun_phrase(owner) if owner is not None else None
    return RawFrame(noun.doc[noun.i:noun.i + 1], noun, entry, entry.stance, False, source, source, start, end,
                    clause[0], "noun")
