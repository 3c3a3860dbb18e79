"""A nominal act given as the reason for another ("blasted X *for its criticism*") is an event of its own."""

from __future__ import annotations


def test_the_reason_for_a_rebuke_is_another_act(analyze_text) -> None:
    analysis = analyze_text("The Dutch foreign minister blasted Ankara for its harsh criticism of the Netherlands.")
    assert [e.type for e in analysis.events] == ["ACCUSE", "ACCUSE"]


def test_a_noun_the_verb_launches_is_still_one_act(analyze_text) -> None:
    analysis = analyze_text("Rebels launched an attack on the garrison town on Monday.")
    assert [e.type for e in analysis.events] == ["ASSAULT"]
