"""Scorer tests on hand-made predictions: each row states the exact TP/FP/FN it must give."""

from __future__ import annotations

from typing import Any

import pytest

from sitroom.eval.matching import unit_name
from sitroom.eval.scoring import score_document, total

from .helpers import TIMES, analysis, event, gold, place, quantity, quote

SHELLED = {"type": "ASSAULT", "actor": "Sudan's army", "recipient": "RSF", "date": "2024-03-04",
           "stance": "asserted", "source": "army", "evidence": "had shelled RSF positions in Omdurman"}


def ev(**changes: Any) -> dict[str, Any]:
    return {**SHELLED, **changes}


EVENT_CASES = [
    # (name, gold events, predicted events, component, (tp, fp, fn))
    ("exact", [SHELLED], [event()], "triple", (1, 0, 0)),
    ("wrong type", [SHELLED], [event("COERCE")], "event_type", (0, 1, 1)),
    ("alternative type accepted", [ev(type=["COERCE", "ASSAULT"])], [event()], "event_type", (1, 0, 0)),
    ("evidence elsewhere", [SHELLED], [event(snippet="The RSF denied the report.")], "event_type", (0, 1, 1)),
    ("no gold evidence: type anywhere", [ev(evidence=None)], [event(snippet="The RSF denied")], "event_type",
     (1, 0, 0)),
    ("nothing predicted", [SHELLED], [], "event_type", (0, 0, 1)),
    ("two predictions one gold", [SHELLED], [event(), event(eid="e2")], "event_type", (1, 1, 0)),
    ("actor by code prefix", [ev(actor="SDN")], [event()], "actor", (1, 0, 0)),
    ("vaguer predicted code agrees", [ev(actor="SDNMIL")], [event(actor="a4")], "actor", (1, 0, 0)),
    ("contradicting role code", [ev(actor="SDNMIL")], [event(actor="a2")], "actor", (0, 1, 1)),
    ("actor wrong", [SHELLED], [event(actor="a2")], "actor", (0, 1, 1)),
    ("actor by name when pred has no code", [ev(actor="Dagalo")], [event(actor="a3")], "actor", (1, 0, 0)),
    ("null recipient wants none", [ev(recipient=None)], [event()], "recipient", (0, 1, 1)),
    ("null recipient met", [ev(recipient=None)], [event(recipient=None)], "recipient", (1, 0, 0)),
    ("recipient not given is not checked", [{k: v for k, v in SHELLED.items() if k != "recipient"}],
     [event(recipient="a4")], "triple", (1, 0, 0)),
    ("triple needs recipient", [SHELLED], [event(recipient="a1")], "triple", (0, 1, 1)),
    ("date strict", [SHELLED], [event(date="t2")], "event_date", (0, 1, 1)),
    ("date right", [SHELLED], [event()], "event_date", (1, 0, 0)),
    ("undated prediction not judged on dates", [SHELLED], [event(date=None)], "event_date", (0, 0, 1)),
    ("prediction at an undated gold event not judged", [{k: v for k, v in SHELLED.items() if k != "date"}],
     [event()], "event_date", (0, 0, 0)),
    ("dated prediction elsewhere is spurious", [SHELLED], [event(), event(snippet="The RSF denied", eid="e2")],
     "event_date", (1, 1, 0)),
    ("sort date: the own date first", [SHELLED], [event()], "event_sort_date", (1, 0, 0)),
    ("sort date: the article's date at the right grain", [ev(date="2024-03")],
     [event(date=None).model_copy(update={"sort_date": "2024-03-01", "date_grain": "month"})],
     "event_sort_date", (1, 0, 0)),
    ("sort date: a wrong fallback date is spurious", [SHELLED],
     [event(date=None).model_copy(update={"sort_date": "2024-03-05", "date_grain": "day"})],
     "event_sort_date", (0, 1, 1)),
    ("stance differs", [SHELLED], [event(stance="reported")], "stance", (0, 1, 1)),
    ("stance source differs", [SHELLED], [event(source="a2")], "stance", (0, 1, 1)),
    ("stance with outlet source", [ev(source=None)], [event(source=None)], "stance", (1, 0, 0)),
]


@pytest.mark.parametrize(("name", "golds", "preds", "component", "expected"), EVENT_CASES,
                         ids=[c[0] for c in EVENT_CASES])
def test_event_components(name: str, golds: list[dict[str, Any]], preds: list[Any], component: str,
                          expected: tuple[int, int, int]) -> None:
    score = score_document(gold(events=golds), analysis(events=preds))
    c = score.components[component]
    assert (c.tp, c.fp, c.fn) == expected


def test_confusion_pairs_by_place_in_text() -> None:
    golds = [SHELLED, {"type": "REJECT", "actor": "RSF", "evidence": "The RSF denied the report."}]
    preds = [event("COERCE"), event("PROTEST", snippet="We will not retreat", eid="e2")]
    score = score_document(gold(events=golds), analysis(events=preds))
    assert score.confusion == {"ASSAULT": {"COERCE": 1}, "REJECT": {"NONE": 1}, "NONE": {"PROTEST": 1}}


MENTION_CASES = [
    ("quote and speaker", {"quotes": [{"text": "We will not retreat", "speaker": "Dagalo"}]},
     {"quotes": [quote()]}, {"quotes": (1, 0, 0), "quote_speaker": (1, 0, 0)}),
    ("speaker by name whatever its code", {"actors": [{"name": "Dagalo", "code": "SDNGOV"}],
                                           "quotes": [{"text": "We will not retreat", "speaker": "Dagalo"}]},
     {"quotes": [quote()]}, {"quote_speaker": (1, 0, 0)}),
    ("speaker by bare code", {"quotes": [{"text": "We will not retreat", "speaker": "SDN"}]},
     {"quotes": [quote()]}, {"quote_speaker": (1, 0, 0)}),
    ("quote wrong speaker", {"quotes": [{"text": "We will not retreat", "speaker": "army"}]},
     {"quotes": [quote()]}, {"quotes": (1, 0, 0), "quote_speaker": (0, 1, 1)}),
    ("indirect prediction does not take a direct gold quote",
     {"quotes": [{"text": "We will not retreat", "speaker": "Dagalo"}]},
     {"quotes": [quote(kind="indirect"), quote()]}, {"quotes": (1, 0, 0)}),
    ("indirect gold quote needs an indirect prediction",
     {"quotes": [{"text": "We will not retreat", "speaker": "Dagalo", "kind": "indirect"}]},
     {"quotes": [quote()]}, {"quotes": (0, 1, 1)}),
    ("unmatched indirect quote ignored", {"quotes": []}, {"quotes": [quote(kind="indirect")]},
     {"quotes": (0, 0, 0)}),
    ("time value strict", {"times": [{"text": "March 2024", "value": "2024-03"}, {"text": "Monday",
                                                                                 "value": "2024-03-04"}]},
     {}, {"times": (2, 0, 0), "time_values": (1, 1, 1)}),
    ("time without value not counted when unmatched", {"times": []},
     {"times": [TIMES[0].model_copy(update={"value": None})]}, {"times": (0, 0, 0), "time_values": (0, 0, 0)}),
    ("unit by its noun", {"quantities": [{"value": 40, "unit": "fighters"}]},
     {"quantities": [quantity()]}, {"quantities": (1, 0, 0)}),
    ("unit wrong", {"quantities": [{"value": 40, "unit": "tanks"}]},
     {"quantities": [quantity()]}, {"quantities": (0, 1, 1)}),
    ("range upper bound checked when given", {"quantities": [{"value": 40, "value_max": 50}]},
     {"quantities": [quantity()]}, {"quantities": (0, 1, 1)}),
    ("quantity and claimant", {"quantities": [{"value": 40, "claimant": "Sudan's army"}]},
     {"quantities": [quantity()]}, {"quantities": (1, 0, 0), "quantity_claimant": (1, 0, 0)}),
    ("quantity value strict", {"quantities": [{"value": 41, "claimant": "army"}]},
     {"quantities": [quantity()]}, {"quantities": (0, 1, 1)}),
    ("quantity claimant null", {"quantities": [{"value": 40, "claimant": None}]},
     {"quantities": [quantity()]}, {"quantity_claimant": (0, 1, 1)}),
    ("unmatched vague quantity not counted", {"quantities": []},
     {"quantities": [quantity().model_copy(update={"text": "dozens of fighters", "value": 12, "approximate": True})]},
     {"quantities": (0, 0, 0), "quantity_claimant": (0, 0, 0)}),
    ("unmatched approximate numeral counted", {"quantities": []},
     {"quantities": [quantity().model_copy(update={"approximate": True, "qualifier": "about"})]},
     {"quantities": (0, 1, 0)}),
    ("place within half a degree", {"places": [{"text": "Omdurman", "country": "SDN", "lat": 15.6, "lon": 32.2}]},
     {"places": [place()]}, {"places": (1, 0, 0)}),
    ("place too far", {"places": [{"text": "Omdurman", "country": "SDN", "lat": 16.5, "lon": 32.5}]},
     {"places": [place()]}, {"places": (0, 1, 1)}),
    ("place wrong country", {"places": [{"text": "Omdurman", "country": "EGY"}]},
     {"places": [place()]}, {"places": (0, 1, 1)}),
    ("unmatched country place ignored", {"places": []}, {"places": [place(feature="country", text="Sudan")]},
     {"places": (0, 0, 0)}),
    ("place named twice is one place", {"places": [{"text": "Omdurman", "country": "SDN"}]},
     {"places": [place(), place()]}, {"places": (1, 0, 0)}),
    ("actors by name and code", {}, {}, {"actors": (3, 1, 0)}),
]


@pytest.mark.parametrize(("name", "gold_parts", "pred_parts", "expected"), MENTION_CASES,
                         ids=[c[0] for c in MENTION_CASES])
def test_mention_components(name: str, gold_parts: dict[str, Any], pred_parts: dict[str, Any],
                            expected: dict[str, tuple[int, int, int]]) -> None:
    score = score_document(gold(**gold_parts), analysis(**pred_parts))
    for component, counts in expected.items():
        c = score.components[component]
        assert (c.tp, c.fp, c.fn) == counts, component


def test_components_not_annotated_are_not_scored() -> None:
    score = score_document(gold(actors=None), analysis(quotes=[quote()]))
    assert score.components == {}


def test_totals_are_micro_averaged() -> None:
    one = score_document(gold(events=[SHELLED]), analysis(events=[event()]))
    two = score_document(gold(events=[SHELLED]), analysis(events=[event("COERCE"), event(eid="e2")]))
    sums, matrix = total([one, two])
    c = sums["event_type"]
    assert (c.tp, c.fp, c.fn) == (2, 1, 0)
    assert c.precision == pytest.approx(2 / 3)
    assert c.recall == 1.0
    assert c.f1 == pytest.approx(0.8)
    assert matrix["ASSAULT"]["ASSAULT"] == 2
    assert matrix["NONE"]["COERCE"] == 1


@pytest.mark.parametrize(("gold_unit", "pred_unit", "same"), [
    ("$", "USD", True), ("%", "percent", True), ("per cent", "%", True), ("km", "kilometres", True),
    ("$", "EUR", False), ("troops", "troops", True), ("yuan", "CNY", True), ("US dollars", "USD", True),
    ("rupees", "INR", True), ("yuan", "USD", False),
])
def test_unit_spellings(gold_unit: str, pred_unit: str, same: bool) -> None:
    assert (unit_name(gold_unit) == unit_name(pred_unit)) is same
