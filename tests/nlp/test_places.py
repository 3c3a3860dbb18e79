"""Places on short texts about many conflicts, and on the reference article."""

from __future__ import annotations

import pytest

from sitroom.nlp.places.component import place_for_token
from sitroom.records import Analysis, Place

pytestmark = pytest.mark.model


def _find(analysis: Analysis, text: str) -> list[Place]:
    return [p for p in analysis.places if p.text == text]


# text, mention, expected name, ISO3, feature, rule
CASES = [
    ("French police said protesters gathered in Paris on Saturday, and marches were held across France.",
     "Paris", "Paris", "FRA", "city", "gazetteer_city"),
    ("Police in Paris, Texas, said a man was arrested on Friday.", "Paris", "Paris", "USA", "city",
     "gazetteer_city"),
    ("The storm hit Atlanta and other parts of Georgia, the governor of Georgia said.", "Georgia", "Georgia",
     "USA", "adm1", "gazetteer_adm1"),
    ("Russian troops shelled Tbilisi suburbs, Georgia's interior ministry said.", "Georgia", "Georgia", "GEO",
     "country", "gazetteer_country"),
    ("Paramilitary fighters attacked El Fasher in Sudan's Darfur region, the UN said.", "El Fasher",
     "El Fasher", "SDN", "city", "gazetteer_city"),
    ("Paramilitary fighters attacked El Fasher in Sudan's Darfur region, the UN said.", "Darfur region",
     "Darfur", "SDN", "region", "division_phrase"),
    ("Fighting continued in the Sudanese capital on Monday.", "Sudanese capital", "Khartoum", "SDN", "city",
     "demonym_capital"),
    ("Israeli strikes hit Gaza City and Khan Younis in the Gaza Strip.", "Gaza Strip", "Gaza Strip", "PSE",
     "region", "gazetteer_region"),
    ("Israeli strikes hit Gaza City and Khan Younis in the Gaza Strip.", "Khan Younis", "Kh\u0101n Y\u016bnis",
     "PSE", "city", "gazetteer_city"),
    ("The junta in Myanmar bombed villages in Rakhine State.", "Rakhine State", "Rakhine", "MMR", "region",
     "gazetteer_region"),
    ("Indian troops were deployed in Kashmir after an attack in Srinagar.", "Srinagar", "Srinagar", "IND",
     "city", "gazetteer_city"),
    ("Ukrainian forces advanced in the Kursk region and around Donetsk in the Donbas.", "Kursk region", "Kursk",
     "RUS", "adm1", "division_phrase"),
    ("Shelling hit villages in the Zaporizhia region overnight.", "Zaporizhia region", "Zaporizhia", "UKR", "adm1",
     "division_phrase"),
    ("Floods displaced thousands across Sindh, officials in Karachi said.", "Sindh", "Sindh", "PAK", "adm1",
     "gazetteer_adm1"),
    ("Ukrainian forces advanced in the Kursk region and around Donetsk in the Donbas.", "Donetsk", "Donetsk",
     "UKR", "city", "gazetteer_city"),
    ("Ukrainian forces advanced in the Kursk region and around Donetsk in the Donbas.", "Donbas", "Donbas",
     "UKR", "region", "gazetteer_region"),
    ("Militants killed soldiers near the border with Niger, in the Sahel.", "Sahel", "Sahel", None, "region",
     "gazetteer_region"),
    ("Rebels shelled the Syrian border town, and the Lebanese army responded.", "Syrian border town",
     "Syrian border town", "SYR", "region", "region_phrase"),
    ("French police said protesters gathered in Paris. Marseille and Lyon also saw marches across France.",
     "Lyon", "Lyon", "FRA", "city", "gazetteer_city"),
    ('Ukraine\'s foreign minister said: "We shot down 40 drones over Kyiv."', "Kyiv", "Kyiv", "UKR", "city",
     "gazetteer_city"),
    ("Egyptian troops were sent to al-Arish in Sinai on Monday.", "al-Arish", "Ar\u012bsh", "EGY", "city",
     "gazetteer_city"),
]


@pytest.mark.parametrize("text,mention,name,iso3,feature,rule", CASES)
def test_places(analyze_text, text, mention, name, iso3, feature, rule):
    found = _find(analyze_text(text), mention)
    assert found, f"{mention!r} not found"
    place = found[0]
    assert (place.name, place.country, place.feature, place.rule) == (name, iso3, feature, rule)
    assert text[place.start:place.end] == mention


@pytest.mark.parametrize("text,not_place", [
    ("U.S. Defense Secretary Lloyd Austin said on Saturday that Austin would travel.", "Austin"),
    ("Kremlin spokesman Dmitry Peskov said the talks were over.", "Peskov"),
    ("Officials in the South said the North had fired missiles.", "South"),
    ("A worker was killed when part of a pillar fell off the Vasco da Gama bridge in Lisbon.", "Vasco da Gama"),
    ("The spokesman spoke through the official Xinhua news agency in Beijing.", "Xinhua"),
    ("Analysts at Bank of Tokyo said the yen was strong.", "Bank"),
    ("The gold price rose as the white house on the hill was sold.", "white house"),
])
def test_not_places(analyze_text, text, not_place):
    assert not _find(analyze_text(text), not_place)


@pytest.mark.parametrize("dateline,name,iso3", [
    ("Taipei, Taiwan", "Taipei", "TWN"), ("KHARTOUM, Sudan (Reuters) -", "Khartoum", "SDN"),
    ("Paris, Texas", "Paris", "USA"), ("WASHINGTON", "Washington", "USA"),
])
def test_dateline_is_a_place_without_evidence_span(nlp, dateline, name, iso3):
    doc = nlp("Fighting resumed on Monday, residents said.")
    doc._.meta = {"dateline": dateline}
    doc = nlp.get_pipe("sitroom_places")(doc)
    place = doc._.places[0]
    assert (place.rule, place.name, place.country, place.start, place.end) == ("dateline", name, iso3, 0, 0)
    assert place.text == dateline


def test_place_for_token_prefers_the_verbs_own_locative(nlp):
    doc = nlp("Putin and Kim agreed the treaty on June 19 in Pyongyang after talks in Moscow.")
    verb = next(t for t in doc if t.lemma_ == "agree")
    place = place_for_token(doc, verb)
    assert place is not None and place.name == "Pyongyang"
    assert place_for_token(doc, next(t for t in doc if t.text == "Putin")) is None


# ---- the reference article -------------------------------------------------------------------------------

REFERENCE_POINTS = [("Moscow", "RUS", 55.75, 37.62), ("Pyongyang", "PRK", 39.03, 125.75)]


@pytest.mark.parametrize("name,iso3,lat,lon", REFERENCE_POINTS)
def test_reference_cities(reference_analysis, name, iso3, lat, lon):
    place = next(p for p in reference_analysis.places if p.name == name)
    assert place.country == iso3 and place.feature == "city"
    assert place.lat == pytest.approx(lat, abs=0.05) and place.lon == pytest.approx(lon, abs=0.05)


def test_reference_dateline(reference_analysis):
    place = next(p for p in reference_analysis.places if p.rule == "dateline")
    assert (place.name, place.country, place.start, place.end) == ("Taipei", "TWN", 0, 0)
    assert place.lat == pytest.approx(25.05, abs=0.05) and place.lon == pytest.approx(121.53, abs=0.05)


@pytest.mark.parametrize("name,iso3", [
    ("Russia", "RUS"), ("Ukraine", "UKR"), ("North Korea", "PRK"), ("South Korea", "KOR"),
    ("United States", "USA"), ("France", "FRA"),
])
def test_reference_countries(reference_analysis, name, iso3):
    found = [p for p in reference_analysis.places if p.name == name]
    assert found and all(p.country == iso3 and p.feature == "country" for p in found)


def test_reference_region_phrase_resolves_to_country(reference_analysis):
    region = next(p for p in reference_analysis.places if p.rule == "region_phrase")
    assert region.text == "Russian-occupied Ukrainian territories" and region.country == "UKR"


def test_reference_offsets_are_evidence(reference_analysis):
    text = reference_analysis.document.text
    for p in reference_analysis.places:
        if p.rule != "dateline":
            assert text[p.start:p.end] == p.text
    assert [p.id for p in reference_analysis.places] == [f"p{i}" for i in range(1, len(reference_analysis.places) + 1)]
