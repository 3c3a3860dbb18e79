"""What the article page shows: the text with its records highlighted, a side panel of them, the versions."""

from __future__ import annotations

from typing import Any

from ...records import Analysis
from .highlight import record_spans, segments


def article_context(analysis: Analysis, versions: dict[str, Any], focus: str | None) -> dict[str, Any]:
    names = {a.id: a.name for a in analysis.actors}
    times = {t.id: t.value or t.text for t in analysis.times}
    places = {p.id: p.name for p in analysis.places}
    events = [{"id": e.id, "anchor": f"ev-{e.id}", "type": e.type, "actor": names.get(e.actor or "", ""),
               "recipient": names.get(e.recipient or "", ""), "stance": e.attribution.stance,
               "negated": e.attribution.negated, "source": names.get(e.attribution.source or "", "the outlet"),
               "date": times.get(e.date or "", ""), "place": places.get(e.place or "", ""), "rule": e.rule}
              for e in analysis.events]
    quotes = [{"anchor": f"quote-{q.id}", "text": q.text, "kind": q.kind,
               "speaker": names.get(q.speaker or "", "unattributed")} for q in analysis.quotes]
    numbers = [{"anchor": f"num-{n.id}", "text": n.text, "value": n.value, "value_max": n.value_max,
                "unit": n.unit, "claimant": names.get(n.claimant or "", "")} for n in analysis.quantities]
    return {
        "doc": analysis.document,
        "segments": segments(analysis.document.text, record_spans(analysis), focus),
        "events": events, "quotes": quotes, "numbers": numbers,
        "times": analysis.times, "places": analysis.places, "actors": analysis.actors,
        "versions": versions, "focus": focus,
    }
