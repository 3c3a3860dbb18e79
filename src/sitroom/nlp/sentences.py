"""Which sentence a token is in, from a table built once per Doc.

``Token.sent`` walks to the sentence's boundaries and makes a new Span on every access (about
3 µs, ten times reading a token's lemma); the event, time, attribution and quote layers ask it
for the same tokens many times per article. The table is rebuilt if the Doc's length changes.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

_KEY = "sitroom.sentences"


def _table(doc: Doc) -> tuple[list[Span], list[int]]:
    cached = doc.user_data.get(_KEY)
    if cached is not None and len(cached[1]) == len(doc):
        return cached  # type: ignore[no-any-return]
    sents = list(doc.sents)
    index = [0] * len(doc)
    for k, sent in enumerate(sents):
        index[sent.start:sent.end] = [k] * len(sent)
    doc.user_data[_KEY] = (sents, index)
    return sents, index


def sentence(token: Token) -> Span:
    """``token.sent``, looked up."""
    sents, index = _table(token.doc)
    return sents[index[token.i]]
