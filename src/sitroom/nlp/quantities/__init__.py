"""Quantities: numbers with their unit, qualifier ("up to", "about") and claimant.

Reads ``doc.ents`` and ``doc._.frames``; writes ``doc._.quantities``. ``spans`` finds runs
of number words, ``parse`` reads their value, ``units`` what they count, ``claims`` who
states them. Events ask ``quantity_for_token``.
"""

from sitroom.nlp.exports import lazy_exports

_EXPORTS = {
    "QuantityTagger": "component", "make_quantity_tagger": "component", "quantity_for_token": "component",
}
__getattr__ = lazy_exports(__name__, _EXPORTS)
__all__ = sorted(_EXPORTS)
