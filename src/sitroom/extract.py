"""The one place where a parsed Doc becomes the public records of an Analysis."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .nlp.actors.unused import referenced_ids, without_unused_fallbacks
from .records import Analysis, Document

if TYPE_CHECKING:
    from spacy.tokens import Doc


def doc_to_analysis(doc: Doc, document: Document) -> Analysis:
    events, quotes, quantities = list(doc._.events or []), list(doc._.quotes or []), list(doc._.quantities or [])
    used = referenced_ids(events, quotes, quantities)
    return Analysis(
        document=document,
        actors=without_unused_fallbacks([*(doc._.actors or []), *(doc._.dated_actors or [])], used),
        events=events,
        quotes=quotes,
        quantities=quantities,
        times=list(doc._.times or []),
        places=list(doc._.places or []),
    )
