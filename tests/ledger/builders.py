"""Hand-made Analysis records for ledger and export tests (no NLP involved).

``build(document, spec)`` turns a compact event spec (the format of
``tests/fixtures/story/story.yaml``) into a record-contract Analysis whose
evidence offsets point into ``document.text``; a spec whose evidence is not in
the text fails loudly, so the fixtures cannot drift from the articles.
"""

from __future__ import annotations

from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from sitroom.ingest.identity import document_id
from sitroom.ingest.text import document_from_text
from sitroom.records import Actor, Analysis, Attribution, Document, Event, Evidence, Place, Quantity, Quote, Time

STORY = Path(__file__).resolve().parents[1] / "fixtures" / "story"


@cache
def story_spec() -> dict[str, Any]:
    return yaml.safe_load((STORY / "story.yaml").read_text(encoding="utf-8"))


def _find(text: str, needle: str) -> tuple[int, int]:
    at = text.find(needle)
    if at < 0:
        raise AssertionError(f"evidence not in text: {needle!r}")
    return at, at + len(needle)


def build(document: Document, spec: dict[str, Any]) -> Analysis:
    table = story_spec()
    actors_table, places_table = table["actors"], table["places"]
    text = document.text
    actors: dict[str, Actor] = {}
    times: list[Time] = []
    places: dict[str, Place] = {}
    quantities: list[Quantity] = []
    events: list[Event] = []

    def actor(key: str | None) -> str | None:
        if key is None:
            return None
        if key not in actors:
            info = actors_table.get(key, {"name": key, "type": "state", "country": key[:3]})
            actors[key] = Actor(id=f"a{len(actors) + 1}", name=info["name"], type=info["type"],
                                country=info.get("country"), role=info.get("role"), code=info.get("code", key))
        return actors[key].id

    def time(value: str | None, grain: str | None, at: tuple[int, int]) -> str | None:
        if value is None:
            return None
        times.append(Time(id=f"t{len(times) + 1}", text=value, value=value, grain=grain or "day",
                          start=at[0], end=at[1]))
        return times[-1].id

    def place(name: str | None, at: tuple[int, int]) -> str | None:
        if name is None:
            return None
        if name not in places:
            info = places_table.get(name, {})
            start, end = _find(text, name) if name in text else at
            places[name] = Place(id=f"p{len(places) + 1}", text=name, name=name, country=info.get("country"),
                                 lat=info.get("lat"), lon=info.get("lon"), geonameid=info.get("geonameid"),
                                 start=start, end=end)
        return places[name].id

    for n, ev in enumerate(spec.get("events", []), start=1):
        at = _find(text, ev["evidence"])
        eid = f"e{n}"
        qid = None
        if num := ev.get("number"):
            q_at = _find(text, num["text"])
            qid = f"q{len(quantities) + 1}"
            quantities.append(Quantity(id=qid, value=num["value"], value_max=num.get("value_max"),
                                       unit=num.get("unit"), approximate=num.get("approximate", False),
                                       text=num["text"], claimant=actor(num.get("claimant")), event=eid,
                                       start=q_at[0], end=q_at[1]))
        att = Attribution(source=actor(ev.get("source")), stance=ev.get("stance", "asserted"),
                          negated=ev.get("negated", False), via=[actor(v) or v for v in ev.get("via", [])],
                          date=time(ev.get("said"), "day", at))
        events.append(Event(
            id=eid, type=ev["type"], actor=actor(ev.get("actor")), recipient=actor(ev.get("recipient")),
            date=time(ev.get("date"), ev.get("grain"), at), place=place(ev.get("place"), at), quantity=qid,
            cameo=ev.get("cameo"), mode=ev.get("mode"), intensity=ev.get("intensity"), attribution=att,
            evidence=Evidence(start=at[0], end=at[1], text=ev["evidence"]),
        ))
    quotes = []
    for n, q in enumerate(spec.get("quotes", []), start=1):
        q_at = _find(text, q["text"])
        quotes.append(Quote(id=f"u{n}", text=q["text"], kind="direct", speaker=actor(q.get("speaker")),
                            start=q_at[0], end=q_at[1]))
    return Analysis(document=document, actors=list(actors.values()), events=events, quotes=quotes,
                    quantities=quantities, times=times, places=list(places.values()))


def story_article(name: str) -> Analysis:
    spec = story_spec()["articles"][name]
    document = document_from_text((STORY / name).read_text(encoding="utf-8"), where=name,
                                  outlet=spec["outlet"], url=spec["url"])
    return build(document, spec)


def story_names() -> list[str]:
    return sorted(story_spec()["articles"])


def quick(events: list[dict[str, Any]], *, outlet: str = "Test Wire", published: str = "2024-10-21",
          url: str | None = None, title: str | None = None, quotes: list[dict[str, Any]] | None = None,
          notes: list[str] | None = None) -> Analysis:
    """An article made of its evidence sentences, for unit tests."""
    text = " ".join(e["evidence"] + "." for e in events) + " " + " ".join(q["text"] for q in quotes or [])
    document = Document(id=document_id(text + outlet + published), text=text.strip(), outlet=outlet, url=url,
                        title=title, published=datetime.fromisoformat(published + "T09:00:00+00:00"),
                        reference_date=published, update_notes=notes or [])
    return build(document, {"events": events, "quotes": quotes or []})
