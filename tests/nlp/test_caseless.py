"""Lowercased articles: dictionary names still count when the text has no capitals at all."""

from __future__ import annotations

import pytest

from tests.conftest import actor_named

pytestmark = pytest.mark.model

TEXT = ("The African Union said on Monday that the Rapid Support Forces had shelled a camp near El Fasher, "
        "killing twelve people. Sudan's army said it had repelled the attack and accused the RSF of targeting "
        "civilians. Kenya offered to host talks between the two sides, a spokesman said in Nairobi, adding that "
        "both delegations had been invited.")


def _names(analysis) -> set[str]:
    return {a.name.lower() for a in analysis.actors}


def test_lowercased_text_keeps_its_actors(analyze_text):
    cased, lowered = analyze_text(TEXT), analyze_text(TEXT.lower())
    assert {"african union", "kenya"} <= _names(lowered)
    assert len(_names(lowered) & _names(cased)) >= len(_names(cased)) - 2


def test_lowercased_events_keep_their_actor(analyze_text):
    lowered = analyze_text(TEXT.lower())
    actors = {(e.type, (actor_named(lowered, e.actor) or "").lower()) for e in lowered.events}
    assert ("ASSAULT", "rapid support forces") in actors


def test_a_lowercase_word_in_cased_text_is_no_name(analyze_text):
    a = analyze_text("The family ate turkey and rice on Sunday before the march to the square began peacefully "
                     "in the capital, where police watched the crowd.")
    assert "turkey" not in _names(a)
