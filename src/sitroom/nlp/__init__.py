"""spaCy pipeline and sitroom's components (see pipeline.build_nlp)."""

from .pipeline import SITROOM_COMPONENTS, build_nlp, parse_document

__all__ = ["SITROOM_COMPONENTS", "build_nlp", "parse_document"]
