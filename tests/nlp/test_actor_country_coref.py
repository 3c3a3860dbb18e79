"""Names bound to a country: "the country" is the country last named as a party, not one that only modifies a
title; "the Peruvian Congress" is Peru's, and a bare "Congress" the US one or India's party by the country
the article names first."""

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


def _actors(analyze_text, text: str) -> dict[str, str | None]:
    return {a.name: a.country for a in analyze_text(text, ref="1997-04-23").actors}


def test_a_foreign_country_adjective_makes_congress_that_countrys(analyze_text) -> None:
    found = _actors(analyze_text, "The Peruvian Congress late Tuesday praised the military intervention.")
    assert "US Congress" not in found and found.get("Peruvian parliament") == "PER", found


def test_bare_congress_is_the_us_one_only_where_the_us_is_named(analyze_text) -> None:
    us = _actors(analyze_text, "US lawmakers said Congress would vote on the bill.")
    assert us.get("US Congress") == "USA", us
    india = _actors(analyze_text, "The Congress (I) party withdrew support from Prime Minister Deve Gowda of India.")
    assert "US Congress" not in india, india


def test_islamist_forces_are_an_armed_group_not_the_countrys_army(analyze_text) -> None:
    text = ("MOGADISHU, Dec 26 (AFP) - Somali government forces advanced on Tuesday. Islamist forces had pulled back "
            "from several posts, witnesses said.")
    analysis = analyze_text(text, ref="2006-12-26")
    owner = next(a for a in analysis.actors for s, e in a.mentions if text[s:e] == "Islamist forces")
    assert owner.role == "REB" and "Islamist forces" not in [text[s:e] for a in analysis.actors
                                                             if a.role == "MIL" for s, e in a.mentions]


def test_bare_congress_in_a_story_about_india_is_its_party(analyze_text) -> None:
    """Several organisations share the name: the one of the country the article names first."""
    text = ("NEW DELHI, April 3 (AFP) - India's ruling coalition faced a crisis on Thursday. The US embassy in New "
            "Delhi declined comment. Congress said it would withdraw support from the government.")
    found = _actors(analyze_text, text)
    assert found.get("Indian National Congress") == "IND" and "US Congress" not in found, found


@pytest.mark.parametrize("text", [
    "Governments in Latin America must step up investment.",
    "South American and Central American leaders met in Lima.",
    "Native American groups protested outside the courthouse.",
])
def test_a_region_or_first_people_of_the_americas_is_not_the_united_states(analyze_text, text) -> None:
    assert "USA" not in _actors(analyze_text, text).values()


@pytest.mark.parametrize(("text", "country"), [
    ("Militants attacked oil facilities in the Niger Delta.", "NER"),
    ("Police in New Mexico arrested two men.", "MEX"),
    ("Ships sailed into the Gulf of Mexico on Monday.", "MEX"),
    ("Herders in Inner Mongolia protested on Monday.", "MNG"),
])
def test_a_country_name_inside_a_longer_place_name_is_not_that_country(analyze_text, text, country) -> None:
    found = _actors(analyze_text, text).values()
    assert not any((code or "").startswith(country) for code in found), found


@pytest.mark.parametrize(("text", "country"), [
    ("Troops in Indian Kashmir killed two rebels.", "IND"),
    ("Vietnamese forces retook a village in western Cambodia.", "KHM"),
    ("The Democratic Republic of Congo said it would attend.", "COD"),
])
def test_a_part_or_the_formal_name_of_a_country_is_that_country(analyze_text, text, country) -> None:
    assert any((code or "").startswith(country) for code in _actors(analyze_text, text).values())


def test_america_alone_is_still_the_united_states(analyze_text) -> None:
    assert _actors(analyze_text, "America sent more troops to the region.").get("United States") == "USA"


def test_a_newspaper_or_firm_named_for_a_country_speaks_for_itself(analyze_text) -> None:
    found = _actors(analyze_text, "The China Daily reported that police arrested 12 people.")
    assert "China" not in found and "China Daily" in found, found
    agency = _actors(analyze_text, "The Vietnam News Agency reported that the talks ended.")
    assert any((code or "").startswith("VNM") for code in agency.values()), agency


def test_a_countrys_television_or_radio_is_its_media_not_the_state(analyze_text) -> None:
    found = _actors(analyze_text, "Two men were hanged on Sunday, the official Jordanian television reported.")
    assert found.get("Jordanian media") == "JOR", found
