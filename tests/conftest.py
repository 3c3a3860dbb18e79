"""Shared fixtures: one spaCy pipeline per test session, and the reference article."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from sitroom.analysis import analyze_document
from sitroom.config import Settings
from sitroom.ingest.text import document_from_text
from sitroom.records import Analysis

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
REFERENCE = ROOT / "src" / "sitroom" / "demo" / "rfa-2024-10-21-south-korea-summons-russian-envoy.txt"
FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def nlp():
    from sitroom.nlp.pipeline import build_nlp

    return build_nlp(Settings())


@pytest.fixture(scope="session")
def reference_analysis(nlp) -> Analysis:
    document = document_from_text(REFERENCE.read_text(encoding="utf-8"), where=str(REFERENCE))
    return analyze_document(document)


@pytest.fixture(scope="session")
def analyze_text(nlp) -> Callable[..., Analysis]:
    """Analyse a short body of text against a reference date (ISO), headers recognised as usual."""

    def run(text: str, ref: str | None = "2024-10-21") -> Analysis:
        return analyze_document(document_from_text(text, fallback_date=ref))

    return run


def actor_named(analysis: Analysis, actor_id: str | None) -> str | None:
    for a in analysis.actors:
        if a.id == actor_id:
            return a.name
    return None


def actor_country(analysis: Analysis, actor_id: str | None) -> str | None:
    for a in analysis.actors:
        if a.id == actor_id:
            return a.country
    return None


def events_of_type(analysis: Analysis, kind: str) -> list:
    return [e for e in analysis.events if e.type == kind]
