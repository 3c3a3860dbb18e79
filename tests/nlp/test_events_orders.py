"""An order to armed forces is the act it orders; other orders stay coercion."""

from __future__ import annotations

import pytest


def _typed(analysis) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(e.type, e.rule) for e in analysis.events]


@pytest.mark.parametrize("text", [
    "The prime minister ordered the army on Monday to launch strikes on the rebel camps.",
    "The president ordered the army to move against the gangs in the north.",
])
def test_an_order_to_the_forces_is_the_use_of_force(analyze_text, text: str) -> None:
    events = _typed(analyze_text(text))
    assert [t for t, _ in events] == ["ASSAULT"]
    assert events[0][1].endswith("+ordered")


def test_the_ordered_act_is_told_once_with_its_own_type(analyze_text) -> None:
    events = _typed(analyze_text("The defence minister ordered the troops to withdraw from the border villages."))
    assert [t for t, _ in events] == ["RETREAT"]


@pytest.mark.parametrize("text", [
    "The rebel commander ordered his fighters not to approach the hospitals.",
    "The court ordered the company to pay the workers.",
])
def test_a_restraint_or_an_order_to_another_party_stays_coercion(analyze_text, text: str) -> None:
    assert [t for t, _ in _typed(analyze_text(text))] == ["COERCE"]
