"""The day of the episode a story tells, for the acts it tells without a time of their own.

A wire story dates its news once and then tells the episode: "Insurgents shot dead four men *on
Thursday*, police said. A trader was gunned down at his stall … When police rushed to the scene,
militants detonated a bomb." Readers (and the annotators of every blind sample) date each of those acts
to Thursday. An act stated as done (asserted or reported, not negated), with no time of its own, takes
the day of the nearest earlier act that has one, a few sentences back at most, when that day lies near the
article's own date (the news of the day, not "in 1979"). ``date`` then points at that time expression and
``date_source`` says ``episode``, so an inherited day is never mistaken for one the sentence states.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping, Sequence
from datetime import date

from sitroom.records import Event, Time
from sitroom.timevalues import bounds

SENTENCES_BACK = 3
NEAR_DAYS = 7
SURE = 0.6
_DONE = frozenset({"asserted", "reported"})


_DAY_GRAINS = frozenset({"day", "part", "time"})   # "early Monday", "at dawn on Monday", "at 10 a.m." name a day too


def _news_day(time: Time | None, ref_date: date | None) -> bool:
    """A day (or a part or an hour of one; not a month or a year) within a week of the article's date."""
    if time is None or ref_date is None or not time.value or (time.grain or "day") not in _DAY_GRAINS:
        return False
    span = bounds(time.value)
    return span is not None and abs((span[0] - ref_date).days) <= NEAR_DAYS


def _told_as_done(event: Event) -> bool:
    """Stated as done, by a clause the coder is fairly sure of (a verb's frame, not a bare noun)."""
    return event.attribution.stance in _DONE and not event.attribution.negated and event.confidence >= SURE


def episode_dates(events: Sequence[Event], times: Mapping[str, Time], ref_date: date | None,
                  sentence_starts: Sequence[int]) -> tuple[list[Event], set[int]]:
    """The events (in their order) with episode days filled in, and the positions of those that took one."""
    out = list(events)
    inherited: set[int] = set()
    anchor: tuple[str, int] | None = None  # (time id, sentence number) of the latest act dated on a news day
    for pos in sorted(range(len(out)), key=lambda k: out[k].evidence.start):
        event = out[pos]
        sent = bisect_right(sentence_starts, event.evidence.start) - 1
        own = times.get(event.date or "")
        if own is not None and own.value:
            anchor = (own.id, sent) if _news_day(own, ref_date) and _told_as_done(event) else None
            continue
        if anchor is not None and sent - anchor[1] <= SENTENCES_BACK and _told_as_done(event):
            out[pos] = event.model_copy(update={"date": anchor[0]})
            inherited.add(pos)
    return out, inherited
