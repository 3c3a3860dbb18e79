"""Word sense on ambiguous triggers, agents of means phrases, idiomatic arrests and dispersals."""

from __future__ import annotations

import pytest

from tests.conftest import actor_named

pytestmark = pytest.mark.model


def _events(analyze_text, text: str) -> list[tuple[str, str | None]]:
    a = analyze_text(text)
    return [(e.type, actor_named(a, e.actor)) for e in a.events]


@pytest.mark.parametrize("text", [
    "The central bank acted to arrest the slide of the currency.",
    "Few investors apprehend the risk of a default.",
])
def test_arresting_a_process_is_no_arrest(analyze_text, text):
    assert "COERCE" not in {t for t, _ in _events(analyze_text, text)}


def test_calling_for_an_arrest_is_a_request(analyze_text):
    types = {t for t, _ in _events(analyze_text, "The union called for the arrest of the factory owner.")}
    assert "REQUEST" in types and "COERCE" not in types


def test_charged_with_an_offence_is_an_accusation(analyze_text):
    types = {t for t, _ in _events(analyze_text, "Prosecutors charged the former governor with embezzlement.")}
    assert types == {"ACCUSE"}


@pytest.mark.parametrize(("text", "actor"), [
    ("Two farmers were killed in army shelling near the border.", "military"),
    ("Four students died in police firing on the campus.", "police"),
    ("Two youths were killed when police opened fire on a crowd in the town.", "police"),
    # a time clause whose verb the event table codes as an attack, though no list names it
    ("Four children were injured when a rebel lobbed a grenade at their home.", "rebels"),
])
def test_agent_of_a_means_phrase(analyze_text, text, actor):
    kills = [a for t, a in _events(analyze_text, text) if t == "ASSAULT"]
    assert kills and kills[0] == actor


@pytest.mark.parametrize("text", [
    "Eight people were killed in the north of the country on Sunday, police said.",
    "Eight people were killed when a bomb exploded in the market.",
])
def test_agentless_passive_keeps_no_actor(analyze_text, text):
    kills = [a for t, a in _events(analyze_text, text) if t == "ASSAULT"]
    assert kills and kills[0] is None


def test_taken_into_custody_is_an_arrest(analyze_text):
    assert ("COERCE", "police") in _events(analyze_text, "Police took three journalists into custody.")


def test_dispersed_with_batons_is_force(analyze_text):
    assert ("ASSAULT", "police") in _events(analyze_text, "Police dispersed the marchers with batons and water cannon.")
    assert ("COERCE", "police") in _events(analyze_text, "Police dispersed the marchers.")


@pytest.mark.parametrize(("text", "actor"), [
    ("Constables fired on the crowd outside the station.", "police"),
    ("Armed insurgents ambushed a convoy near the border.", "rebels"),
])
def test_field_agent_nouns_name_actors(analyze_text, text, actor):
    assert ("ASSAULT", actor) in _events(analyze_text, text)


def test_field_agents_skip_weapons(nlp):
    from sitroom.nlp.actors.lexicon import load_actor_lexicon

    nouns = load_actor_lexicon().nouns
    assert "constable" in nouns and "constables" in nouns
    assert not {"attack helicopter", "prison", "stealth fighter", "aircraft carrier"} & set(nouns)
