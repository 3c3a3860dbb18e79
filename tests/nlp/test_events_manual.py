"""One mention per planned act, and the PLOVER manual's category derived from it.

Sentences written for these tests. "X will host talks" is recorded once, as the
planned act (stance ``planned``), not also as a second AGREE mention;
``manual_coding`` gives the category the manual asks for (AGREE; an announced
withdrawal is CONCEDE in the current manual, AGREE in PLOVER 0.5b1; a planned
attack or coercion is THREATEN).
"""

from __future__ import annotations

import pytest

from sitroom.nlp.events.manual import EDITIONS, manual_coding

pytestmark = pytest.mark.model

PLANNED = [
    # sentence, type of the one planned mention, manual category (current), manual category (0.5b1)
    ("Egypt will host talks between the two factions in Cairo next week.", "CONSULT", "AGREE", "AGREE"),
    ("Norway will send medical aid to the flooded provinces of Pakistan.", "AID", "AGREE", "AGREE"),
    ("The rebels will withdraw from the town of Kidal, the mediator said.", "RETREAT", "CONCEDE", "AGREE"),
    ("The junta is prepared to impose martial law in the capital.", "COERCE", "THREATEN", "THREATEN"),
    ("The militia said it would shell the airport in Goma.", "ASSAULT", "THREATEN", "THREATEN"),
]


@pytest.mark.parametrize(("text", "kind", "current", "old"), PLANNED)
def test_a_planned_act_is_one_mention(analyze_text, text: str, kind: str, current: str,
                                                  old: str) -> None:
    events = analyze_text(text).events
    described = [(e.type, e.rule, e.attribution.stance) for e in events]
    planned = [e for e in events if e.type == kind]
    assert len(planned) == 1 and planned[0].attribution.stance == "planned", described
    assert not [e for e in events if e.type in ("AGREE", "THREATEN")], described  # not recorded twice
    coded = manual_coding(planned[0])
    assert coded.type == current and coded.attribution.stance == "asserted" and coded.rule.endswith("+manual")
    assert manual_coding(planned[0], "0.5b1").type == old


def test_a_refusal_is_still_its_own_event(analyze_text) -> None:
    events = analyze_text("Chile will not send a delegation to the summit in Lima.").events
    assert [e.type for e in events if e.rule.endswith("+mood")] == ["REJECT"], [(e.type, e.rule) for e in events]


def test_what_happened_keeps_its_type(analyze_text) -> None:
    events = analyze_text("Egypt hosted talks between the two factions in Cairo on Monday.").events
    consult = [e for e in events if e.type == "CONSULT"]
    assert consult and manual_coding(consult[0]) == consult[0]
    assert set(EDITIONS) == {"current", "0.5b1"}
    with pytest.raises(KeyError):
        manual_coding(consult[0], "0.4")


def test_destroying_property_is_assault_now_and_coerce_in_0_5b1(analyze_text) -> None:
    """CAMEO 1712 (destroy property) is ASSAULT in the 2021 CAMEO-to-PLOVER table, COERCE in 0.5b1 records."""
    events = analyze_text("Rioters torched a police station in the town on Tuesday.").events
    torched = [e for e in events if e.cameo == "1712"]
    assert torched and torched[0].type == "ASSAULT", [(e.type, e.rule) for e in events]
    assert manual_coding(torched[0]).type == "ASSAULT"
    assert manual_coding(torched[0], "0.5b1").type == "COERCE"
