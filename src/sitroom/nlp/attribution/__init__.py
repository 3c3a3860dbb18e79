"""Attribution: who makes each claim, with which cue and what stance.

Reads ``doc._.actors`` and ``doc._.times``; writes ``doc._.frames``. Frames come from verbs
of saying (``rules``), phrases such as "according to" (``phrases``) and their sources
(``sources``); ``stance`` reads negation, modality and hedges. Quotes, quantities and events
ask ``attribution_for`` / ``attribution_at_token`` for the frame around a stretch of text.
"""

from sitroom.nlp.exports import lazy_exports

_EXPORTS = {
    "AttributionTagger": "component", "make_attribution_tagger": "component", "Frame": "component",
    "attribution_for": "component", "attribution_at_token": "component",
}
__getattr__ = lazy_exports(__name__, _EXPORTS)
__all__ = sorted(_EXPORTS)
