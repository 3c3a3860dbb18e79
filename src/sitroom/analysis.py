"""Library entry points: from a Document (or raw text) to an Analysis.

Nothing here imports spaCy until a text is analysed, so that importing the library (and every
CLI command that only reads the store) stays fast.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from datetime import date
from itertools import chain
from typing import TYPE_CHECKING, TypeVar, cast

from .config import Settings
from .errors import SitroomError
from .records import Analysis, Document

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

T = TypeVar("T")


def _ref_date(document: Document) -> date | None:
    return date.fromisoformat(document.reference_date) if document.reference_date else None


def _item(document: Document) -> tuple[str, date | None, dict]:
    meta = {"title": document.title, "dateline": document.dateline, "outlet": document.outlet}
    return document.text, _ref_date(document), meta


def _where(document: Document) -> str:
    return document.source_path or document.url or document.id


def analyze_document(document: Document, settings: Settings | None = None) -> Analysis:
    from .extract import doc_to_analysis
    from .nlp.budget import Budget
    from .nlp.pipeline import build_nlp, parse_document

    settings = settings or Settings()
    nlp = build_nlp(settings)
    text, ref_date, meta = _item(document)
    budget = Budget(settings.article_seconds, where=_where(document))
    with budget.interrupting():
        doc = parse_document(nlp, text, ref_date, meta, settings.batch_size, budget)
        return doc_to_analysis(doc, document)


def _finish(nlp: Language, doc: Doc, document: Document, settings: Settings) -> Analysis | SitroomError:
    """Run sitroom's components on one parsed document under its own budget (E008 past it)."""
    from .extract import doc_to_analysis
    from .nlp.budget import Budget
    from .nlp.pipeline import run_components

    budget = Budget(settings.article_seconds, where=_where(document))
    try:
        with budget.interrupting():
            return doc_to_analysis(run_components(nlp, doc, budget), document)
    except SitroomError as exc:
        return exc


def analyze_stream(items: Iterable[Document | T],
                   settings: Settings | None = None) -> Iterator[Analysis | SitroomError | T]:
    """Analyse the Documents among ``items``, passing anything else through, all in input order.

    The paragraphs of many documents are parsed together (``parse_stream``), the fast path for
    more than one article; an article that fails (E008 past its budget) comes out as its
    SitroomError in its place. ``items`` is read lazily, a parse batch or so ahead.
    """
    from .nlp.pipeline import build_nlp, parse_stream

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

    for doc in parse_stream(nlp, documents()):
        while not isinstance(queue[0], Document):
            yield cast(T, queue.popleft())
        document = queue.popleft()
        assert isinstance(document, Document)
        yield _finish(nlp, doc, document, settings)
    yield from (cast(T, item) for item in queue)


def analyze_documents(documents: Iterable[Document], settings: Settings | None = None) -> Iterator[Analysis]:
    """Analyses of many documents, in order (fast path); the first failure is raised."""
    for result in analyze_stream(documents, settings):
        if isinstance(result, SitroomError):
            raise result
        assert isinstance(result, Analysis)
        yield result


def analyze(text: str, *, reference_date: str | None = None, settings: Settings | None = None) -> Analysis:
    """Analyse raw article text (headers and boilerplate are recognised as in ``sitroom analyze``)."""
    from .ingest.text import document_from_text

    settings = settings or Settings()
    document = document_from_text(text, fallback_date=reference_date or settings.reference_date)
    return analyze_document(document, settings)
