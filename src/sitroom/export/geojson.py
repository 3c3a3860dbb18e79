"""GeoJSON: a FeatureCollection of merged events that have a located place (Point, lon/lat)."""

from __future__ import annotations

import json
from typing import IO

from sqlalchemy import Connection, select

from ..ledger.schema import claims
from .registry import register
from .stream import rows

PROPERTIES = ("id", "type", "cameo", "actor_code", "actor_name", "recipient_code", "recipient_name",
              "date_value", "grain", "place_name", "place_country", "status", "n_mentions", "n_sources",
              "n_articles", "first_url")


@register("geojson", "FeatureCollection of merged events with a located place", ".geojson")
def write_geojson(conn: Connection, out: IO[str]) -> int:
    c = claims.c
    query = (select(c.lat, c.lon, *(c[k] for k in PROPERTIES))
             .where(c.active.is_(True), c.lat.isnot(None), c.lon.isnot(None)).order_by(c.sort_date, c.id))
    out.write('{"type": "FeatureCollection", "features": [\n')
    n = 0
    for r in rows(conn, query):
        feature = {"type": "Feature", "id": r.id,
                   "geometry": {"type": "Point", "coordinates": [r.lon, r.lat]},
                   "properties": {k: getattr(r, k) for k in PROPERTIES}}
        out.write((",\n" if n else "") + json.dumps(feature, ensure_ascii=False))
        n += 1
    out.write("\n]}\n")
    return n
