"""An article whose text, title, URL and names are hostile markup, as a record (no NLP involved)."""

from __future__ import annotations

from datetime import UTC, datetime

from sitroom.ingest.identity import document_id
from sitroom.records import Actor, Analysis, Attribution, Document, Event, Evidence, Place, Quote, Time

SCRIPT = '<script>document.title = "pwned"; window.__xss = 1;</script>'
IMG = '<img src=x onerror="window.__xss = 2">'
LINK = "javascript:window.__xss=3"
TEXT = (f"Officials in Kyiv said on Monday that Russia attacked Ukraine. {SCRIPT} "
        f"A caption read {IMG} and a link {LINK} was posted. "
        '"We will respond <b>firmly</b>," the minister said.')


def hostile_article() -> Analysis:
    def at(needle: str) -> tuple[int, int]:
        start = TEXT.index(needle)
        return start, start + len(needle)

    sentence = at("Officials in Kyiv said on Monday that Russia attacked Ukraine.")
    script = at(SCRIPT)
    quote = at('"We will respond <b>firmly</b>,"')
    doc = Document(id=document_id(TEXT), text=TEXT, title=f"Attack {SCRIPT}", outlet='Evil <i>Outlet</i>',
                   url=LINK, published=datetime(2024, 10, 21, 9, 0, tzinfo=UTC), reference_date="2024-10-21",
                   reference_date_source="published")
    actors = [Actor(id="a1", name="Russia", type="state", country="RUS", code="RUS", mentions=[at("Russia")]),
              Actor(id="a2", name="Ukraine", type="state", country="UKR", code="UKR", mentions=[at("Ukraine")]),
              Actor(id="a3", name='<img src=x onerror="window.__xss=4">', type="person", country="UKR",
                    code="UKRGOV", mentions=[at("the minister")])]
    times = [Time(id="t1", text="on Monday", value="2024-10-21", grain="day", start=at("on Monday")[0],
                  end=at("on Monday")[1])]
    places = [Place(id="p1", text="Kyiv", name="Kyiv", country="UA", lat=50.45, lon=30.52, feature="city",
                    start=at("Kyiv")[0], end=at("Kyiv")[1])]
    events = [
        Event(id="e1", type="ASSAULT", actor="a1", recipient="a2", date="t1", place="p1",
              attribution=Attribution(source="a3", stance="asserted"),
              evidence=Evidence(start=sentence[0], end=sentence[1], text=TEXT[sentence[0]:sentence[1]])),
        Event(id="e2", type="THREATEN", actor="a2", recipient="a1",
              attribution=Attribution(source="a3", stance="asserted"),
              evidence=Evidence(start=script[0], end=quote[1], text=TEXT[script[0]:quote[1]])),
    ]
    quotes = [Quote(id="q1", text=TEXT[quote[0]:quote[1]], kind="direct", speaker="a3", start=quote[0],
                    end=quote[1])]
    return Analysis(document=doc, actors=actors, events=events, quotes=quotes, times=times, places=places)
