"""An actorless noun that renames an attack told in the same sentence is not a second ASSAULT."""

from __future__ import annotations

import pytest

from tests.conftest import events_of_type

pytestmark = pytest.mark.model


def test_clash_noun_after_attack_in_same_sentence_is_one_event(analyze_text) -> None:
    text = "Russian troops fired on the marchers near the bridge, and heavy clashes lasted until dusk."
    assaults = events_of_type(analyze_text(text), "ASSAULT")
    assert len(assaults) == 1
    assert assaults[0].rule == "assault.fire.v1"


def test_clash_noun_alone_keeps_its_mention(analyze_text) -> None:
    text = "Heavy clashes lasted until dusk near the bridge."
    assert len(events_of_type(analyze_text(text), "ASSAULT")) == 1


def test_noun_in_next_sentence_is_kept(analyze_text) -> None:
    text = "Russian troops fired on the marchers near the bridge. Heavy clashes lasted until dusk."
    assert len(events_of_type(analyze_text(text), "ASSAULT")) == 2


def test_a_dated_war_framing_the_attack_is_a_happening_of_its_own(analyze_text) -> None:
    text = "Veterans disabled by chemical weapon attacks during the 1980-1988 war against Iraq staged a sit-in."
    assaults = events_of_type(analyze_text(text), "ASSAULT")
    assert any("war" in e.evidence.text and "1980" in e.evidence.text for e in assaults), assaults


def test_an_attack_noun_that_a_verb_takes_as_object_is_not_a_restatement(analyze_text) -> None:
    text = ("The army confirmed the killing, saying that Hannawi is one of the most wanted militants, who is "
            "believed to have masterminded several suicide bombings in Israel in the 1990s.")
    assaults = events_of_type(analyze_text(text), "ASSAULT")
    assert any("bombings" in e.evidence.text for e in assaults), [(e.rule, e.evidence.text) for e in assaults]
