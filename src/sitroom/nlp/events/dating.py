"""A date every event can be sorted and filtered on, and where that date came from.

Most event mentions in news carry no time of their own ("troops shelled the town",
said on Monday); leaving them undated hides them from every timeline. The date
falls back in the order a reader would: the event's own time, else the time of
the statement that reports it (the ``attribution.date`` of its frame), else the
article's reference date. ``date`` stays the event's own time id; the fallback
goes in ``sort_date`` with its grain and its origin (``own``, ``statement``,
``article``), so that a consumer can tell a stated date from an assumed one. A
time whose value could not be resolved ("the day") is no date to sort on.

An act performed by speaking (a demand, an accusation, a threat: "X should withdraw, Y said on
Monday", "it accused Z") happens when it is said, so with no time of its own its statement's
date is its own date, not a fallback.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date

from sitroom.nlp.events.episodes import episode_dates
from sitroom.records import Event, Time
from sitroom.timevalues import bounds


def _usable(time: Time | None) -> Time | None:
    """A time with a value that names a span of days; an unresolved or open one is not sortable."""
    if time is None or not time.value or bounds(time.value) is None:
        return None
    return time


# event types whose mention is itself an utterance: the statement's time is the act's time
_SAID_ACTS = frozenset({"REQUEST", "ACCUSE", "THREATEN"})


def said_on(event: Event, times: Mapping[str, Time]) -> Event:
    """A speech act without a time of its own takes the date of the statement that performs it."""
    if event.type not in _SAID_ACTS or _usable(times.get(event.date or "")) is not None:
        return event
    said = _usable(times.get(event.attribution.date or ""))
    return event if said is None else event.model_copy(update={"date": said.id})


def sort_date(event: Event, times: Mapping[str, Time], ref_date: date | None,
              episode: bool = False) -> dict[str, object]:
    """The ``sort_date``/``date_grain``/``date_source`` fields for one event (``episode``: its date is the day
    of the episode it belongs to, not one its own sentence states)."""
    for time_id, origin in ((event.date, "episode" if episode else "own"), (event.attribution.date, "statement")):
        time = _usable(times.get(time_id or ""))
        if time is not None:
            return {"sort_date": time.value, "date_grain": time.grain or "day", "date_source": origin}
    if ref_date is not None:
        return {"sort_date": ref_date.isoformat()[:10], "date_grain": "day", "date_source": "article"}
    return {"sort_date": None, "date_grain": None, "date_source": None}


def date_events(events: Iterable[Event], times: Iterable[Time], ref_date: date | None,
                sentence_starts: Sequence[int] = ()) -> list[Event]:
    """Each event with its sortable date filled in (events are frozen, so these are copies); with the
    document's sentence starts, acts of a dated episode take its day (``episodes.py``)."""
    by_id = {t.id: t for t in times}
    said = [said_on(e, by_id) for e in events]
    dated, inherited = episode_dates(said, by_id, ref_date, sentence_starts) if sentence_starts else (said, set())
    return [e.model_copy(update=sort_date(e, by_id, ref_date, i in inherited)) for i, e in enumerate(dated)]
