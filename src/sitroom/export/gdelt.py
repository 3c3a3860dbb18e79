"""GDELT-like event table: one tab-separated row per merged event, in GDELT 2.0 Events column order.

The 61 GDELT 2.0 columns come first, so tools that read GDELT by position keep
working; sitroom's own columns (PLOVER type, claim status, claim id) are appended
after SOURCEURL unless ``extras=False``. docs/exports.md maps every column.
"""

from __future__ import annotations

import csv
from datetime import date
from functools import lru_cache
from typing import IO, Any

from sqlalchemy import Connection, select

from ..ledger.mentions import iso3_codes
from ..ledger.schema import claims
from ..lexicon import load_csv
from .registry import register
from .stream import rows

_ACTOR_FIELDS = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                 "Religion2Code", "Type1Code", "Type2Code", "Type3Code")
_GEO_FIELDS = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")

COLUMNS: tuple[str, ...] = (
    ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate")
    + tuple(f"Actor1{f}" for f in _ACTOR_FIELDS) + tuple(f"Actor2{f}" for f in _ACTOR_FIELDS)
    + ("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
       "NumMentions", "NumSources", "NumArticles", "AvgTone")
    + tuple(f"Actor1Geo_{f}" for f in _GEO_FIELDS) + tuple(f"Actor2Geo_{f}" for f in _GEO_FIELDS)
    + tuple(f"ActionGeo_{f}" for f in _GEO_FIELDS)
    + ("DATEADDED", "SOURCEURL")
)
EXTRAS: tuple[str, ...] = ("PLOVERType", "ClaimStatus", "SitroomClaimID")


@lru_cache(maxsize=1)
def _plover_roots() -> dict[str, str]:
    return {row["plover"]: row["root"] for row in load_csv("cameo_quad.csv")}


@lru_cache(maxsize=4096)
def cameo_facts(cameo: str | None, plover: str) -> tuple[str, str, str, int | None, float | None]:
    """(EventCode, EventBaseCode, EventRootCode, QuadClass, default Goldstein) for an event."""
    code = (cameo or "").strip() or _plover_roots().get(plover, "")
    if not code:
        return "", "", "", None, None
    from ..nlp.events.cameo import cameo_info

    info = cameo_info(code)
    root = info.root if info else code[:2]
    quad = info.quad if info else _quad_of_root(root)
    return code, code[:3], root, quad, info.goldstein if info else None


def _quad_of_root(root: str) -> int | None:
    try:
        n = int(root)
    except ValueError:
        return None
    return 1 if n <= 5 else 2 if n <= 8 else 3 if n <= 13 else 4


def _actor(code: str | None, key: str, name: str | None) -> list[Any]:
    code = code or (key if key and not key.startswith("name:") else "")
    country = key if key in iso3_codes() else ""
    group = key if key and not country and not key.startswith("name:") else ""
    role = code[3:6] if country and len(code) > 3 else ""
    return [code, (name or "").upper(), country, group, "", "", "", role, "", ""]


def _when(r: Any) -> tuple[str, str, str, str]:
    return _date_fields(r.date_lo or (r.first_stated or "")[:10])


@lru_cache(maxsize=8192)
def _date_fields(text: str) -> tuple[str, str, str, str]:
    try:
        day = date.fromisoformat(text)
    except ValueError:
        return "", "", "", ""
    fraction = day.year + (day.timetuple().tm_yday - 1) / 365.0
    return day.strftime("%Y%m%d"), day.strftime("%Y%m"), str(day.year), f"{fraction:.4f}"


def _geo(r: Any) -> list[Any]:
    if not r.place_name:
        return [""] * len(_GEO_FIELDS)
    geo_type = 4 if r.lat is not None else 1   # GDELT: 1 country, 4 world city / place
    return [geo_type, r.place_name, r.place_country or "", "", "", _num(r.lat), _num(r.lon), r.geonameid or ""]


def _num(value: float | None) -> str:
    return "" if value is None else f"{value:.4f}"


def event_row(r: Any, extras: bool = True) -> list[Any]:
    code, base, root, quad, goldstein = cameo_facts(r.cameo, r.type)
    intensity = r.intensity if r.intensity is not None else goldstein
    sqldate, month, year, fraction = _when(r)
    out: list[Any] = [int(r.id[1:], 16), sqldate, month, year, fraction]
    out += _actor(r.actor_code, r.actor_key, r.actor_name)
    out += _actor(r.recipient_code, r.recipient_key, r.recipient_name)
    out += ["", code, base, root, quad or "", "" if intensity is None else f"{intensity:.1f}",
            r.n_mentions, r.n_sources, r.n_articles, ""]
    out += [""] * len(_GEO_FIELDS) * 2 + _geo(r)
    added = (r.last_stated or r.first_stated or "")[:10].replace("-", "")
    out += [added + "000000" if len(added) == 8 else "", r.first_url or ""]
    if extras:
        out += [r.type, r.status, r.id]
    return out


@register("gdelt", "GDELT 2.0-like tab-separated event table, one row per merged event", ".tsv")
def write_gdelt(conn: Connection, out: IO[str], header: bool = True, extras: bool = True,
                include_inactive: bool = False) -> int:
    writer = csv.writer(out, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    if header:
        writer.writerow(COLUMNS + (EXTRAS if extras else ()))
    c = claims.c
    query = select(c.id, c.type, c.cameo, c.intensity, c.actor_code, c.actor_key, c.actor_name, c.recipient_code,
                   c.recipient_key, c.recipient_name, c.date_lo, c.first_stated, c.last_stated, c.n_mentions,
                   c.n_sources, c.n_articles, c.place_name, c.place_country, c.lat, c.lon, c.geonameid,
                   c.first_url, c.status).order_by(c.sort_date)
    if not include_inactive:
        query = query.where(c.active.is_(True))
    n = 0
    for r in rows(conn, query):
        writer.writerow(event_row(r, extras))
        n += 1
    return n
