"""Downloads of the ledger's current filter (JSON, CSV, GeoJSON), next to the whole-store exports."""

from __future__ import annotations

import csv
import io
import json
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query
from fastapi.responses import Response

from ...ledger import queries
from ..deps import Conn, Filters
from ..security import require_read

router = APIRouter(include_in_schema=False, dependencies=[Depends(require_read)])
MAX_ROWS = 10_000


def _cell(value: Any) -> Any:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, list | dict) else value


def _csv(rows: list[dict[str, Any]]) -> str:
    out = io.StringIO()
    keys = list(rows[0]) if rows else list(queries.CLAIM_COLUMNS)
    writer = csv.DictWriter(out, fieldnames=keys)
    writer.writeheader()
    for r in rows:
        writer.writerow({k: _cell(r.get(k)) for k in keys})
    return out.getvalue()


def _geojson(rows: list[dict[str, Any]]) -> str:
    features = [{"type": "Feature", "geometry": {"type": "Point", "coordinates": [r["lon"], r["lat"]]},
                 "properties": {k: v for k, v in r.items() if k not in ("lat", "lon")}}
                for r in rows if r.get("lat") is not None and r.get("lon") is not None]
    return json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False)


MEDIA = {"json": "application/json", "csv": "text/csv; charset=utf-8", "geojson": "application/geo+json"}


@router.get("/download/claims.{fmt}")
def download_claims(conn: Conn, filters: Filters, fmt: Literal["json", "csv", "geojson"],
                    limit: Annotated[int, Query(ge=1, le=MAX_ROWS)] = MAX_ROWS) -> Response:
    rows = queries.list_claims(conn, status=filters.status, actor=filters.actor, event_type=filters.event_type,
                               since=filters.since, until=filters.until, text=filters.q, limit=limit)
    body = {"json": lambda: json.dumps(rows, ensure_ascii=False), "csv": lambda: _csv(rows),
            "geojson": lambda: _geojson(rows)}[fmt]()
    return Response(body, media_type=MEDIA[fmt],
                    headers={"Content-Disposition": f'attachment; filename="sitroom-claims.{fmt}"'})
