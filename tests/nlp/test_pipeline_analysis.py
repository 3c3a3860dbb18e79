"""The pipeline as spaCy sees it: every attribute a component requires is assigned by one before it."""

from __future__ import annotations

import pytest

from sitroom.nlp.pipeline import SITROOM_COMPONENTS

pytestmark = pytest.mark.model


def test_analyze_pipes_finds_no_problems(nlp) -> None:
    report = nlp.analyze_pipes(pretty=False)
    assert report["problems"] == {name: [] for name in nlp.pipe_names}


def test_sitroom_components_run_in_declared_order(nlp) -> None:
    assert [n for n in nlp.pipe_names if n.startswith("sitroom_")] == list(SITROOM_COMPONENTS)


def test_each_doc_extension_has_one_writer(nlp) -> None:
    writers: dict[str, list[str]] = {}
    for name in SITROOM_COMPONENTS:
        for attr in nlp.get_pipe_meta(name).assigns:
            if attr.startswith("doc._."):
                writers.setdefault(attr, []).append(name)
    assert writers and all(len(names) == 1 for names in writers.values()), writers
