"""The event pattern table and CAMEO table (data checks; no model needed)."""

from __future__ import annotations

from typing import get_args

import pytest

from sitroom.nlp.events.cameo import cameo_codes, cameo_info
from sitroom.nlp.events.derive import mood_type
from sitroom.nlp.events.patterns import TRIGGER_POS, lemma_types, parse_condition, patterns, wordsets
from sitroom.records import EventType


def test_every_row_is_valid() -> None:
    rows = patterns()
    assert len({p.id for p in rows}) == len(rows), "pattern ids must be unique"
    for p in rows:
        assert p.type in get_args(EventType), p.id
        assert p.pos in TRIGGER_POS, p.id
        assert cameo_info(p.cameo) is not None, p.id
        assert 0 < p.confidence <= 1, p.id


def test_all_sixteen_types_have_verb_patterns() -> None:
    assert {p.type for p in patterns() if p.pos == "VERB"} == set(get_args(EventType))


def test_word_sets_referenced_exist() -> None:
    assert {"troops", "weapons", "envoy", "light_verbs", "intent", "object_control"} <= set(wordsets())


@pytest.mark.parametrize(("text", "kind", "preps", "words", "negated"), [
    ("dobj:@envoy", "dobj", frozenset(), "ambassador", False),
    ("prep:to|into=@troops", "prep", frozenset({"to", "into"}), "troop", False),
    ("!xcomp:comment|say", "xcomp", frozenset(), "comment", True),
    ("prt:out", "prt", frozenset(), "out", False),
])
def test_parse_condition(text: str, kind: str, preps: frozenset[str], words: str, negated: bool) -> None:
    cond = parse_condition(text)
    assert (cond.kind, cond.preps, cond.negated) == (kind, preps, negated)
    assert words in cond.words


def test_wildcard_condition_matches_anything() -> None:
    assert parse_condition("dobj:*").words == frozenset()


@pytest.mark.parametrize(("code", "root", "quad", "weight"), [
    ("172", "17", 4, -5.0), ("0841", "08", 2, 7.0), ("1384", "13", 3, -7.0), ("19", "19", 4, -10.0),
    ("0874", "08", 2, 10.0),
])
def test_cameo_info(code: str, root: str, quad: int, weight: float) -> None:
    info = cameo_info(code)
    assert info is not None and (info.root, info.quad, info.goldstein) == (root, quad, weight)


def test_cameo_falls_back_to_ancestor_and_rejects_unknown() -> None:
    info = cameo_info("0435")
    assert info is not None and info.code == "0435" and info.root == "04"
    assert cameo_info("99") is None and cameo_info(None) is None
    assert "010" in cameo_codes() and "20" in cameo_codes()


def test_lemma_baseline_table() -> None:
    table = lemma_types()
    assert table["invade"] == "ASSAULT" and table["summon"] == "ACCUSE"


@pytest.mark.parametrize(("base", "stance", "negated", "intended", "expected"), [
    ("AID", "planned", False, False, None),  # one planned mention; the manual's AGREE is derived
    ("CONSULT", "asserted", False, True, None),
    ("ASSAULT", "asserted", False, True, None),  # one planned mention; manual.py derives THREATEN
    ("AID", "asserted", False, False, None),
    ("AID", "speculative", False, False, None),
    ("RETREAT", "planned", True, False, ("REJECT", "120")),  # "will not withdraw"
    ("AGREE", "planned", True, False, ("REJECT", "120")),  # "will not accept the plan"
    ("AGREE", "asserted", True, False, None),  # "failed to agree", "never signed": not done, not refused
    ("ASSAULT", "planned", True, False, None),
    ("ACCUSE", "planned", False, False, None),
])
def test_mood_type(base: str, stance: str, negated: bool, intended: bool,
                   expected: tuple[str, str] | None) -> None:
    assert mood_type(base, stance, negated, intended) == expected

