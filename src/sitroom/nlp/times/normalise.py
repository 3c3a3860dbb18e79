"""Normalise one temporal expression against a reference date: text + ref + tense -> value.

A cascade of small rules, most precise first, each named so that a record can
say which one resolved it (``Norm.rule``). Pure functions: no spaCy here, so
the rules are table-tested directly. A shape no rule knows stays unresolved:
dateparser as a last resort gave the same value accuracy on TimeBank + AQUAINT
and on the dev articles, resolved mostly durations into dates ("the 40th
minute", "20 minutes morning") and cost about 20 ms per call.

Values are ISO 8601 where ISO has a form: 2024-10-21 (grain day), 2024-10
(month), 2024 (year), 2024-W43 (week), 2024-10-21T09:30 (time). Where it has
none, the TimeML extensions of ISO 8601 are used: quarters 2024-Q3 and halves
2024-H1 (grain "part", part "q3"/"h1"), seasons 2024-SU (grain season),
weekends 2024-W42-WE (grain week), decades 199 (grain decade) and centuries
19 (the 20th century; grain None, records.Grain having no century). "early
October" is 2024-10 with grain "part" and part "early".

Parts of the day ("Friday night", "this morning", "tonight", "overnight") keep the
ISO date as value (ISO 8601 has no night) and carry grain "part" with part
morning | afternoon | evening | night: TimeML writes the same as 2024-10-18TNI
(TMO, TAF, TEV, TNI). A clock time ("9 p.m. Friday") is grain "time" instead.

Durations ("three years", "the past year", "24 hours") are recognised so that
they are *not* turned into dates: value None, grain None, rule "duration".
Expressions counted from another event ("the next day", "a day before the
vote") get rule "anchored" and value None here; ``time_anchor`` resolves the
first kind on the story's previous time.
"""

from __future__ import annotations

import re
from calendar import monthrange
from collections.abc import Callable
from datetime import date, timedelta
from functools import lru_cache

from sitroom.nlp.times import calendar as cal
from sitroom.nlp.times import rules_calendar as named
from sitroom.nlp.times import rules_relative as counted
from sitroom.nlp.times.calendar import Tense
from sitroom.nlp.times.holidays import holiday
from sitroom.nlp.times.lexicon import LEX
from sitroom.nlp.times.text import NUM, UNRESOLVED, Norm, clean, number, with_day_part

__all__ = ["Norm", "clean", "normalise"]


Rule = Callable[[str, "date | None", Tense], "Norm | None"]
RULES: tuple[Rule, ...] = (
    named.explicit_date, named.month_year, holiday, named.month_day, named.day_of_month, named.month_alone,
    named.quarter_of_year, named.half_year, named.year_end, counted.ago, counted.duration,
    named.relative_day, named.weekday_name, named.decade_name, named.century_name, named.season_name, counted.deictic,
    named.clock_time, counted.vague, named.year_alone,
)

_PART_RE = re.compile(
    r"^(?:the )?(?:very )?(early|mid|late|beginning|start|middle|end)(?: of)? (.+)$"
)
_SOFT_RE = re.compile(
    r"^(?:earlier|later|sometime|some time|since|until|by|in|on|at|during|from|through) (.+)$"
)


@lru_cache(maxsize=4096)
def normalise(text: str, ref: date | None, tense: Tense = None) -> Norm:
    """Resolve ``text`` against ``ref`` (None: spans kept, values null) given its clause's tense."""
    s = clean(text)
    if not s:
        return UNRESOLVED
    return with_day_part(_normalise(s, ref, tense), s)


def _normalise(s: str, ref: date | None, tense: Tense) -> Norm:
    soft = _SOFT_RE.match(s)
    if soft:
        return _normalise(soft.group(1), ref, tense)
    ended = _ENDED_RE.match(s)
    if ended:
        return _period_ended(ended.group(1), ended.group(2), ref, tense)
    counted = _COUNTED_FROM.match(s)
    if counted:
        return _counted_from(counted, ref, tense)
    stretch = _STRETCH_OF.match(s)
    if stretch:
        inner = _normalise(stretch.group(2), ref, tense)
        if inner.value and inner.grain in ("year", "month", "part"):
            return Norm(inner.value, inner.grain, inner.part, inner.rule + "+stretch")
        return inner
    week_of = re.match(r"^(?:the )?week of (.+)$", s)
    if week_of:
        inner = _cascade(week_of.group(1), ref, tense)
        day = inner.value if inner.value and inner.grain == "day" else None
        if day:
            return Norm(cal.iso_week(date.fromisoformat(day)), "week", None, "week_of")
    part = _PART_RE.match(s)
    if part:
        inner = _cascade(part.group(2), ref, tense)
        if inner.value and inner.grain in ("day", "week", "month", "year", "decade", "season", "part"):
            return Norm(inner.value, "part", LEX.parts[part.group(1)], inner.rule + "+part")
        if inner.rule != "unresolved":
            return inner
    return _cascade(s, ref, tense)


# "the first nine months of the year": a stretch inside a period, stated by that period
_STRETCH_OF = re.compile(r"^(?:the )?(?:first|last|final|past|opening|closing) " + NUM
                         + r" (?:day|week|month|quarter)s? of (.+)$")
_COUNTED_FROM = re.compile(r"^(?:the |a |an )?(?:(?:about|some|nearly|almost) )?(?:" + NUM + r" )?"
                           r"(day|week|month|year)s? (before|after|earlier than|later than) (.+)$")


def _counted_from(m: re.Match[str], ref: date | None, tense: Tense) -> Norm:
    """'the day before last Tuesday's hearing', 'two days after Oct. 3': the named date, moved. Counted
    from an event instead ("a week before the vote") it stays for ``time_anchor`` (rule anchored)."""
    n = number(m.group(1)) if m.group(1) else 1
    inner = _normalise(m.group(4), ref, tense)
    if n is None or not inner.value or not re.match(r"\d{4}-\d\d-\d\d", inner.value):
        return Norm(None, None, None, "anchored")
    sign = -1 if m.group(3) in ("before", "earlier than") else 1
    day = date.fromisoformat(inner.value[:10])
    unit = m.group(2)
    if unit in ("day", "week"):
        day += timedelta(days=sign * n * (7 if unit == "week" else 1))
    else:
        months = sign * n * (12 if unit == "year" else 1)
        year, month = cal.add_months(day.year, day.month, months)
        day = date(year, month, min(day.day, monthrange(year, month)[1]))
    return Norm(day.isoformat(), "day", None, inner.rule + "+counted")


_ENDED_RE = re.compile(r"^(?:the )?(?:fiscal )?(?:(?:first|second|third|fourth) )?(quarter|year|period) "
                       r"end(?:ed|ing) (.+)$")


def _period_ended(unit: str, rest: str, ref: date | None, tense: Tense) -> Norm:
    """'the quarter ended Sept. 30': the quarter (or fiscal year) that the date closes."""
    inner = _cascade(rest, ref, tense)
    if not inner.value or inner.grain not in ("day", "month"):
        return inner
    year, month = int(inner.value[:4]), int(inner.value[5:7])
    if unit == "year":
        return Norm(f"{year:04d}", "year", None, "period_ended")
    if unit == "quarter":
        day = int(inner.value[8:10]) if inner.grain == "day" else monthrange(year, month)[1]
        qyear, q = cal.quarter_closed_by(date(year, month, day))
        return Norm(f"{qyear:04d}-Q{q}", "part", f"q{q}", "period_ended")
    return inner


def _cascade(s: str, ref: date | None, tense: Tense) -> Norm:
    for rule in RULES:
        found = rule(s, ref, tense)
        if found is not None:
            return found
    return UNRESOLVED

