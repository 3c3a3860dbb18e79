"""Hand-made predictions for scorer tests: no model, exact expected counts."""

from __future__ import annotations

from typing import Any

from sitroom.eval.gold import GoldDocument, parse_gold
from sitroom.records import Actor, Analysis, Attribution, Document, Event, Evidence, Place, Quantity, Quote, Time

TEXT = (
    "Sudan's army said on Monday it had shelled RSF positions in Omdurman. "
    "The RSF denied the report. "
    '"We will not retreat," said RSF commander Mohamed Hamdan Dagalo. '
    "The army said 40 fighters were killed in March 2024."
)


def span(snippet: str) -> tuple[int, int]:
    start = TEXT.index(snippet)
    return start, start + len(snippet)


def evidence(snippet: str) -> Evidence:
    s, e = span(snippet)
    return Evidence(start=s, end=e, text=snippet)


ACTORS = [
    Actor(id="a1", name="Sudan's army", type="org", country="SDN", role="MIL", code="SDNMIL",
          mentions=[span("Sudan's army")]),
    Actor(id="a2", name="RSF", type="group", country="SDN", role="REB", code="SDNREB", mentions=[span("RSF")]),
    Actor(id="a3", name="Mohamed Hamdan Dagalo", type="person", country="SDN", role="REB", code="SDNREB",
          mentions=[span("Mohamed Hamdan Dagalo")]),
    Actor(id="a4", name="Sudan", type="state", country="SDN", code="SDN"),
]
TIMES = [
    Time(id="t1", text="on Monday", value="2024-03-04", grain="day", start=span("on Monday")[0],
         end=span("on Monday")[1]),
    Time(id="t2", text="March 2024", value="2024-03-01", grain="day", start=span("March 2024")[0],
         end=span("March 2024")[1]),
]


def event(type_: str = "ASSAULT", actor: str | None = "a1", recipient: str | None = "a2",
          snippet: str = "had shelled RSF positions", stance: str = "asserted", source: str | None = "a1",
          date: str | None = "t1", eid: str = "e1") -> Event:
    return Event(id=eid, type=type_, actor=actor, recipient=recipient, date=date,  # type: ignore[arg-type]
                 attribution=Attribution(source=source, stance=stance),  # type: ignore[arg-type]
                 evidence=evidence(snippet))


def quote(text: str = "We will not retreat,", speaker: str | None = "a3", kind: str = "direct") -> Quote:
    s, e = span(text)
    return Quote(id="q1", text=text, kind=kind, speaker=speaker, start=s, end=e)  # type: ignore[arg-type]


def quantity(value: float = 40, claimant: str | None = "a1") -> Quantity:
    s, e = span("40 fighters")
    return Quantity(id="n1", value=value, unit="fighters", text="40 fighters", claimant=claimant, start=s, end=e)


def place(lat: float = 15.64, lon: float = 32.48, country: str = "SDN", feature: str | None = "city",
          text: str = "Omdurman") -> Place:
    s, e = span(text)
    return Place(id="p1", text=text, name=text, country=country, lat=lat, lon=lon, feature=feature, start=s, end=e)


def analysis(**parts: Any) -> Analysis:
    return Analysis(document=Document(id="d1", text=TEXT), actors=parts.pop("actors", ACTORS),
                    times=parts.pop("times", TIMES), **parts)


def gold(**parts: Any) -> GoldDocument:
    data = {"schema": "sitroom/1", "document": {"text": TEXT, "reference_date": "2024-03-05"},
            "actors": [{"name": "Sudan's army", "code": "SDNMIL", "aliases": ["army"]},
                       {"name": "RSF", "code": "SDNREB"},
                       {"name": "Mohamed Hamdan Dagalo", "code": "SDNREB"}]}
    data.update(parts)
    from pathlib import Path

    return parse_gold(data, Path("inline.gold.json"))
