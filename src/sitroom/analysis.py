"""Library entry points: from a Document (or raw text) to an Analysis."""

from __future__ import annotations

from datetime import date

from .config import Settings
from .extract import doc_to_analysis
from .nlp.budget import Budget
from .nlp.pipeline import build_nlp, parse_document
from .records import Analysis, Document


def _ref_date(document: Document) -> date | None:
    return date.fromisoformat(document.reference_date) if document.reference_date else None


def analyze_document(document: Document, settings: Settings | None = None) -> Analysis:
    settings = settings or Settings()
    nlp = build_nlp(settings)
    meta = {"title": document.title, "dateline": document.dateline, "outlet": document.outlet}
    budget = Budget(settings.article_seconds, where=document.source_path or document.url or document.id)
    with budget.interrupting():
        doc = parse_document(nlp, document.text, _ref_date(document), meta, settings.batch_size, budget)
        return doc_to_analysis(doc, document)


def analyze(text: str, *, reference_date: str | None = None, settings: Settings | None = None) -> Analysis:
    """Analyse raw article text (headers and boilerplate are recognised as in ``sitroom analyze``)."""
    from .ingest.text import document_from_text

    settings = settings or Settings()
    document = document_from_text(text, fallback_date=reference_date or settings.reference_date)
    return analyze_document(document, settings)
