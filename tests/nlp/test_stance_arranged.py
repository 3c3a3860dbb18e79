"""Acts still to come without a word of saying so: an aim, an obligation on the doer, an arrangement
("was to meet"). Each is planned, not done; the same verb told as done stays asserted."""

from __future__ import annotations

import pytest

from tests.conftest import events_of_type

pytestmark = pytest.mark.model


def _stances(analysis, kind: str) -> set[str]:
    return {e.attribution.stance for e in events_of_type(analysis, kind)}


def test_an_act_aimed_at_is_planned(analyze_text) -> None:
    aimed = analyze_text("The talks in Cotabato were aimed at forging a truce with the MILF.")
    assert _stances(aimed, "AGREE") == {"planned"}
    forged = analyze_text("The government forged a truce with the MILF in Cotabato.")
    assert _stances(forged, "AGREE") == {"asserted"}


def test_an_act_its_doer_has_to_do_is_planned(analyze_text) -> None:
    obliged = analyze_text("Russia still has to sign bilateral protocols with the United States.")
    assert _stances(obliged, "AGREE") == {"planned"}


def test_an_arrangement_told_with_be_to_is_planned_but_a_purpose_of_being_somewhere_is_not(analyze_text) -> None:
    arranged = analyze_text("Olmert was then to meet the Vatican head of government, Tarcisio Bertone.")
    assert _stances(arranged, "CONSULT") == {"planned"}
    there = analyze_text("Olmert was in Rome to meet Tarcisio Bertone.")
    assert "planned" not in _stances(there, "CONSULT")


def test_an_act_someone_is_expected_to_do_is_a_forecast_not_a_plan(analyze_text) -> None:
    expected = analyze_text("In the afternoon Royal was expected to meet Israeli Foreign Minister Tzipi Livni.")
    assert _stances(expected, "CONSULT") == {"speculative"}
    planned = analyze_text("In the afternoon Royal plans to meet Israeli Foreign Minister Tzipi Livni.")
    assert _stances(planned, "CONSULT") == {"planned"}


def test_denying_plans_denies_the_planned_act_not_a_refusal(analyze_text) -> None:
    analysis = analyze_text("Israel denied plans to attack Gaza.")
    assert events_of_type(analysis, "REJECT") == []
    assert _stances(analysis, "ASSAULT") == {"denied"}


def test_a_protest_called_or_announced_is_planned_one_staged_is_not(analyze_text) -> None:
    assert _stances(analyze_text("Opposition parties have called a general shutdown on May 3 in Bihar."),
                    "PROTEST") == {"planned"}
    assert _stances(analyze_text("Hasina announced sit-in demonstrations outside President House."),
                    "PROTEST") == {"planned"}
    assert _stances(analyze_text("Workers staged a strike on Monday."), "PROTEST") == {"asserted"}
