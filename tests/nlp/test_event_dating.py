"""Every event gets a sortable date: its own, else its statement's, else the article's."""

from __future__ import annotations

from datetime import date

import pytest

from sitroom.nlp.events.dating import date_events
from sitroom.records import Attribution, Event, Evidence, Time


def _event(own: str | None = None, said: str | None = None) -> Event:
    return Event(id="e1", type="ASSAULT", date=own, attribution=Attribution(date=said),
                 evidence=Evidence(start=0, end=1, text="x"))


TIMES = [Time(id="t1", text="March 3", value="2024-03-03", grain="day", start=0, end=1),
         Time(id="t2", text="last month", value="2024-02", grain="month", start=0, end=1),
         Time(id="t3", text="the day", value=None, grain=None, start=0, end=1)]


@pytest.mark.parametrize(("own", "said", "expected"), [
    ("t1", "t2", ("2024-03-03", "day", "own")),
    (None, "t2", ("2024-02", "month", "statement")),
    ("t3", "t1", ("2024-03-03", "day", "statement")),   # an unresolved own time is no date
    (None, None, ("2024-03-14", "day", "article")),
    ("t3", "t3", ("2024-03-14", "day", "article")),
])
def test_fallback_order(own, said, expected):
    [e] = date_events([_event(own, said)], TIMES, date(2024, 3, 14))
    assert (e.sort_date, e.date_grain, e.date_source) == expected
    assert e.date == own  # the event's own time id is kept as it was


def test_no_reference_date_leaves_it_unknown():
    [e] = date_events([_event()], TIMES, None)
    assert (e.sort_date, e.date_grain, e.date_source) == (None, None, None)


@pytest.mark.model
def test_pipeline_dates_every_event(analyze_text):
    a = analyze_text("The foreign ministry said on Tuesday that troops had shelled the village.\n\n"
                     "Rebels shelled the airport on March 3.\n\nSoldiers fired on the protesters.", ref="2024-03-14")
    by_rule = {(e.type, e.evidence.text.split()[0]): e for e in a.events}
    assert all(e.sort_date for e in a.events)
    sources = sorted(e.date_source or "" for e in a.events if e.type == "ASSAULT")
    assert sources == ["article", "own", "statement"], by_rule
    own = next(e for e in a.events if e.date_source == "own")
    assert own.sort_date == "2024-03-03"
    stated = next(e for e in a.events if e.date_source == "statement")
    assert stated.sort_date == "2024-03-12" and stated.date is None


NEWS = [Time(id="n1", text="Thursday", value="2024-03-14", grain="day", start=0, end=8),
        Time(id="n2", text="in 1979", value="1979", grain="year", start=0, end=7),
        Time(id="n3", text="early Thursday", value="2024-03-14", grain="part", part="early", start=0, end=14)]


def _told(start: int, own: str | None = None, stance: str = "asserted", confidence: float = 0.8) -> Event:
    return Event(id=f"e{start}", type="ASSAULT", date=own, attribution=Attribution(stance=stance),  # type: ignore[arg-type]
                 evidence=Evidence(start=start, end=start + 1, text="x"), confidence=confidence)


def test_acts_of_a_dated_episode_take_its_day_and_say_so():
    sentence_starts = [0, 100, 200, 300, 400, 500]
    events = [_told(0, "n1"), _told(110), _told(210, stance="planned"), _told(220, confidence=0.4), _told(510)]
    dated = date_events(events, NEWS, date(2024, 3, 15), sentence_starts)
    assert [(e.date, e.date_source) for e in dated] == [
        ("n1", "own"), ("n1", "episode"), (None, "article"), (None, "article"), (None, "article")]


def test_a_part_of_a_day_dates_its_episode_too():
    dated = date_events([_told(0, "n3"), _told(110)], NEWS, date(2024, 3, 15), [0, 100])
    assert [(e.date, e.date_source) for e in dated] == [("n3", "own"), ("n3", "episode")]


def test_a_day_far_from_the_news_starts_no_episode():
    events = [_told(0, "n2"), _told(110)]
    dated = date_events(events, NEWS, date(2024, 3, 15), [0, 100])
    assert [e.date_source for e in dated] == ["own", "article"]


@pytest.mark.model
def test_the_lead_day_dates_the_acts_the_story_then_tells(analyze_text):
    text = ("Suspected separatist insurgents shot dead four men on Thursday in Thailand's south, police said.\n\n"
            "A Buddhist trader was gunned down at his stall in Narathiwat, police said.")
    a = analyze_text(text, ref="2006-12-14")
    trader = next(e for e in a.events if "trader" in e.evidence.text)
    assert (trader.sort_date, trader.date_source) == ("2006-12-14", "episode")
