"""A clause that could not verify, or denies, a claim told just before is a mention of that claim.

"The ministry said it killed 280 soldiers, *figures that could not be verified*." "The army
says it killed 100 militiamen. *Rebel commanders deny that.*" The second clause names no act
of its own: its object (or passive subject) points back, by a pronoun ("it", "that") or a noun
for what was claimed ("the figures", "the claim"), to an event another source claimed. The
annotation guidelines (docs/eval.md) code such a clause as its own mention of that event, with
the stance of the clause: ``unconfirmed`` and no source when the outlet could not verify it,
``denied`` with the denier as source. The claim keeps its own mention; the check adds one,
evidenced by its own clause.

Which claim: the events of the check's sentence before it and of the ``_LOOKBACK`` sentences
before, claimed by a named source (the outlet's own narration is no claim to check), not
already denied; for "the figures", "the toll" the latest one that carries a number, else the
latest. A denial never points at the denier's own claim. A check with its own content ("denied
that its troops shelled the town", "could not confirm the report that …") is read by the
attribution layer, not here. The verbs and pointing words are word sets of
``resources/event_guards.csv`` (``check_verbs``, ``denial_verbs``, ``pointer_words``,
``figure_words``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitroom.nlp.doctext import tokens_with_pos
from sitroom.nlp.events.guards import guard_words
from sitroom.nlp.events.roles import actor_of, clause_span
from sitroom.nlp.events.subjects import subjects
from sitroom.records import Attribution, Event, Evidence

_VERBS = frozenset({"VERB"})
_LOOKBACK = 2  # sentences before the check's own that it can point back to
_ABLE = frozenset({"able", "unable"})
# Acts done by saying: a verification is about what happened, not about a threat or demand made.
_SAID = frozenset({"THREATEN", "REQUEST", "ACCUSE", "REJECT", "AGREE"})
_SEVERAL = frozenset({"either", "neither", "both", "all"})  # several claims pointed at: none singled out


def _negated(tok: Token) -> bool:
    """"could not be verified", "have not been able to verify", "unable to confirm"."""
    if any(c.dep_ == "neg" for c in tok.children):
        return True
    head = tok.head
    if tok.dep_ != "xcomp" or head.lemma_.lower() not in _ABLE:
        return False
    return head.lemma_.lower() == "unable" or any(c.dep_ == "neg" for t in (head, head.head) for c in t.children)


def _pointer(tok: Token, kind: str) -> Token | None:
    """The word that points back: object or passive subject, or the noun a relative check hangs on.
    A denial points back by a pronoun only: "denied the allegations" is ``denials.land_denials``'s."""
    if any(c.dep_ in ("ccomp", "mark") for c in tok.children):
        return None  # "denied that its troops …": a content of its own
    words = guard_words()
    pointers = words["pointer_words"] | words["figure_words"]
    for c in tok.children:
        if c.dep_ not in ("dobj", "nsubjpass") or kind == "denied" and c.pos_ != "PRON":
            continue
        if any(d.dep_ in ("det", "preconj") and d.lower_ in _SEVERAL for d in c.subtree):
            return None  # "could not confirm either account": which one is not said
        if c.lower_ in ("that", "which") and tok.dep_ == "relcl":  # "figures *that* could not be verified"
            return tok.head if tok.head.lemma_.lower() in pointers else None
        if any(d.dep_ in ("acl", "ccomp", "relcl") for d in c.children):
            return None  # "could not confirm reports *that North Korea had sent troops*": content of its own
        if c.lower_ in pointers or c.lemma_.lower() in pointers:
            return c
    return None


def _kind(tok: Token) -> str | None:
    words = guard_words()
    lemma = tok.lemma_.lower()
    if tok.pos_ != "VERB":
        return None
    if lemma in words["check_verbs"] and _negated(tok):
        return "unconfirmed"
    if lemma in words["denial_verbs"] and not any(c.dep_ == "neg" for c in tok.children):
        return "denied"
    return None


def _claim(events: list[Event], lo: int, hi: int, figures: bool, denier: str | None) -> Event | None:
    claims = [e for e in events if lo <= e.evidence.start < hi and e.attribution.source is not None
              and e.type not in _SAID
              and e.attribution.source != denier and e.attribution.stance in ("asserted", "reported")
              and not e.attribution.negated]
    counted = [e for e in claims if e.quantity] if figures else []
    pool = counted or claims
    return max(pool, key=lambda e: e.evidence.start) if pool else None


def _check(doc: Doc, tok: Token, events: list[Event], starts: list[int]) -> Event | None:
    kind = _kind(tok)
    pointer = _pointer(tok, kind) if kind else None
    if kind is None or pointer is None:
        return None
    here = max(i for i, s in enumerate(starts) if s <= tok.idx)
    span = clause_span(tok)
    denier = None
    if kind == "denied":
        subj = subjects(tok)
        denier = actor_of(doc, subj[0]) if subj else None
        if denier is None:
            return None
    figures = pointer.lemma_.lower() in guard_words()["figure_words"]
    claim = _claim(events, starts[max(0, here - _LOOKBACK)], span.start_char, figures, denier)
    if claim is None:
        return None
    attribution = Attribution(source=denier, cue=tok.text, stance=kind)
    return claim.model_copy(update={
        "attribution": attribution, "rule": f"{claim.rule}+{kind}_later",
        "evidence": Evidence(start=span.start_char, end=span.start_char + len(span.text.rstrip()),
                             text=span.text.rstrip()),
        "confidence": round(claim.confidence * 0.8, 3)})


def checked_claims(doc: Doc, events: list[Event]) -> list[Event]:
    """``events`` plus one mention per clause that could not verify, or denies, a claim told before it."""
    starts = [s.start_char for s in doc.sents]
    verbs = (doc[i] for i in tokens_with_pos(doc, _VERBS))  # only verbs check or deny a claim
    added = [found for tok in verbs if (found := _check(doc, tok, events, starts)) is not None]
    n = len(events)
    return events + [e.model_copy(update={"id": f"e{n + i}"}) for i, e in enumerate(added, 1)]
