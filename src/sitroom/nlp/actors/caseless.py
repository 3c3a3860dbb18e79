"""Names in text that has lost its capitals (all-lowercase feeds, social media, some regional papers).

Dictionary names are matched only when written with their capital ("Turkey", not
"turkey"), which silently drops every actor of a lowercased article. When the
body has almost no capitals at all, capitalisation carries no evidence either way,
so a name counts when the parser tags its word as a proper noun, when the entry
has several words ("african union"), or when it is an acronym that is not an
English function word ("rsf", but not "us" or "it").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from sitroom.nlp.doctext import token_table

_KEY = "sitroom_caseless"
_MAX_CAPITALISED = 0.01  # share of alphabetic tokens with a capital, at most


def is_caseless(doc: Doc) -> bool:
    """True when fewer than 1% of the words carry a capital letter (computed once per Doc)."""
    cached = doc.user_data.get(_KEY)
    if cached is None:
        words = [w for w in token_table(doc)[1] if w.isalpha()]  # texts only: no Token per word
        limit = _MAX_CAPITALISED * len(words)
        capped = 0
        for w in words:
            if w != w.lower():  # a capital letter in it
                capped += 1
                if capped > limit:
                    break  # ordinary text: decided within its first words
        cached = bool(words) and len(words) >= 20 and capped <= limit
        doc.user_data[_KEY] = cached
    return bool(cached)


def caseless_name(span: Span, phrase: str) -> bool:
    """Whether a dictionary name matched in a caseless document stands for the entry."""
    if not is_caseless(span.doc):
        return False
    if len(span) > 1 and not all(t.is_stop for t in span):
        return True
    word = span[0]
    if word.is_stop:
        return False
    return word.pos_ == "PROPN" or (phrase.isupper() and len(phrase) >= 2)
