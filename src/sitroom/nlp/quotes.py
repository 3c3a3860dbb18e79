"""Quotes: direct, partial and indirect speech with speakers (placeholder, see issue 5)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class QuoteTagger:
    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes = []
        return doc


@Language.factory("sitroom_quotes", requires=["doc._.actors", "doc._.frames"], assigns=["doc._.quotes"])
def make_quote_tagger(nlp: Language, name: str) -> QuoteTagger:
    return QuoteTagger()
