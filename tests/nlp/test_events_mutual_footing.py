"""Joint acts recorded once per side where the grammar puts both sides on the same footing.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _pairs(analysis, kind: str) -> set[tuple[str | None, str | None]]:  # type: ignore[no-untyped-def]
    names = {a.id: a.name for a in analysis.actors}
    return {(names.get(e.actor), names.get(e.recipient)) for e in analysis.events if e.type == kind}


@pytest.mark.parametrize("text", [
    "Russia and Sri Lanka held bilateral talks in Moscow on Friday.",
    "The talks between Russia and Sri Lanka ended in Moscow on Friday.",
])
def test_talks_of_two_sides_on_the_same_footing_go_both_ways(analyze_text, text: str) -> None:
    assert _pairs(analyze_text(text), "CONSULT") == {("Russia", "Sri Lanka"), ("Sri Lanka", "Russia")}


def test_a_meeting_with_a_partner_stays_one_way(analyze_text) -> None:
    found = _pairs(analyze_text("The Russian foreign minister met with Sri Lanka's president in Colombo on Friday."),
                   "CONSULT")
    assert len(found) == 1, found


def test_joint_signatories_each_sign(analyze_text) -> None:
    found = _pairs(analyze_text("Russia and Sri Lanka signed an agreement on trade in Moscow on Friday."), "AGREE")
    assert found == {("Russia", "Sri Lanka"), ("Sri Lanka", "Russia")}
