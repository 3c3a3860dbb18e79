"""CSV: one row per event mention (every article's events), with the claim each was merged into.

``table="claims"`` writes one row per merged event instead (status, counts, sources).
"""

from __future__ import annotations

import csv
from typing import IO

from sqlalchemy import Connection, select

from ..errors import BadOption
from ..ledger.schema import claims, mentions
from .registry import register
from .stream import rows

EVENT_COLUMNS = (
    "document_id", "event_id", "claim_id", "claim_status", "type", "cameo", "intensity", "actor_code",
    "actor_name", "recipient_code", "recipient_name", "date_value", "grain", "place_name", "place_country",
    "lat", "lon", "source_code", "source_name", "stance", "negated", "via", "stated", "outlet", "url",
    "published", "evidence_start", "evidence_end", "evidence_text", "superseded",
)
CLAIM_COLUMNS = (
    "id", "status", "type", "cameo", "intensity", "actor_code", "actor_name", "recipient_code", "recipient_name",
    "date_value", "grain", "place_name", "place_country", "lat", "lon", "n_mentions", "n_sources", "n_articles",
    "first_stated", "last_stated", "first_url", "sources", "numbers",
)


def _cell(value: object) -> object:
    if isinstance(value, bool):
        return int(value)
    return value


@register("csv", "one row per event mention with its claim id and status (table=claims: per claim)", ".csv")
def write_csv(conn: Connection, out: IO[str], table: str = "events") -> int:
    writer = csv.writer(out)
    if table == "events":
        cols = [mentions.c[k] for k in EVENT_COLUMNS if k in mentions.c and k != "claim_id"]
        query = (select(mentions.c.claim_id, claims.c.status.label("claim_status"), *cols)
                 .join(claims, claims.c.id == mentions.c.claim_id)
                 .order_by(mentions.c.document_id, mentions.c.evidence_start, mentions.c.id))
        header: tuple[str, ...] = EVENT_COLUMNS
    elif table == "claims":
        query = select(*(claims.c[k] for k in CLAIM_COLUMNS)).where(claims.c.active.is_(True)).order_by(
            claims.c.sort_date, claims.c.id)
        header = CLAIM_COLUMNS
    else:
        raise BadOption(f"unknown csv table {table!r}", hint="use events or claims")
    writer.writerow(header)
    n = 0
    for row in rows(conn, query):
        data = row._mapping
        writer.writerow([_cell(data[k]) for k in header])
        n += 1
    return n


