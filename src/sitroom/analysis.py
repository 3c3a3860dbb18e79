"""Library entry points: from a Document (or raw text) to an Analysis.

Nothing here imports spaCy until a text is analysed, so that importing the library (and every
CLI command that only reads the store) stays fast.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from datetime import date
from itertools import chain
from typing import TypeVar, cast

from .config import Settings
from .records import Analysis, Document

T = TypeVar("T")


def _ref_date(document: Document) -> date | None:
    return date.fromisoformat(document.reference_date) if document.reference_date else None


def _item(document: Document) -> tuple[str, date | None, dict]:
    meta = {"title": document.title, "dateline": document.dateline, "outlet": document.outlet}
    return document.text, _ref_date(document), meta


def analyze_document(document: Document, settings: Settings | None = None) -> Analysis:
    from .extract import doc_to_analysis
    from .nlp.pipeline import build_nlp, parse_document

    settings = settings or Settings()
    nlp = build_nlp(settings)
    text, ref_date, meta = _item(document)
    doc = parse_document(nlp, text, ref_date, meta, settings.batch_size)
    return doc_to_analysis(doc, document)


def analyze_stream(items: Iterable[Document | T], settings: Settings | None = None) -> Iterator[Analysis | T]:
    """Analyse the Documents among ``items``, passing anything else through, all in input order.

    The paragraphs of many documents are parsed together (see ``parse_documents``), so this is
    the fast path for more than one article; other items (read failures, skipped inputs) come
    out where they went in. ``items`` is read lazily, a parse batch or so ahead of the output.
    """
    from .extract import doc_to_analysis
    from .nlp.pipeline import build_nlp, parse_documents

    settings = settings or Settings()
    rest = iter(items)
    for first in rest:   # what comes before the first Document needs no model: a rerun that
        if isinstance(first, Document):   # finds every article stored never loads one
            break
        yield first
    else:
        return
    nlp = build_nlp(settings)
    queue: deque[Document | T] = deque()

    def documents() -> Iterator[tuple[str, date | None, dict]]:
        for item in chain([first], rest):
            queue.append(item)
            if isinstance(item, Document):
                yield _item(item)

    for doc in parse_documents(nlp, documents()):
        while not isinstance(queue[0], Document):
            yield cast(T, queue.popleft())
        document = queue.popleft()
        assert isinstance(document, Document)
        yield doc_to_analysis(doc, document)
    yield from (cast(T, item) for item in queue)


def analyze_documents(documents: Iterable[Document], settings: Settings | None = None) -> Iterator[Analysis]:
    for result in analyze_stream(documents, settings):
        assert isinstance(result, Analysis)
        yield result


def analyze(text: str, *, reference_date: str | None = None, settings: Settings | None = None) -> Analysis:
    """Analyse raw article text (headers and boilerplate are recognised as in ``sitroom analyze``)."""
    from .ingest.text import document_from_text

    settings = settings or Settings()
    document = document_from_text(text, fallback_date=reference_date or settings.reference_date)
    return analyze_document(document, settings)
