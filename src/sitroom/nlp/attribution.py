"""Attribution frames: who makes the claim in a stretch of text, with what cue and stance (see issue 5)."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from ..records import Attribution


@dataclass(frozen=True)
class Frame:
    """A reporting frame: ``attribution`` holds for the content span [start, end)."""

    attribution: Attribution
    start: int
    end: int
    cue_start: int
    cue_end: int
    rule: str


def attribution_for(doc: Doc, start: int, end: int) -> Attribution | None:
    """The innermost frame whose content covers [start, end), or None (the outlet's own voice)."""
    best: Frame | None = None
    for f in doc._.frames or []:
        if f.start <= start and end <= f.end and (best is None or f.end - f.start < best.end - best.start):
            best = f
    return best.attribution if best else None


class AttributionTagger:
    def __call__(self, doc: Doc) -> Doc:
        doc._.frames = []
        return doc


@Language.factory("sitroom_attribution", requires=["doc._.actors", "doc._.times"], assigns=["doc._.frames"])
def make_attribution_tagger(nlp: Language, name: str) -> AttributionTagger:
    return AttributionTagger()
