"""The other side of a one-way act told with its doer only comes from the story's latest act between the
two sides, within the act's family (hostile, friendly). Sentences written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _roles(a, rule):  # type: ignore[no-untyped-def]
    names = {x.id: x.name for x in a.actors}
    return [(names.get(e.actor or ""), names.get(e.recipient or "")) for e in a.events if e.rule.startswith(rule)]


@pytest.mark.parametrize("text, rule, expected", [
    ("Israeli troops clashed with Hamas gunmen in Gaza on Monday. The troops later returned fire from a rooftop.",
     "cov.return", ("Israeli military", "Hamas")),
    ("The United States urged Pakistan to hold elections. Washington also pressed for the release of prisoners.",
     "request.press", ("United States", "Pakistan")),
])
def test_a_one_way_act_takes_the_other_side_told_before(analyze_text, text: str, rule: str,  # type: ignore[no-untyped-def]
                                                        expected: tuple[str, str]) -> None:
    assert _roles(analyze_text(text), rule) == [expected]


def test_a_fight_names_no_target_for_a_demand(analyze_text) -> None:  # type: ignore[no-untyped-def]
    a = analyze_text("Uganda attacked the rebels on Friday. Uganda later pressed for talks.")
    assert _roles(a, "request.press") == [("Uganda", None)]


def test_an_act_before_any_pair_is_left_open(analyze_text) -> None:  # type: ignore[no-untyped-def]
    a = analyze_text("The troops returned fire from a rooftop. Later Israeli troops clashed with Hamas gunmen.")
    assert [r for _, r in _roles(a, "cov.return")] == [None]


def test_a_target_the_sentence_names_comes_before_the_story(analyze_text) -> None:  # type: ignore[no-untyped-def]
    a = analyze_text("Israeli troops clashed with Hamas gunmen in Gaza on Monday. "
                     "The troops later shot dead one civilian near the market.")
    assert _roles(a, "assault.shoot") == [("Israeli military", "civilian")]
