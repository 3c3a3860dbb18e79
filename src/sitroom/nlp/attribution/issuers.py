"""Who issued a statement that "said" something: "a ministry statement said", "the statement said",
"the text calls for".

A written statement speaks for whoever issued it. The issuer is named by a modifier of the
statement noun ("a ministry statement", "the army's statement", "a statement from the
ministry", "a motion presented by the Netherlands": the nearest earlier actor that word names),
or, for a bare "the statement", it is the body (not a person) that last spoke in the sentences
before. Without either, the statement
stands as its own source ("an Internet statement said"), which ``phrase_sources`` records.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from sitroom.nlp.actors import component as actors
from sitroom.records import BODY_TYPES

_STATEMENT_HEADS = frozenset({"statement", "communique", "communiqué", "release", "notice", "declaration",
                              "announcement", "bulletin", "message", "letter", "motion", "resolution",
                              "text", "draft", "proposal", "document"})
# participles by which a text names who put it forward: "a motion *presented by* the Netherlands"
_ISSUING = frozenset({"present", "issue", "sponsor", "draft", "submit", "table", "release", "propose", "adopt",
                      "pass", "sign", "put"})
_ISSUER_DEPS = ("compound", "poss", "nmod")
_ISSUER_PREPS = frozenset({"from", "by", "of"})
_LOOKBACK_CHARS = 600  # about three sentences of news prose
# how far back "the resolution" looks for the clause that adopted or issued it: the lead of a story
_TEXT_LOOKBACK_CHARS = 1500


def _named_earlier(doc: Doc, word: Token) -> str | None:
    """The nearest earlier actor whose name or mention holds ``word`` ("ministry" -> the Foreign Ministry)."""
    found = actors.actor_for_token(doc, word)
    if found is not None:
        return found
    if word.pos_ not in ("NOUN", "PROPN"):
        return None
    pattern = re.compile(rf"\b{re.escape(word.lemma_.lower())}s?\b", re.I)
    best: tuple[int, str] | None = None
    for actor in doc._.actors or []:
        named = pattern.search(actor.name) is not None
        for start, end in actor.mentions:
            if start < word.idx and (best is None or start > best[0]) and (
                    named or pattern.search(doc.text[start:end])):
                best = (start, actor.id)
    return best[1] if best else None


def _modifiers(root: Token) -> list[Token]:
    """Words that may name the issuer, nearest kind first: "a *ministry* statement", "a press release *of*
    the ministry", "a motion *presented by* the Netherlands"."""
    out: list[Token] = []
    for child in root.children:
        if child.dep_ in _ISSUER_DEPS:
            out.append(child)
        elif child.dep_ == "prep" and child.lower_ in _ISSUER_PREPS:
            out.extend(g for g in child.children if g.dep_ == "pobj")
        elif child.dep_ == "acl" and child.lemma_.lower() in _ISSUING:
            out.extend(o for p in child.children if p.dep_ == "agent" for o in p.children if o.dep_ == "pobj")
    return out


def statement_issuer(doc: Doc, phrase: Span, earlier: Sequence[tuple[int, str]]) -> str | None:
    """The actor that issued the statement ``phrase`` names, or None when it is not a statement or
    no issuer is known. ``earlier``: (cue offset, actor id) of the frames resolved so far."""
    root = phrase.root
    if root.lemma_.lower() not in _STATEMENT_HEADS:
        return None
    modifiers = _modifiers(root)
    if modifiers:
        return next((found for found in (_named_earlier(doc, m) for m in modifiers) if found), None)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in root.children):
        return None
    types = {a.id: a.type for a in doc._.actors or []}
    before = [(pos, actor) for pos, actor in earlier
              if phrase.start_char - _LOOKBACK_CHARS <= pos < phrase.start_char and types.get(actor) in BODY_TYPES]
    mentioned = _earlier_statement(doc, root)
    if mentioned is not None:
        before.append(mentioned)
    return max(before)[1] if before else None


def _earlier_statement(doc: Doc, root: Token) -> tuple[int, str] | None:
    """'X gave the envoy 48 hours to leave, in a statement read on television. … the statement said':
    the subject of the clause that first mentioned a statement issued it. A mention whose clause names no
    actor ("It was the first such resolution") is passed over for an earlier one ("the lower house adopted a
    resolution")."""
    lemma = root.lemma_.lower()
    for tok in reversed(doc[:root.i]):
        if tok.idx < root.idx - _TEXT_LOOKBACK_CHARS:
            return None
        if tok.lemma_.lower() != lemma or tok.pos_ != "NOUN":
            continue
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        found = actors.actor_for_token(doc, subj) if subj is not None else None
        if found is not None:
            return tok.idx, found
    return None
