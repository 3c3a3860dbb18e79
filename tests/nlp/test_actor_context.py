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


def test_headline_country_outweighs_a_neighbour_named_more_often_in_the_body(analyze_text):
    # China twice in the body, Myanmar only in the headline, which counts three times
    text = ("Myanmar junta loses border towns\n\nBy Ann Lee\n\n"
            "The military lost two towns near the Chinese border on Sunday. China urged calm. "
            "Residents fled.")
    a = analyze_text(text)
    assert a.document.title and "Myanmar" in a.document.title
    codes = {x.name: x.code for x in a.actors}
    assert codes.get("military") == "MMRMIL", codes
    assert codes.get("civilians") == "MMRCVL", codes


def test_towns_named_count_for_the_dominant_country(analyze_text):
    # China is named three times, Myanmar once; three Burmese towns tip the balance
    text = ("Rebels took Laukkai and Lashio on Monday, and the army withdrew from Hsipaw. China, which "
            "borders Myanmar, said China wanted a ceasefire; China will host talks.")
    a = analyze_text(text)
    codes = {x.name: x.code for x in a.actors}
    assert codes.get("rebels") == "MMRREB", codes


@pytest.mark.parametrize("text, name, code", [
    ("Sudan's transitional council met on Monday. The transitional council said elections would wait.",
     "transitional authority", "SDNGOV"),
    ("Myanmar's junta extended emergency rule. The junta said the vote was delayed.", "military government",
     "MMRMIL"),
])
def test_transitional_and_military_governments(analyze_text, text, name, code):
    a = analyze_text(text)
    assert any(name in x.name and x.code == code for x in a.actors), [(x.name, x.code) for x in a.actors]


def test_name_found_again_by_ner_joins_the_titled_person(analyze_text):
    a = analyze_text("Reporter Daniel Okello filed from Gulu. Rebels shelled the town, Daniel Okello said.")
    okello = [x for x in a.actors if x.name == "Daniel Okello"]
    assert len(okello) == 1 and len(okello[0].mentions) == 2


def test_it_can_be_a_body_named_by_a_singular_noun(analyze_text):
    a = analyze_text("Israel's military says it has moved troops into the buffer zone.")
    military = [x for x in a.actors if x.code == "ISRMIL"]
    text = a.document.text
    assert military and "it" in [text[s:e] for s, e in military[0].mentions]


@pytest.mark.parametrize("text", [
    "10:05 GMT - Rebels entered the city, residents said.",
    "Two roadside bombs detonated at about 1:40 a.m. (1040 GMT) in the Fanarah district, killing two civilians.",
])
def test_time_zone_after_a_clock_time_is_not_an_actor(analyze_text, text):
    a = analyze_text(text)
    assert not any(x.name == "GMT" for x in a.actors)


def test_dateline_country_comes_before_a_foreign_country_quoted_at_length() -> None:
    """A KINSHASA story quoting Washington at length: its unqualified rebels are Zairean (Congolese)."""
    from sitroom.analysis import analyze_document
    from sitroom.records import Document

    text = ("Washington said the United States wanted change. US envoys said America would press on. "
            "Zaire's army fell back. The rebels took the town of Kenge on Friday.")
    doc = Document(id="t-home", text=text, dateline="KINSHASA, April 11 (AFP)", reference_date="1997-04-11")
    rebels = [x for x in analyze_document(doc).actors if x.role == "REB"]
    assert rebels and rebels[0].country == "COD", [(x.name, x.code, x.rule) for x in rebels]


def test_middle_word_of_a_three_word_name_is_that_person(analyze_text):
    """"Honore Ngbanda Nzambo" is "Ngbanda" later on, even when the entity model found the short name first."""
    text = ("Honore Ngbanda Nzambo blasted Washington for trying to apply pressure on the regime.\n\n"
            "\"What right has Mr Moose got to speak out in this way,\" Ngbanda told AFP by telephone.\n\n"
            "\"This is no method respecting democracy,\" he said.")
    a = analyze_text(text)
    full = [x for x in a.actors if x.name == "Honore Ngbanda Nzambo"]
    assert full and not any(x.name == "Ngbanda" for x in a.actors), [(x.name, x.rule) for x in a.actors]
    assert [q.speaker for q in a.quotes] == [full[0].id, full[0].id]


def test_a_pronoun_that_speaks_is_the_last_speaker(analyze_text):
    """", it said" after "an ISAF statement said": the statement's body, not the country last named."""
    text = ("An incident involving a convoy of the NATO-led International Security Assistance Force (ISAF) "
            "killed an Afghan civilian near Kabul of Afghanistan, an ISAF statement said on Thursday.\n\n"
            "A civilian van was observed driving near the convoy on Wednesday morning, it said, adding "
            "\"ISAF troops signaled for the vehicle to stop.\"")
    a = analyze_text(text, "2006-11-23")
    codes = {x.id: x.code for x in a.actors}
    assert a.quotes and all(codes.get(q.speaker) == "NATO" for q in a.quotes), \
        [(codes.get(q.speaker), q.text[:30]) for q in a.quotes]  # ISAF, a NATO-led mission


@pytest.mark.parametrize("ref, code", [("1997-04-02", "SDNREB"), ("2014-01-05", "SSDMIL")])
def test_a_body_that_changed_state_is_coded_by_the_articles_day(analyze_text, ref, code):
    """The SPLA was Sudan's rebel army until South Sudan's independence (2011-07-09), that state's army since."""
    a = analyze_text("The SPLA attacked a garrison town on Monday.", ref=ref)
    assert [x.code for x in a.actors if x.name == "Sudan People's Liberation Army"] == [code]
