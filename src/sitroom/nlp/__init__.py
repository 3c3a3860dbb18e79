"""The spaCy pipeline and sitroom's components, one package per layer (see docs/architecture.md).

Importing this package loads nothing heavy: ``build_nlp`` and ``parse_document`` import spaCy
when first asked for, so commands that only read the store start fast.
"""

from sitroom.nlp.exports import lazy_exports

_EXPORTS = {"SITROOM_COMPONENTS": "pipeline", "build_nlp": "pipeline", "parse_document": "pipeline"}
__getattr__ = lazy_exports(__name__, _EXPORTS)
__all__ = sorted(_EXPORTS)
