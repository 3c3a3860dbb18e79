"""Events: PLOVER-coded events from the dependency parse (placeholder, see issue 6)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class EventTagger:
    def __call__(self, doc: Doc) -> Doc:
        doc._.events = []
        return doc


@Language.factory(
    "sitroom_events",
    requires=["doc._.actors", "doc._.times", "doc._.places", "doc._.frames", "doc._.quantities"],
    assigns=["doc._.events"],
)
def make_event_tagger(nlp: Language, name: str) -> EventTagger:
    return EventTagger()
