"""The one place where a parsed Doc becomes the public records of an Analysis."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .records import Analysis, Document

if TYPE_CHECKING:
    from spacy.tokens import Doc


def doc_to_analysis(doc: Doc, document: Document) -> Analysis:
    return Analysis(
        document=document,
        actors=[*(doc._.actors or []), *(doc._.dated_actors or [])],
        events=list(doc._.events or []),
        quotes=list(doc._.quotes or []),
        quantities=list(doc._.quantities or []),
        times=list(doc._.times or []),
        places=list(doc._.places or []),
    )
