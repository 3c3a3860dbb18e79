"""The Doc's text, built once per Doc.

spaCy rebuilds ``Doc.text`` by joining every token on each access, which is
quadratic when a component reads it in a loop. Every sitroom component reads
the text through ``doc_text``: ``pipeline.parse_document`` stores the text it
parsed, and a Doc made any other way (``nlp(text)`` in a test) gets it lazily.
"""

from __future__ import annotations

from spacy.tokens import Doc

from sitroom.nlp.extensions import register_extensions


def _size(doc: Doc) -> int:
    last = doc[-1]
    return last.idx + len(last.text_with_ws)


def doc_text(doc: Doc) -> str:
    """``doc.text``, cached on ``doc._.text``; the cache is rebuilt if its length no longer matches the Doc."""
    if not len(doc):
        return ""
    if not Doc.has_extension("text"):
        register_extensions()
    cached = doc._.text
    if not isinstance(cached, str) or len(cached) != _size(doc):
        cached = doc.text
        doc._.text = cached
    return cached
