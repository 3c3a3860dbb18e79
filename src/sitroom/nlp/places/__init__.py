"""Places: place names geocoded against a gazetteer built from installed GeoNames data.

Reads ``doc.ents`` and ``doc._.actors`` (a country named as an actor is not a place);
writes ``doc._.places``. ``gazetteer`` builds the index once per process, ``mentions``
finds candidates, ``component`` scores and chooses. Other layers ask ``place_for_token``.
"""

from sitroom.nlp.exports import lazy_exports

_EXPORTS = {
    "PlaceTagger": "component", "make_place_tagger": "component", "place_for_token": "component",
    "gazetteer": "gazetteer",
}
__getattr__ = lazy_exports(__name__, _EXPORTS)
__all__ = sorted(_EXPORTS)
