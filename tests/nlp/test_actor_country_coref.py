""""The country" is the country last named as a party, not one that only modifies a title."""

from __future__ import annotations

import pytest

from tests.conftest import actor_named, events_of_type

pytestmark = pytest.mark.model

_TEXT = ("Mongolian Prime Minister Enkhbold praised ties with China. China and Mongolia established a partnership "
         "in 2003 when Chinese President Hu Jintao paid a state visit to {where}.")


def test_a_visit_to_the_country_is_a_visit_to_the_country_last_named(analyze_text) -> None:
    analysis = analyze_text(_TEXT.format(where="the country"))
    visits = [(actor_named(analysis, e.actor), actor_named(analysis, e.recipient))
              for e in events_of_type(analysis, "CONSULT")]
    assert visits == [("Hu Jintao", "Mongolia")], visits


def test_a_country_with_a_modifier_of_its_own_points_nowhere(analyze_text) -> None:
    text = _TEXT.format(where="the whole country")
    analysis = analyze_text(text)
    mentioned = [text[start:end] for a in analysis.actors for start, end in a.mentions]
    assert "country" not in mentioned, mentioned
