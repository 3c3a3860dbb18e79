"""Role-only actors take their country from context; inferred bodies merge with the named one."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, name_part, code, rule_part", [
    ("Sudan's army shelled the bridge. Army spokesman Khalid Osman said the area was cleared.",
     "Khalid Osman", "SDNMIL", "+context_role"),
    ("Myanmar's junta lost two towns. Myanmar said the towns would be retaken. Residents fled on Sunday.",
     "civilians", "MMRCVL", "+context_country"),
    ("Haiti's police chief resigned. Haiti faces gang violence. The police said three officers were hurt.",
     "police", "HTICOP", "+context"),
])
def test_role_only_actor_gets_country(analyze_text, text, name_part, code, rule_part):
    a = analyze_text(text)
    found = [x for x in a.actors if name_part.lower() in x.name.lower() and x.code == code]
    assert found, [(x.name, x.code, x.rule) for x in a.actors]
    assert any(rule_part in (x.rule or "") or x.rule == "country_role_noun" for x in found)


def test_no_dominant_country_means_no_guess(analyze_text):
    a = analyze_text("Israel and Hamas traded fire. Egypt and Qatar mediated. The army said it hit targets.")
    army = [x for x in a.actors if x.role == "MIL" and "+context_country" in (x.rule or "")]
    assert army == []


def test_inferred_body_merges_with_named_body(analyze_text):
    a = analyze_text("Sudan's army retook the bridge on Sunday. The army said it had cleared Omdurman.")
    military = [x for x in a.actors if x.code == "SDNMIL"]
    assert len(military) == 1
    assert len(military[0].mentions) >= 2


def test_role_word_closing_a_proper_name_is_not_a_generic_body(analyze_text):
    a = analyze_text("Myanmar's junta lost ground. 10:05 GMT - The Kachin Independence Army says it took a base.")
    names = {x.name: x for x in a.actors}
    assert "Kachin Independence Army" in names
    assert not any(x.role == "MIL" and "+context" in (x.rule or "") for x in a.actors)
    kia = names["Kachin Independence Army"]
    text = a.document.text
    assert "it" in [text[s:e] for s, e in kia.mentions]  # an unknown organisation is an antecedent too


def test_surname_tagged_as_organisation_still_links_back(analyze_text):
    text = ("Navy spokesman Tomas Ortega told reporters the patrol was attacked.\n\n"
            "Ortega posted a video online. \u201cEveryone can see what happened,\u201d he wrote.")
    a = analyze_text(text)
    ortega = {x.id for x in a.actors if x.name.endswith("Ortega")}
    assert a.quotes and a.quotes[0].speaker in ortega
