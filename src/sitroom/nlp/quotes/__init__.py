"""Quotes: direct, partial and indirect quotations with their speakers.

Reads ``doc._.actors`` and ``doc._.frames``; writes ``doc._.quotes``. ``spans`` pairs the
quotation marks, ``speakers`` finds who speaks (cue, pronoun, paragraph context),
``indirect`` turns reported speech into quotes, ``transcripts`` reads "NAME: …" layouts.
"""

from sitroom.nlp.exports import lazy_exports

_EXPORTS = {"QuoteTagger": "component", "make_quote_tagger": "component"}
__getattr__ = lazy_exports(__name__, _EXPORTS)
__all__ = sorted(_EXPORTS)
