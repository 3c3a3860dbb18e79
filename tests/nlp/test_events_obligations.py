"""Obligations in reported speech: a demand only when put on another party.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _events(analysis) -> list[tuple[str, str | None, str | None, str]]:  # type: ignore[no-untyped-def]
    names = {a.id: a.name for a in analysis.actors}
    return [(e.type, names.get(e.recipient), e.rule, e.attribution.stance) for e in analysis.events]


def test_an_obligation_on_another_party_is_a_demand_on_it(analyze_text) -> None:
    found = _events(analyze_text('"Israel must withdraw from the town," the Egyptian foreign minister said.'))
    assert [(t, r) for t, r, _, _ in found] == [("REQUEST", "Israel")], found


def test_an_obligation_the_speaker_puts_on_itself_is_its_plan(analyze_text) -> None:
    found = _events(analyze_text('"We must withdraw our troops from the town," the defence minister said.'))
    assert [(t, s) for t, _, _, s in found] == [("RETREAT", "planned")], found
    assert found[0][2] is not None and found[0][2].endswith("+own_duty"), found


def test_an_act_still_to_come_is_planned_not_demanded(analyze_text) -> None:
    found = _events(analyze_text("Officials said Russia has yet to sign the protocol with the United States."))
    assert [(t, s) for t, _, _, s in found] == [("AGREE", "planned")], found


@pytest.mark.parametrize("text", [
    '"We have to do something," the minister told reporters.',
    '"Something has to be done about the prices," the minister said.',
    '"These are actions that have to be taken," the minister said.',
    # an indirect question about a duty demands nothing
    "The coach explained to reporters how football should be played.",
    # "have yet to": not done so far, and asked of no one
    "Several leading figures have yet to declare, including on the Democratic side, aides said.",
])
def test_an_obligation_on_nobody_else_is_no_demand(analyze_text, text: str) -> None:
    found = _events(analyze_text(text))
    assert not any(t == "REQUEST" for t, _, _, _ in found), found



@pytest.mark.parametrize("text", [
    "The minister said the cartel would cut output again should the latest cuts fail to lift prices.",
    "The union said members will not have to work on public holidays under the new deal.",
    # a past that was due asks nothing now
    "The Celtic manager said his team should have won the match.",
])
def test_a_condition_or_a_duty_denied_is_no_demand(analyze_text, text: str) -> None:  # type: ignore[no-untyped-def]
    found = [e for e in analyze_text(text).events if e.type == "REQUEST"]
    assert not found, [(e.rule, e.evidence.text) for e in found]
