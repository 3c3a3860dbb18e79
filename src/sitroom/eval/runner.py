"""Run the pipeline on each gold article and score it: the library side of ``sitroom eval``."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..config import Settings
from ..records import Analysis
from .gold import GoldDocument
from .report import Report, build_report
from .scoring import score_document

Predictor = Callable[[GoldDocument], Analysis]


def pipeline_predictor(settings: Settings | None = None) -> Predictor:
    """Analyse the gold article as ``sitroom analyze`` would, with the gold's reference date as fallback.

    A corpus article comes already built by the JSONL reader, with its metadata.
    """
    from ..analysis import analyze_document
    from ..ingest.text import document_from_text

    settings = settings or Settings()  # type: ignore[call-arg]

    def predict(gold: GoldDocument) -> Analysis:
        document = gold.document or document_from_text(
            gold.text, fallback_date=gold.gold.document.reference_date, where=gold.path)
        return analyze_document(document, settings)

    return predict


def evaluate(golds: Sequence[GoldDocument], predict: Predictor | None = None,
             components: Sequence[str] | None = None) -> Report:
    """Score every gold document; ``predict`` defaults to the full pipeline."""
    predict = predict or pipeline_predictor()
    scores = [score_document(g, predict(g)) for g in golds]
    return build_report(scores, components)
