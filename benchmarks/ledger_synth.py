"""Synthetic articles for the ledger benchmarks: realistic shapes, random content, fixed seed.

Each article has ``events_per_doc`` events among a few dozen state actors with
role codes, the 16 PLOVER types, day/month/unknown dates over two years,
sources quoted across outlets (so claims merge and statuses vary), a relay now
and then, and a number on some events. Nothing here is used by the package.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from typing import get_args

from sitroom.records import Actor, Analysis, Attribution, Document, Event, EventType, Evidence, Place, Quantity, Time

TYPES = get_args(EventType)
COUNTRIES = ["AFG", "ARM", "AZE", "BLR", "CHN", "COL", "EGY", "ETH", "FRA", "GBR", "IND", "IRN", "IRQ", "ISR",
             "JPN", "KOR", "LBN", "MLI", "NGA", "PAK", "PRK", "PSE", "RUS", "SDN", "SOM", "SYR", "TUR", "UKR",
             "USA", "VEN", "YEM", "DEU"]
ROLES = ["", "", "GOV", "MIL", "SPY", "LEG", "REB"]
STANCES = ["asserted"] * 6 + ["reported", "denied", "unconfirmed", "speculative", "planned", "conditional"]
OUTLETS = [f"Outlet {i}" for i in range(40)]
PLACES = [(f"Place {i}", "XX", round(-60 + i * 2.7, 4), round(-170 + i * 7.1, 4), 100000 + i) for i in range(40)]
START = date(2023, 1, 1)


def _actor(aid: str, code: str) -> Actor:
    return Actor(id=aid, name=f"Actor {code}", type="state" if len(code) == 3 else "org", country=code[:3],
                 role=code[3:] or None, code=code)


def article(rng: random.Random, n: int, events_per_doc: int) -> Analysis:
    day = START + timedelta(days=rng.randrange(730))
    actors: dict[str, Actor] = {}
    times: list[Time] = []
    places: list[Place] = []
    quantities: list[Quantity] = []
    events: list[Event] = []
    parts: list[str] = []
    offset = 0

    def actor_id(code: str) -> str:
        if code not in actors:
            actors[code] = _actor(f"a{len(actors) + 1}", code)
        return actors[code].id

    for k in range(1, events_per_doc + 1):
        a, r = rng.sample(COUNTRIES[:12] if rng.random() < 0.6 else COUNTRIES, 2)
        actor = actor_id(a + rng.choice(ROLES))
        recipient = actor_id(r)
        source = actor_id(rng.choice(COUNTRIES) + rng.choice(["GOV", "SPY", "MIL", ""])) if rng.random() < .8 \
            else None
        sentence = f"Sentence {k} of article {n} says {a} did something of type {k % 16} to {r}."
        span = (offset, offset + len(sentence))
        parts.append(sentence)
        offset += len(sentence) + 1
        tid = None
        roll = rng.random()
        if roll < 0.6:
            times.append(Time(id=f"t{len(times) + 1}", text="on Monday",
                              value=(day - timedelta(days=rng.randrange(5))).isoformat(), grain="day",
                              start=span[0], end=span[0] + 3))
            tid = times[-1].id
        elif roll < 0.75:
            times.append(Time(id=f"t{len(times) + 1}", text="this month", value=day.isoformat()[:7], grain="month",
                              start=span[0], end=span[0] + 3))
            tid = times[-1].id
        pid = None
        if rng.random() < 0.3:
            name, country, lat, lon, gid = rng.choice(PLACES)
            places.append(Place(id=f"p{len(places) + 1}", text=name, name=name, country=country, lat=lat, lon=lon,
                                geonameid=gid, start=span[0], end=span[0] + 3))
            pid = places[-1].id
        eid = f"e{k}"
        qid = None
        if rng.random() < 0.2:
            qid = f"q{len(quantities) + 1}"
            quantities.append(Quantity(id=qid, value=float(rng.randrange(100, 20000, 100)), unit="troops",
                                       text="some troops", claimant=source, event=eid, start=span[0],
                                       end=span[0] + 3))
        via = [actor_id(rng.choice(COUNTRIES) + "MED")] if rng.random() < 0.1 else []
        events.append(Event(
            id=eid, type=rng.choice(TYPES), actor=actor, recipient=recipient, date=tid, place=pid, quantity=qid,
            intensity=round(rng.uniform(-10, 10), 1),
            attribution=Attribution(source=source, stance=rng.choice(STANCES), negated=rng.random() < 0.05,
                                    via=via),
            evidence=Evidence(start=span[0], end=span[1], text=sentence)))
    published = datetime(day.year, day.month, day.day, 9, 0, tzinfo=UTC)
    outlet = rng.choice(OUTLETS)
    doc = Document(id=f"{n:016x}", text=" ".join(parts), outlet=outlet, title=f"Synthetic article {n}",
                   url=f"https://example.org/{n}", published=published, reference_date=day.isoformat())
    return Analysis(document=doc, actors=list(actors.values()), events=events, times=times, places=places,
                    quantities=quantities)


def articles(n_docs: int, events_per_doc: int = 10, seed: int = 7, start: int = 0) -> Iterator[Analysis]:
    rng = random.Random(seed + start)
    for n in range(start, start + n_docs):
        yield article(rng, n, events_per_doc)
