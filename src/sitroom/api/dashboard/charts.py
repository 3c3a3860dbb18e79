"""Plotly figures as plain JSON (data + layout) for the dashboard's pages; the page's script draws them.

Figures are built here, not in the browser, so the page needs no code of its own
beyond handing the JSON to plotly; colours are the ledger's status and type colours.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from typing import Any

STATUS_COLOURS = {"corroborated": "#1a7f37", "single-source": "#b08800", "disputed": "#8250df",
                  "denied": "#cf222e", "unconfirmed": "#6e7781"}
TYPE_COLOURS = {
    "AGREE": "#1f77b4", "CONSULT": "#aec7e8", "SUPPORT": "#2ca02c", "CONCEDE": "#98df8a", "COOPERATE": "#17becf",
    "AID": "#9edae5", "RETREAT": "#bcbd22", "REQUEST": "#dbdb8d", "ACCUSE": "#ff7f0e", "REJECT": "#ffbb78",
    "THREATEN": "#e377c2", "PROTEST": "#f7b6d2", "SANCTION": "#8c564b", "MOBILIZE": "#c49c94",
    "COERCE": "#9467bd", "ASSAULT": "#d62728",
}
LAYOUT = {"margin": {"l": 50, "r": 20, "t": 30, "b": 40}, "height": 380, "legend": {"orientation": "h"}}


def numbers_trail(series: list[dict[str, Any]]) -> dict[str, Any]:
    """Each claimant's figures over the dates they were stated (a range drawn as an error bar)."""
    data = []
    for s in series:
        points = [p for p in s["points"] if p.get("stated")]
        if not points:
            continue
        upper = [(p["value_max"] - p["value"]) if p.get("value_max") is not None else 0 for p in points]
        data.append({"type": "scatter", "mode": "lines+markers", "name": f"{s['name'] or s['claimant']}"
                     f"{' (' + s['unit'] + ')' if s.get('unit') else ''}",
                     "x": [p["stated"] for p in points], "y": [p["value"] for p in points],
                     "text": [p.get("text") or "" for p in points],
                     "error_y": {"type": "data", "symmetric": False, "array": upper, "arrayminus": [0] * len(upper)}})
    layout = {**LAYOUT, "xaxis": {"title": {"text": "stated"}}, "yaxis": {"title": {"text": "figure"}}}
    return {"data": data, "layout": layout}


def timeline(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Events by day and type: one stacked bar per type, undated events left out (and counted on the page)."""
    by_type: dict[str, Counter[str]] = defaultdict(Counter)
    for r in rows:
        day = (r.get("date_value") or "")[:10]
        if len(day) == 10:
            by_type[r["type"]][day] += 1
    data = [{"type": "bar", "name": t, "x": sorted(c), "y": [c[d] for d in sorted(c)],
             "marker": {"color": TYPE_COLOURS.get(t, "#888")}} for t, c in sorted(by_type.items())]
    layout = {**LAYOUT, "barmode": "stack", "xaxis": {"type": "date"}, "yaxis": {"title": {"text": "events"}}}
    return {"data": data, "layout": layout}


def place_map(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Located claims on a world map, coloured by status; outlines come from the package's topojson."""
    data = []
    for status, colour in STATUS_COLOURS.items():
        located = [r for r in rows if r["status"] == status and r.get("lat") is not None and r.get("lon") is not None]
        if not located:
            continue
        data.append({"type": "scattergeo", "mode": "markers", "name": status,
                     "lat": [r["lat"] for r in located], "lon": [r["lon"] for r in located],
                     "text": [f"{r['type']} · {r.get('place_name') or ''} · {r.get('date_value') or ''}"
                              for r in located],
                     "customdata": [r["id"] for r in located],
                     "marker": {"size": 9, "color": colour, "line": {"width": 0.5, "color": "#fff"}}})
    geo = {"showland": True, "landcolor": "#eef0f2", "showcountries": True, "countrycolor": "#aab",
           "showocean": True, "oceancolor": "#f7fbff", "projection": {"type": "natural earth"}, "resolution": 110}
    return {"data": data, "layout": {**LAYOUT, "height": 480, "geo": geo}}


def network(pairs: list[dict[str, Any]]) -> dict[str, Any]:
    """Who acts on whom: actors on a circle, one line per pair coloured by its commonest event type."""
    nodes = sorted({p["actor"] for p in pairs} | {p["recipient"] for p in pairs})
    at = {n: (math.cos(2 * math.pi * i / max(1, len(nodes))), math.sin(2 * math.pi * i / max(1, len(nodes))))
          for i, n in enumerate(nodes)}
    by_type: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for p in pairs:
        main = max(p["types"].items(), key=lambda kv: (kv[1], kv[0]))[0] if p["types"] else "OTHER"
        by_type[main].append(p)
    data: list[dict[str, Any]] = []
    for kind, listed in sorted(by_type.items()):
        xs: list[float | None] = []
        ys: list[float | None] = []
        for p in listed:
            (x0, y0), (x1, y1) = at[p["actor"]], at[p["recipient"]]
            xs += [x0, x1, None]
            ys += [y0, y1, None]
        width = max(1.0, min(8.0, sum(p["events"] for p in listed) / max(1, len(listed))))
        data.append({"type": "scatter", "mode": "lines", "name": kind, "x": xs, "y": ys, "hoverinfo": "name",
                     "line": {"color": TYPE_COLOURS.get(kind, "#888"), "width": width}})
    degree = Counter([p["actor"] for p in pairs] + [p["recipient"] for p in pairs])
    data.append({"type": "scatter", "mode": "markers+text", "name": "actors", "showlegend": False,
                 "x": [at[n][0] for n in nodes], "y": [at[n][1] for n in nodes], "text": nodes,
                 "textposition": "top center", "marker": {"size": [8 + 2 * min(degree[n], 10) for n in nodes],
                                                           "color": "#24292f"}})
    axis = {"visible": False, "range": [-1.3, 1.3]}
    return {"data": data, "layout": {**LAYOUT, "height": 560, "xaxis": axis, "yaxis": {**axis, "scaleanchor": "x"}}}
