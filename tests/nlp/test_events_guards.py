"""Precision guards: a meeting retold as the setting of a statement, a visit with no host of another side.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from sitroom.errors import ResourceError
from sitroom.nlp.events import guards

pytestmark = pytest.mark.model


def _consults(analysis) -> list[tuple[str | None, str | None, str]]:  # type: ignore[no-untyped-def]
    names = {a.id: a.name for a in analysis.actors}
    return [(names.get(e.actor), names.get(e.recipient), e.rule) for e in analysis.events if e.type == "CONSULT"]


@pytest.mark.parametrize(("text", "told"), [
    ("The Chinese premier met Kenyan President Ruto on Monday. During a meeting with Ruto, the premier said "
     "trade would grow.", 1),
    # the presidents named as examples are met one by one: two meetings told, the setting adds none
    ("The Chinese premier met the presidents of Kenya and Ghana, including Ruto and Mahama. When meeting with "
     "Mahama, the premier said trade would grow.", 2),
])
def test_a_meeting_retold_as_a_setting_is_counted_once(analyze_text, text: str, told: int) -> None:
    found = _consults(analyze_text(text))
    assert len(found) == told, found


@pytest.mark.parametrize(("text", "told"), [
    # a plan told again points back to the plan ("before" makes the second mention a plan too)
    ("The Chilean president will start a visit to Peru on Sunday. He spoke to reporters before his trip to "
     "Peru.", 1),
    # as the subject of a clause of its own, the planned meeting says something new
    ("The Chilean president will start a visit to Peru on Sunday. The visit to Peru will be followed by talks "
     "in Bolivia.", 2),
])
def test_a_plan_told_again_is_counted_once(analyze_text, text: str, told: int) -> None:
    found = [f for f in _consults(analyze_text(text)) if f[1] == "Peru" and "talk" not in f[2]]
    assert len(found) == told, found


@pytest.mark.parametrize("text", [
    "During a meeting with Ruto, the Chinese premier said trade would grow.",  # nothing told before: news
    "The Chinese premier met Kenyan President Ruto on Monday. He met Ruto again on Tuesday.",  # main clause
])
def test_a_new_meeting_keeps_its_mention(analyze_text, text: str) -> None:
    found = _consults(analyze_text(text))
    assert len(found) == text.count("met") + text.count("meeting"), found


@pytest.mark.parametrize(("text", "kept"), [
    ("Putin visited Beijing on Monday.", True),
    ("The French president visited Kenya last week.", True),
    ("The Kenyan president arrived in Kampala on an unannounced visit on Friday.", True),  # a foreign city hosts
    ("Prime Minister Koizumi visited the Yasukuni Shrine again.", False),  # a place, no host
    ("The French president visited French troops in Mali on Sunday.", False),  # his own side
])
def test_a_visit_needs_a_host_of_another_side(analyze_text, text: str, kept: bool) -> None:
    found = _consults(analyze_text(text))
    assert bool(found) is kept, found


def test_a_missing_guard_word_set_is_a_resource_error(monkeypatch) -> None:
    guards.guard_words.cache_clear()
    monkeypatch.setattr(guards, "load_csv", lambda name: ({"name": "visits", "words": "visit"},))
    try:
        with pytest.raises(ResourceError, match="E021"):
            guards.guard_words()
    finally:
        monkeypatch.undo()
        guards.guard_words.cache_clear()
    assert guards.guard_words()["framing_preps"]


@pytest.mark.parametrize(("text", "kind", "kept"), [
    ("PRESENTER: Will the army attack the rebels in Goma?", "ASSAULT", False),  # a yes/no question
    ("Is there any sign of a ceasefire between the two militias?", "RETREAT", False),
    ("Why did the army attack the rebels in Goma?", "ASSAULT", True),  # presupposes the attack
    ("The army attacked the rebels in Goma.", "ASSAULT", True),
])
def test_a_yes_no_question_reports_no_event(analyze_text, text: str, kind: str, kept: bool) -> None:
    events = analyze_text("The minister spoke to reporters in Nairobi on Monday.\n\n" + text).events
    assert bool([e for e in events if e.type == kind]) is kept, [(e.type, e.rule) for e in events]


@pytest.mark.parametrize(("text", "rules"), [
    ("The ministry bought six attack helicopters from Turkey.", []),  # a kind of helicopter
    ("Police issued an arrest warrant for the opposition leader.", []),  # a kind of warrant
    ("Activists staged protest actions against the dam in Kampala.", ["protest"]),  # the act itself
])
def test_a_compound_modifier_names_a_kind(analyze_text, text: str, rules: list[str]) -> None:
    events = analyze_text(text).events
    nominal = [e.rule.split(".")[1] for e in events if e.rule.split("+")[0].split(".")[-1].startswith("n")]
    assert nominal == rules, [(e.type, e.rule) for e in events]


def test_a_past_event_named_as_a_time_keeps_its_own_modality(analyze_text) -> None:
    text = "The new government will restore full sovereignty to Iraq following the 2003 US-led invasion."
    invasion = [e for e in analyze_text(text).events if e.type == "ASSAULT"]
    assert invasion and invasion[0].attribution.stance == "asserted", [(e.type, e.attribution) for e in invasion]
    assert not [e for e in analyze_text(text).events if e.type == "THREATEN"]


@pytest.mark.parametrize(("text", "kept"), [
    ("Soldiers guarded the road to prevent any attack on the convoy.", False),  # a kind of act
    ("Gunmen staged an attack on the convoy near Gao.", True),  # one act
])
def test_a_free_choice_determiner_names_a_kind(analyze_text, text: str, kept: bool) -> None:
    events = analyze_text(text).events
    assert bool([e for e in events if e.type == "ASSAULT"]) is kept, [(e.type, e.rule) for e in events]
