"""Acts still to come without a word of saying so: an aim, an obligation on the doer, an arrangement
("was to meet"), a forecast, a protest called for later. Each is planned or speculative, not done; the same
verb told as done stays asserted."""

from __future__ import annotations

import pytest

from tests.conftest import events_of_type

pytestmark = pytest.mark.model


def _stances(analysis, kind: str) -> set[str]:
    return {e.attribution.stance for e in events_of_type(analysis, kind)}


@pytest.mark.parametrize(("text", "kind", "stance"), [
    # an act aimed at is planned; the same act told as done is asserted
    ("The talks in Cotabato were aimed at forging a truce with the MILF.", "AGREE", "planned"),
    ("The government forged a truce with the MILF in Cotabato.", "AGREE", "asserted"),
    # an act its doer has to do
    ("Russia still has to sign bilateral protocols with the United States.", "AGREE", "planned"),
    # an arrangement told with "be to"
    ("Olmert was then to meet the Vatican head of government, Tarcisio Bertone.", "CONSULT", "planned"),
    # an act someone is expected to do is a forecast, one they plan is planned
    ("In the afternoon Royal was expected to meet Israeli Foreign Minister Tzipi Livni.", "CONSULT", "speculative"),
    ("In the afternoon Royal plans to meet Israeli Foreign Minister Tzipi Livni.", "CONSULT", "planned"),
    # a protest called or announced is still to come; one staged is done
    ("Opposition parties have called a general shutdown on May 3 in Bihar.", "PROTEST", "planned"),
    ("Hasina announced sit-in demonstrations outside President House.", "PROTEST", "planned"),
    ("Workers staged a strike on Monday.", "PROTEST", "asserted"),
])
def test_the_stance_of_an_act_still_to_come(analyze_text, text: str, kind: str, stance: str) -> None:
    assert _stances(analyze_text(text), kind) == {stance}


def test_a_purpose_of_being_somewhere_is_no_arrangement(analyze_text) -> None:
    assert "planned" not in _stances(analyze_text("Olmert was in Rome to meet Tarcisio Bertone."), "CONSULT")


def test_denying_plans_denies_the_planned_act_not_a_refusal(analyze_text) -> None:
    analysis = analyze_text("Israel denied plans to attack Gaza.")
    assert events_of_type(analysis, "REJECT") == []
    assert _stances(analysis, "ASSAULT") == {"denied"}
