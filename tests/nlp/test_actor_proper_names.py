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
