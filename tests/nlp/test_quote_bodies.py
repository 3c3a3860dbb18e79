"""A spokesperson named by role alone speaks for the body the sentence before is about."""

from __future__ import annotations

import pytest

from tests.conftest import actor_named

pytestmark = pytest.mark.model


def _speaker(analyze_text, text: str) -> str | None:
    a = analyze_text(text)
    [quote] = [q for q in a.quotes if q.kind == "direct"]
    return actor_named(a, quote.speaker)


def test_spokesman_speaks_for_the_previous_subject(analyze_text):
    name = _speaker(analyze_text, 'The African Union condemned the coup. "Power must return to civilians," '
                                  'a spokeswoman said.')
    assert name == "African Union"


def test_a_person_before_is_no_body(analyze_text):
    """No body to speak for: the spokesman is an unnamed source of their own, not the farmer."""
    assert _speaker(analyze_text, 'Farmer Joe Bloggs lost his crop in the flood. "We have nothing left," '
                                  'a spokesman said.') == "spokesman"


def test_spokesman_with_his_own_body_keeps_it(analyze_text):
    name = _speaker(analyze_text, 'The African Union condemned the coup. "We reject this," a spokesman for '
                                  'Nigeria said.')
    assert name == "Nigeria"
