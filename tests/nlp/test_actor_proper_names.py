"""Names the entity recogniser missed become uncoded people when an event needs them as a party;
hyphenated names ("Kim Kye-gwan", "al-Dabbagh") stay whole.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _parties(analysis) -> list[tuple[str | None, str | None]]:  # type: ignore[no-untyped-def]
    names = {a.id: a.name for a in analysis.actors}
    return [(names.get(e.actor), names.get(e.recipient)) for e in analysis.events]


def test_an_untagged_name_in_the_object_slot_is_the_recipient(analyze_text) -> None:
    found = _parties(analyze_text("Israeli troops shot dead 17-year-old Bilal Ashaar near Jenin on Sunday."))
    assert any(recipient == "Bilal Ashaar" for _, recipient in found), found


@pytest.mark.parametrize("text", [
    "Prime Minister Koizumi visited the Yasukuni Shrine again.",
    "Rebels shelled the Kibera District on Sunday.",
])
def test_a_building_or_region_is_no_person(analyze_text, text: str) -> None:
    a = analyze_text(text)
    assert not any(x.type == "person" and x.name.split()[-1] in ("Shrine", "District") for x in a.actors), a.actors


@pytest.mark.parametrize(("text", "name"), [
    # a hyphen inside a name is no dash before a name ("GMT - The Arakan Army")
    ("Kim Kye-gwan said on Monday that talks would go on.", "Kim Kye-gwan"),
    ("Gunmen shot dead Khayreddin al-Dabbagh, a member of the municipal council.", "Khayreddin al-Dabbagh"),
    # a dictionary name that is only the first half of a hyphenated given name is someone else
    ("Park Jin-young said on Monday that talks would go on.", "Park Jin-young"),
])
def test_a_hyphenated_name_is_kept_whole(analyze_text, text: str, name: str) -> None:
    a = analyze_text(text)
    assert name in {x.name for x in a.actors}, [x.name for x in a.actors]


def test_a_spaced_dash_before_a_name_still_cuts_the_stamp(analyze_text) -> None:
    a = analyze_text("1040 GMT - The Arakan Army said on Monday it had taken the town.")
    assert "Arakan Army" in {x.name for x in a.actors}, [x.name for x in a.actors]


def test_a_name_before_a_persons_title_is_a_person_whatever_the_tagger_said(analyze_text) -> None:
    a = analyze_text("Makoto Fukuda, head of the finance ministry's insurance department, said losses were large. "
                     "Fukuda said the ministry had no plan to inject public funds.")
    people = {x.name for x in a.actors if x.type == "person"}
    assert "Makoto Fukuda" in people and "Fukuda" not in {x.name for x in a.actors}, people


@pytest.mark.parametrize("text", [
    "The ministers reaffirmed the Bogor Goals, the ministers said.",  # a plural title names no one
    "But Maqbool Dar, the official, said the arrangements were excellent.",  # a sentence's first word
])
def test_a_plural_title_or_a_sentence_opener_makes_no_person(analyze_text, text: str) -> None:
    a = analyze_text(text)
    assert not any(x.name in ("Bogor Goals", "But Maqbool Dar") for x in a.actors), [x.name for x in a.actors]


def test_a_generic_title_takes_the_role_of_the_body_its_of_phrase_names(analyze_text) -> None:
    a = analyze_text("Farooq Feroze Khan, chairman of Pakistan's joint chiefs of staff committee, met Mubarak.")
    khan = next(x for x in a.actors if x.name == "Farooq Feroze Khan")
    assert (khan.country, khan.role) == ("PAK", "MIL")
