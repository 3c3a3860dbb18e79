"""Names the entity recogniser missed become uncoded people when an event needs them as a party.

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
