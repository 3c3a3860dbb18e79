"""Which nominal and passive triggers are acts of their own: a reason given for another act is one;
relations that "have been strained" by no named party are a state, no SANCTION."""

from __future__ import annotations


def test_the_reason_for_a_rebuke_is_another_act(analyze_text) -> None:
    analysis = analyze_text("The Dutch foreign minister blasted Ankara for its harsh criticism of the Netherlands.")
    assert [e.type for e in analysis.events] == ["ACCUSE", "ACCUSE"]


def test_a_noun_the_verb_launches_is_still_one_act(analyze_text) -> None:
    analysis = analyze_text("Rebels launched an attack on the garrison town on Monday.")
    assert [e.type for e in analysis.events] == ["ASSAULT"]


def test_strained_relations_with_no_party_straining_them_are_a_state(analyze_text) -> None:
    analysis = analyze_text("Relations between Lima and Quito have been strained since the border dispute.")
    assert not [e for e in analysis.events if e.type == "SANCTION"]
