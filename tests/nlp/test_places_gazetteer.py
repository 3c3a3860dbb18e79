"""The gazetteer and the disambiguation rules, without the spaCy model."""

from __future__ import annotations

import pytest

from sitroom.nlp.places.component import Context, choose, score
from sitroom.nlp.places.gazetteer import Entry, gazetteer, normalize
from sitroom.nlp.places.mentions import demonym_country

WEIGHTS = {"country_base": 10.0, "adm1_base": 6.0, "region_base": 9.0, "capital_bonus": 1.5,
           "country_context_bonus": 2.0, "adm1_context_bonus": 3.0, "min_population_without_context": 100000}


@pytest.mark.parametrize("raw,key", [
    ("South Korea\u2019s", "south korea"), ("The United States", "united states"), ("U.S.", "u.s."),
    ("S\u00e3o Paulo", "sao paulo"), ("  Gaza   City ", "gaza city"), ("Moscow.", "moscow"),
])
def test_normalize(raw, key):
    assert normalize(raw) == key


# name, feature of some candidate, its ISO3
@pytest.mark.parametrize("name,feature,iso3", [
    ("Ukraine", "country", "UKR"), ("U.S.", "country", "USA"), ("Britain", "country", "GBR"),
    ("Burma", "country", "MMR"), ("Texas", "adm1", "USA"), ("Georgia", "adm1", "USA"),
    ("Georgia", "country", "GEO"), ("Kiev", "city", "UKR"), ("Khartoum", "city", "SDN"),
    ("Darfur", "region", "SDN"), ("Gaza Strip", "region", "PSE"), ("Europe", "continent", None),
])
def test_lookup_has_candidate(name, feature, iso3):
    assert any(e.feature == feature and e.country == iso3 for e in gazetteer().lookup(name))


def test_countries_have_iso3_and_the_capital_as_their_point():
    kor = gazetteer().country("KOR")
    assert kor is not None and kor.geonameid == 1835841
    seoul = gazetteer().capitals["KOR"]
    assert seoul.name == "Seoul" and (kor.lat, kor.lon) == (seoul.lat, seoul.lon)


def test_unknown_names_have_no_candidates():
    assert gazetteer().lookup("Zelenskyy") == []
    assert gazetteer().lookup("Peskov") == []


def _city(name: str, iso3: str, pop: int, adm1: str, capital: bool = False) -> Entry:
    return Entry(name=name, feature="city", country=iso3, lat=0.0, lon=0.0, geonameid=1, population=pop,
                 adm1=adm1, capital=capital)


PARIS_FR = _city("Paris", "FRA", 2_138_551, "FR.11", capital=True)
PARIS_TX = _city("Paris", "USA", 24_782, "US.TX")
GEORGIA_GE = Entry(name="Georgia", feature="country", country="GEO", lat=0.0, lon=0.0, geonameid=2)
GEORGIA_US = Entry(name="Georgia", feature="adm1", country="USA", lat=0.0, lon=0.0, geonameid=3, adm1="US.GA")


def _ctx(countries=(), adm1=()) -> Context:
    ctx = Context()
    ctx.countries.update(countries)
    ctx.adm1.update(adm1)
    return ctx


# candidates, context countries, context divisions, expected winner
CASES = [
    ([PARIS_FR, PARIS_TX], (), (), PARIS_FR),
    ([PARIS_FR, PARIS_TX], ("FRA",), (), PARIS_FR),
    ([PARIS_FR, PARIS_TX], ("USA",), (), PARIS_FR),  # a mention of the U.S. alone does not move Paris
    ([PARIS_FR, PARIS_TX], ("USA",), ("US.TX",), PARIS_TX),
    ([GEORGIA_GE, GEORGIA_US], (), (), GEORGIA_GE),
    ([GEORGIA_GE, GEORGIA_US], ("GEO",), (), GEORGIA_GE),
    ([GEORGIA_GE, GEORGIA_US], ("USA",), ("US.GA",), GEORGIA_US),
]


@pytest.mark.parametrize("cands,countries,adm1,winner", CASES)
def test_choose_by_context_then_size(cands, countries, adm1, winner):
    assert choose(cands, _ctx(countries, adm1), WEIGHTS, trusted=True) == winner


def test_small_ambiguous_town_without_context_is_dropped():
    a, b = _city("Springfield", "USA", 60_000, "US.IL"), _city("Springfield", "USA", 40_000, "US.MO")
    assert choose([a, b], _ctx(), WEIGHTS, trusted=True) is None
    assert choose([a, b], _ctx(adm1=("US.IL",)), WEIGHTS, trusted=True) == a
    assert choose([a], _ctx(), WEIGHTS, trusted=True) == a  # the NER says place and there is one candidate
    assert choose([a], _ctx(), WEIGHTS, trusted=False) is None


def test_context_bonus_raises_score():
    assert score(PARIS_TX, _ctx(("USA",), ("US.TX",)), WEIGHTS) > score(PARIS_TX, _ctx(), WEIGHTS) + 4


@pytest.mark.parametrize("word,iso3", [
    ("Ukrainian", "UKR"), ("Russians", "RUS"), ("South Korean", "KOR"), ("Sudanese", "SDN"), ("table", None),
])
def test_demonyms(word, iso3):
    assert demonym_country(word) == iso3


@pytest.mark.parametrize("name,iso3,lat,lon", [
    ("Punjab", "PAK", 31.5, 73.3),          # Pakistan's province: Lahore, Faisalabad, Rawalpindi
    ("Khyber Pakhtunkhwa", "PAK", 33.8, 71.7),
    ("Bavaria", "DEU", 48.7, 11.3),
    ("Tigray", "ETH", 13.7, 39.1),          # also a curated region, which the plain lookup prefers
])
def test_first_level_divisions_outside_the_us(name, iso3, lat, lon):
    found = [e for e in gazetteer().divisions(name) if e.feature == "adm1" and e.country == iso3]
    assert found, gazetteer().divisions(name)
    assert found[0].lat == pytest.approx(lat, abs=0.6) and found[0].lon == pytest.approx(lon, abs=0.6)
    assert found[0].adm1 and found[0].adm1.startswith(found[0].adm1.split(".")[0] + ".")


def test_a_division_named_like_a_city_is_found_only_as_a_division():
    # a bare "Donetsk" or "Kherson" is the city; "Donetsk oblast" asks for the division
    assert all(e.feature != "adm1" for e in gazetteer().lookup("Kherson"))
    divisions = gazetteer().divisions("Kherson")
    assert [(e.country, e.feature) for e in divisions] == [("UKR", "adm1")]
    city = next(e for e in gazetteer().lookup("Kherson") if e.country == "UKR")
    assert divisions[0].adm1 == city.adm1  # the city lies in the division of its name


def test_a_curated_region_keeps_its_name():
    gaza = [e.feature for e in gazetteer().lookup("Gaza Strip")]
    assert gaza == ["region"]


def test_a_city_of_that_name_beats_one_with_it_among_its_alternate_names():
    own = _city("Pokrovsk", "UKR", 60_000, "UA.14")
    alternate = _city("Engels", "RUS", 220_000, "RU.67")  # once called Pokrovsk
    ctx = _ctx(("UKR", "RUS"))
    assert choose([alternate, own], ctx, WEIGHTS | {"own_name_bonus": 1.0}, trusted=True, name="Pokrovsk") == own
    assert choose([alternate, own], ctx, WEIGHTS, trusted=True) == alternate  # without the name: size wins


@pytest.mark.parametrize("name,iso3", [("Matsu", "TWN"), ("Kinmen", "TWN"), ("Line of Control", None)])
def test_curated_regions(name, iso3):
    assert any(e.feature == "region" and e.country == iso3 for e in gazetteer().lookup(name))
