"""Actors: who is named in the text, coded as country or IGO plus role on the article's date.

Reads ``doc.ents`` and the dependency parse; writes ``doc._.actors``. Mentions come from the
dictionary, titles and country + role nouns (``matching``, ``roles``), are grouped into
actors (``component``), extended by coreference and apposition, and completed by NER.
Other layers ask ``actor_at`` / ``actor_for_token`` / ``actor_for_phrase``.
"""

from sitroom.nlp.exports import lazy_exports

_EXPORTS = {
    "ActorTagger": "component", "make_actor_tagger": "component", "actor_at": "component",
    "actor_for_token": "component", "actor_for_phrase": "component",
    "load_actor_lexicon": "lexicon", "code_person": "lexicon",
}
__getattr__ = lazy_exports(__name__, _EXPORTS)
__all__ = sorted(_EXPORTS)
