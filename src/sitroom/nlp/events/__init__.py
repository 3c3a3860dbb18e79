"""Events: PLOVER-coded events (who did what to whom, when, where) from patterns over the parse.

Reads ``doc._.actors``, ``doc._.times``, ``doc._.places``, ``doc._.frames`` and
``doc._.quantities``; writes ``doc._.events`` and ``doc._.dated_actors`` (people coded by
the event's own date). ``patterns`` holds the trigger table (data in resources/), ``roles``
and ``subjects`` find actor and recipient, ``context`` links date, place and attribution,
``derive`` adds demands and intentions, ``cameo`` maps to CAMEO codes.
"""

from sitroom.nlp.exports import lazy_exports

_EXPORTS = {
    "EventTagger": "component", "make_event_tagger": "component", "extract_events": "component",
    "factual": "component",
}
__getattr__ = lazy_exports(__name__, _EXPORTS)
__all__ = sorted(_EXPORTS)
