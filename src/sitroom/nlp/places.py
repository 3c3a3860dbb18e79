"""Places: geocoded place mentions (placeholder, see issue 4)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class PlaceTagger:
    def __call__(self, doc: Doc) -> Doc:
        doc._.places = []
        return doc


@Language.factory("sitroom_places", requires=["doc.ents", "doc._.actors"], assigns=["doc._.places"])
def make_place_tagger(nlp: Language, name: str) -> PlaceTagger:
    return PlaceTagger()
