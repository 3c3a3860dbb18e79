"""Quantities: numbers with what they count and who claims them (placeholder, see issue 4)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class QuantityTagger:
    def __call__(self, doc: Doc) -> Doc:
        doc._.quantities = []
        return doc


@Language.factory("sitroom_quantities", requires=["doc.ents", "doc._.frames"], assigns=["doc._.quantities"])
def make_quantity_tagger(nlp: Language, name: str) -> QuantityTagger:
    return QuantityTagger()
