"""Whom a rejection of "these claims" answers: the one who made the claims a sentence or two before.

"Beijing has said the drills are punishment … The ministry rejects these claims": the claims
noun points back to a statement, and its source is the party the rejection is addressed to,
as event coders record it. The claims' owner when the noun names one ("Kyiv's claims", "the
allegations of the Azerbaijani side"), else the source of the latest earlier statement (two
sentences back at most) that is not the rejecter's own and whose source the actor layer could code
(a party no code places, "state media" of no country, is no side the coders could record).
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.nlp.doctext import sentence_back
from sitroom.nlp.events.arguments import objects
from sitroom.nlp.events.denials import claim_nouns, claimant_of
from sitroom.nlp.events.patterns import Pattern

_LOOKBACK = 2
_POINTING = frozenset({"the", "these", "those", "this", "that", "such"})
_STATED = frozenset({"asserted", "reported", "claimed"})


def _claims(token: Token) -> Token | None:
    """The verb's object when it is a definite or demonstrative claim noun ("these claims")."""
    for obj in objects(token):
        if obj.lemma_.lower() in claim_nouns() and any(
                c.dep_ in ("det", "poss") and (c.dep_ == "poss" or c.lower_ in _POINTING) for c in obj.children):
            return obj
    return None


def _earlier_source(token: Token, actor: str | None) -> str | None:
    """Source of the latest statement before the verb, in its sentence or the two before it."""
    doc = token.doc
    floor = sentence_back(token, _LOOKBACK).start_char
    coded = {a.id for a in doc._.actors or [] if a.code or a.country}
    best = None
    for frame in doc._.frames or []:
        source = frame.attribution.source
        if source not in coded or source == actor or not floor <= frame.cue_start < token.idx:
            continue
        if frame.kind not in ("speech", "report") or frame.attribution.stance not in _STATED:
            continue
        if best is None or frame.cue_start > best[0]:
            best = (frame.cue_start, source)
    return best[1] if best else None


def rebutted_recipients(found: list[tuple[Token, Pattern]], table: dict[int, tuple[str | None, str | None]]) -> None:
    """Fill, in place, the empty recipient of a rejection of "these claims" with who claimed them."""
    for tok, pattern in found:
        actor, recipient = table[tok.i]
        if pattern.type != "REJECT" or pattern.pos != "VERB" or recipient is not None:
            continue
        claims = _claims(tok)
        if claims is None:
            continue
        span = tok.doc[claims.left_edge.i: claims.right_edge.i + 1]
        target = claimant_of(tok.doc, span) or _earlier_source(tok, actor)
        if target and target != actor:
            table[tok.i] = (actor, target)
