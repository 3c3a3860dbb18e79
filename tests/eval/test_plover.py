"""The PLOVER gold loader and scorer (eval/plover.py), on small records written for the test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sitroom.eval.plover import (
    CATEGORY_MAP,
    Tally,
    aligned_event,
    country_agreement,
    load_gold,
    main_event,
    map_category,
)
from sitroom.records import Attribution, Event, Evidence

RECORDS = [
    {"id": "DOC", "event": "DOCUMENT", "eventText": "documentation"},
    {"id": "r1", "event": "DEMAND", "text": "Chile demanded talks with Bolivia.", "eventText": "demanded",
     "source": [{"actorText": "Chile", "code": "CHL"}], "target": [{"actorText": "Bolivia", "code": "BOL"}],
     "language": "en"},
    {"id": "r2", "event": "INVESTIGATE", "text": "Kenya opened an inquiry.", "eventText": "opened inquiry",
     "source": [{"actorText": "Kenya", "code": "KEN"}], "target": "", "language": "en"},
    {"id": "r3", "event": "AGREE", "text": "Peru and Chile agreed.", "eventText": "agreed", "language": "en"},
    {"id": "r4", "event": "FIGHT", "text": "", "eventText": "", "language": "en"},
]


@pytest.fixture()
def gold_file(tmp_path: Path) -> Path:
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(RECORDS), encoding="utf-8")
    return path


@pytest.mark.parametrize(("old", "new", "mode"), [
    ("DEMAND", "REQUEST", None), ("DISAPPROVE", "ACCUSE", "disapprove"),
    ("INVESTIGATE", "ACCUSE", "investigate"), ("FIGHT", "ASSAULT", None), ("AGREE", "AGREE", None),
])
def test_categories_map_to_current_manual(old: str, new: str, mode: str | None) -> None:
    assert map_category(old) == (new, mode)
    assert set(CATEGORY_MAP) == {"DEMAND", "DISAPPROVE", "INVESTIGATE", "FIGHT"}


def test_loader_skips_documentation_and_empty_records(gold_file: Path) -> None:
    gold = load_gold(gold_file)
    assert [g.id for g in gold] == ["r1", "r2", "r3"]
    assert gold[0].type == "REQUEST" and gold[0].original == "DEMAND"
    assert gold[0].sources == ("CHL",) and gold[0].targets == ("BOL",)
    assert gold[1].type == "ACCUSE" and gold[1].mode == "investigate" and gold[1].targets == ()


def _event(kind: str, start: int, end: int, stance: str = "asserted", confidence: float = 0.5) -> Event:
    return Event(id="e", type=kind, evidence=Evidence(start=start, end=end, text="x" * (end - start)),
                 attribution=Attribution(stance=stance), confidence=confidence)  # type: ignore[arg-type]


def test_main_event_prefers_stated_then_widest_clause() -> None:
    wide_planned = _event("AID", 0, 40, stance="planned")
    narrow = _event("ASSAULT", 10, 20)
    wide = _event("AGREE", 0, 40)
    assert main_event([narrow, wide_planned]) is narrow
    assert main_event([narrow, wide_planned, wide]) is wide
    assert main_event([]) is None


def test_aligned_event_takes_innermost_clause_holding_the_event_word() -> None:
    text = "Chile said Bolivia attacked Peru."
    outer, inner = _event("REQUEST", 0, 32), _event("ASSAULT", 11, 32)
    assert aligned_event([outer, inner], text, "attacked") is inner
    assert aligned_event([outer, inner], text, "") is outer


def test_tally_accuracy_and_per_type() -> None:
    tally = Tally()
    for gold, predicted in [("AGREE", "AGREE"), ("AGREE", "CONSULT"), ("CONSULT", "CONSULT"), ("ASSAULT", None)]:
        tally.add(gold, predicted)
    assert tally.accuracy() == pytest.approx(0.5)
    rows = tally.per_type()
    assert rows["AGREE"]["recall"] == 0.5 and rows["CONSULT"]["precision"] == 0.5
    assert rows["ASSAULT"]["recall"] == 0.0
    assert tally.confusions[("AGREE", "CONSULT")] == 1 and tally.summary()["accuracy"] == 0.5


def test_country_agreement_ignores_records_without_country() -> None:
    result = country_agreement([(("CHL",), "CHL"), (("IGO",), "UN"), ((), None), (("BOL",), None)])
    assert result == {"scored": 2, "correct": 1, "accuracy": 0.5}
