"""Times: time expressions found, normalised to ISO 8601 and anchored on the reference date.

Reads ``doc.ents`` and the caller's ``doc._.ref_date``; writes ``doc._.times``. Patterns
(``patterns``) find the expressions, ``normalise`` turns each into a value with the help
of tense (``tense``) and context (``context``), and ``anchor`` dates what hangs on another
time ("the day before"). Other layers ask ``time_for_token``.
"""

from sitroom.nlp.exports import lazy_exports

_EXPORTS = {
    "TimeTagger": "component", "make_time_tagger": "component", "time_for_token": "component",
    "times_in": "component", "anchor_times": "anchor", "normalise": "normalise",
}
__getattr__ = lazy_exports(__name__, _EXPORTS)
__all__ = sorted(_EXPORTS)
