"""Stance of attributed events by class of frame: outlets on their own record, self-denials, plans."""

from __future__ import annotations

import pytest

from sitroom.records import Analysis, Event

pytestmark = pytest.mark.model


def _event_with(analysis: Analysis, word: str) -> Event:
    found = [e for e in analysis.events if word in e.evidence.text]
    assert found, [e.evidence.text for e in analysis.events]
    return found[0]


@pytest.mark.parametrize("text, word", [
    ("Thirty people were arrested in the capital overnight, the state radio said late Sunday.", "arrested"),
    ("A local volunteer network said at least 23 civilians were killed when shells struck a market.", "killed"),
])
def test_an_outlet_saying_something_on_its_own_record_asserts_it(analyze_text, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    event = _event_with(analyze_text(text), word)
    assert event.attribution.stance == "asserted"
    assert event.attribution.source is not None
