"""Flatten an Analysis into table rows; codes are denormalised so queries need no joins."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from ..records import Analysis


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def document_row(analysis: Analysis, story_key: str | None, version: int, previous_id: str | None) -> dict:
    d = analysis.document
    return {
        "id": d.id, "story_key": story_key, "version": version, "previous_id": previous_id,
        "url": d.url, "outlet": d.outlet, "title": d.title, "dateline": d.dateline,
        "published": _iso(d.published), "updated": _iso(d.updated), "reference_date": d.reference_date,
        "ingested_at": datetime.now(UTC).isoformat(timespec="seconds"), "source_path": d.source_path,
        "n_events": len(analysis.events), "n_quotes": len(analysis.quotes), "record": analysis.to_json(),
    }


def item_rows(analysis: Analysis) -> dict[str, list[dict[str, Any]]]:
    doc_id = analysis.document.id
    codes = {a.id: a.code or a.country for a in analysis.actors}
    time_value = {t.id: (t.value, t.grain) for t in analysis.times}
    out: dict[str, list[dict[str, Any]]] = {
        "actors": [
            {"doc_id": doc_id, "id": a.id, "name": a.name, "type": a.type, "country": a.country, "role": a.role,
             "code": a.code}
            for a in analysis.actors
        ],
        "events": [],
        "quotes": [
            {"doc_id": doc_id, "id": q.id, "kind": q.kind, "speaker_id": q.speaker,
             "speaker_code": codes.get(q.speaker or ""), "cue": q.cue, "text": q.text, "start": q.start, "end": q.end}
            for q in analysis.quotes
        ],
        "quantities": [
            {"doc_id": doc_id, "id": q.id, "value": q.value, "value_max": q.value_max, "unit": q.unit,
             "approximate": q.approximate, "claimant_id": q.claimant, "claimant_code": codes.get(q.claimant or ""),
             "event_id": q.event, "text": q.text, "start": q.start, "end": q.end}
            for q in analysis.quantities
        ],
        "times": [
            {"doc_id": doc_id, "id": t.id, "text": t.text, "value": t.value, "grain": t.grain, "start": t.start,
             "end": t.end}
            for t in analysis.times
        ],
        "places": [
            {"doc_id": doc_id, "id": p.id, "text": p.text, "name": p.name, "country": p.country, "lat": p.lat,
             "lon": p.lon, "geonameid": p.geonameid, "start": p.start, "end": p.end}
            for p in analysis.places
        ],
    }
    for e in analysis.events:
        value, grain = time_value.get(e.date or "", (None, None))
        att = e.attribution
        out["events"].append({
            "doc_id": doc_id, "id": e.id, "type": e.type, "mode": e.mode, "context": e.context, "cameo": e.cameo,
            "intensity": e.intensity, "actor_id": e.actor, "recipient_id": e.recipient,
            "actor_code": codes.get(e.actor or ""), "recipient_code": codes.get(e.recipient or ""),
            "date": value, "date_grain": grain, "place_id": e.place, "quantity_id": e.quantity,
            "source_id": att.source, "source_code": codes.get(att.source or ""), "stance": att.stance,
            "cue": att.cue, "negated": att.negated, "confidence": e.confidence,
            "evidence_start": e.evidence.start, "evidence_end": e.evidence.end, "evidence_text": e.evidence.text,
        })
    return out
