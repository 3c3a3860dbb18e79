"""Flatten an Analysis into table rows; codes are denormalised so queries need no joins."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from ..records import Analysis
from ..tables import item_columns


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def document_row(analysis: Analysis, story_key: str | None, version: int, previous_id: str | None,
                 ingested_at: str | None = None) -> dict:
    """``ingested_at`` defaults to now; a batch passes its one transaction's time."""
    d = analysis.document
    return {
        "id": d.id, "story_key": story_key, "version": version, "previous_id": previous_id,
        "url": d.url, "outlet": d.outlet, "title": d.title, "dateline": d.dateline,
        "published": _iso(d.published), "updated": _iso(d.updated), "reference_date": d.reference_date,
        "ingested_at": ingested_at or now(), "source_path": d.source_path,
        "n_events": len(analysis.events), "n_quotes": len(analysis.quotes), "record": analysis.to_json(),
    }


# Derived from the Table objects: the column order here is the order ``item_values`` builds its tuples in.
ITEM_COLUMNS: dict[str, tuple[str, ...]] = item_columns()


def item_rows(analysis: Analysis) -> dict[str, list[dict[str, Any]]]:
    """Each item table's rows for the article, as dicts (``item_values`` is what the store binds)."""
    return {table: [dict(zip(ITEM_COLUMNS[table], v, strict=True)) for v in values]
            for table, values in item_values(analysis).items()}


def item_values(analysis: Analysis) -> dict[str, list[tuple[Any, ...]]]:
    """Each item table's rows as tuples in ``ITEM_COLUMNS`` order: no per-row dict on the bulk path."""
    doc_id = analysis.document.id
    codes = {a.id: a.code or a.country for a in analysis.actors}
    time_value = {t.id: (t.value, t.grain) for t in analysis.times}
    events = []
    for e in analysis.events:
        value, grain = time_value.get(e.date or "", (None, None))
        att = e.attribution
        events.append((
            doc_id, e.id, e.type, e.mode, e.context, e.cameo, e.intensity, e.actor, e.recipient,
            codes.get(e.actor or ""), codes.get(e.recipient or ""), value, grain, e.place, e.quantity, att.source,
            codes.get(att.source or ""), att.stance, att.cue, att.negated, e.confidence, e.evidence.start,
            e.evidence.end, e.evidence.text,
        ))
    return {
        "actors": [(doc_id, a.id, a.name, a.type, a.country, a.role, a.code) for a in analysis.actors],
        "events": events,
        "quotes": [(doc_id, q.id, q.kind, q.speaker, codes.get(q.speaker or ""), q.cue, q.text, q.start, q.end)
                   for q in analysis.quotes],
        "quantities": [(doc_id, q.id, q.value, q.value_max, q.unit, q.approximate, q.claimant,
                        codes.get(q.claimant or ""), q.event, q.text, q.start, q.end) for q in analysis.quantities],
        "times": [(doc_id, t.id, t.text, t.value, t.grain, t.start, t.end) for t in analysis.times],
        "places": [(doc_id, p.id, p.text, p.name, p.country, p.lat, p.lon, p.geonameid, p.start, p.end)
                   for p in analysis.places],
    }
