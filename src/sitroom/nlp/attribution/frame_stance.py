"""The stance and kind of a reporting frame, from its cue entry and what the cue governs.

The lexicon gives each cue a stance and a kind; a few constructions change them:

- an outlet that says something on its own record asserts it ("the radio said"), but one that
  a writer leans on ("according to the news agency", "according to local TV reports") relays
  what it gathered: ``reported``;
- an intent cue with a finite clause about others ("hoped *that the two sides will* …") is the
  speaker's view of what others will do, a belief (``speculative``), unlike "hoped to visit",
  where the speaker plans an act of their own (left to clause modality); likewise a belief with a
  gerund of the believer's own act ("confident *of forging* ties") is an intent, not a guess.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitroom.nlp.attribution.cues import is_media
from sitroom.nlp.attribution.phrases import RawFrame
from sitroom.nlp.attribution.would import committed_gerund
from sitroom.records import Stance


def _wished_clause(head: Token | None) -> bool:
    return head is not None and head.dep_ == "ccomp" and any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children)


def _reports(referent: Span | None) -> bool:
    return referent is not None and referent.root.lemma_.lower() == "report" and referent.root.tag_ == "NNS"


def frame_stance(raw: RawFrame, source_role: str | None) -> tuple[Stance, str]:
    """(stance, kind) of a raw frame whose source actor has role ``source_role`` (None if unknown)."""
    stance: Stance = raw.stance
    kind = raw.entry.kind
    if kind == "intent" and _wished_clause(raw.content_head):
        kind, stance = "belief", "speculative"
    elif kind == "belief" and raw.content_head is not None and committed_gerund(raw.content_head):
        kind, stance = "intent", "planned"  # "confident of forging ties": the speaker's own plan
    if stance == "asserted" and raw.rule == "according-to" and (
            is_media(raw.referent, source_role) or _reports(raw.referent)):
        stance = "reported"
    return stance, kind
