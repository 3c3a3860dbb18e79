"""Names only the NER fallback found are reported as actors only when the analysis uses them."""

from __future__ import annotations

import pytest

from sitroom.nlp.actors.unused import referenced_ids, without_unused_fallbacks
from sitroom.records import Actor, Event, Evidence

pytestmark = pytest.mark.model


def test_unreferenced_fallback_names_are_dropped_and_ids_kept():
    actors = [Actor(id="a1", name="Peru", type="state", rule="dictionary"),
              Actor(id="a2", name="Corolla", type="group", rule="ner_fallback"),
              Actor(id="a3", name="Acme Union", type="org", rule="ner_fallback")]
    events = [Event(id="e1", type="PROTEST", actor="a3", evidence=Evidence(start=0, end=4, text="rose"))]
    used = referenced_ids(events, [], [])
    assert [a.id for a in without_unused_fallbacks(actors, used)] == ["a1", "a3"]


def test_a_fallback_name_that_speaks_stays(analyze_text):
    a = analyze_text('Zorbex Holdings said on Monday: "We will appeal." Peru\'s government fined Zorbex Holdings.')
    names = {x.name for x in a.actors}
    assert any("Zorbex" in n for n in names), names
