"""Acts done jointly: the adverb or adjective, not the word, names the cooperation, so the rows hold for
any lemma (``*`` in the pattern table) and a word's own rows still come first."""

from __future__ import annotations

import pytest

from tests.conftest import actor_named, events_of_type

pytestmark = pytest.mark.model


def _pairs(analysis, events) -> set[tuple[str | None, str | None]]:
    return {(actor_named(analysis, e.actor), actor_named(analysis, e.recipient)) for e in events}


def test_an_act_done_jointly_is_cooperation_of_its_conjoined_subjects(analyze_text) -> None:
    analysis = analyze_text("Last year China and Mongolia jointly inspected their common border.")
    pairs = _pairs(analysis, events_of_type(analysis, "COOPERATE"))
    assert pairs == {("China", "Mongolia"), ("Mongolia", "China")}, pairs


def test_a_joint_activity_is_cooperation_but_a_joint_body_is_no_act(analyze_text) -> None:
    study = events_of_type(analyze_text("Japan and China launched a joint study of the historical issues."),
                           "COOPERATE")
    assert study and all(e.rule == "cov.joint.n1" for e in study), [(e.rule, e.evidence.text) for e in study]
    assert analyze_text("The joint committee has 12 members from the two provinces.").events == []


def test_a_word_with_its_own_row_keeps_it_and_holding_joint_drills_binds_both_holders(analyze_text) -> None:
    analysis = analyze_text("China and Pakistan held a joint exercise near Abbottabad.")
    drills = events_of_type(analysis, "COOPERATE")
    assert {e.rule for e in drills} == {"cooperate.hold.v1", "cooperate.hold.v1+mutual"}, drills
    assert _pairs(analysis, drills) == {("China", "Pakistan"), ("Pakistan", "China")}


def test_a_joint_statement_is_an_agreement_when_issued_not_when_implemented(analyze_text) -> None:
    issued = analyze_text("North Korea and the United States issued a joint statement on Friday.")
    assert [e.rule for e in events_of_type(issued, "AGREE")][:1] == ["cov.statement.n1"]
    implemented = analyze_text("The path is open for all sides to implement the joint statement.")
    assert events_of_type(implemented, "AGREE") == []
