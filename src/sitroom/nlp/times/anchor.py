"""Times that count from another time of the story, not from the reference date.

"The next day", "three days later", "that week" and, in earnings reports, "the
quarter" or "a year earlier" are anchored on the time the story is currently
talking about (its temporal focus): the latest resolved time before them. The
pass runs over the document's times in reading order; what it cannot anchor
keeps its null value (rule "anchored").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from sitroom.nlp.times import calendar as cal
from sitroom.nlp.times.normalise import clean
from sitroom.nlp.times.offsets import PERIOD, QUARTER, WEEKDAY_FROM, YEAR_AGO, day_of, resolve, same_weekday
from sitroom.nlp.times.text import day_part
from sitroom.records import Time

_MONTHS_RUN = re.compile(r"\b(?:\d+|three|six|nine|twelve) months\b")



def _closed_by(t: Time, following: Time | None, text: str | None) -> tuple[str, str] | None:
    """'the quarter ended Sept. 30': the period is the quarter (or fiscal year) the next date closes."""
    if following is None or text is None or not following.value or following.grain != "day":
        return None
    m = PERIOD.match(clean(t.text))
    if not m or not re.fullmatch(r"\s+end(?:ed|ing)\s+", text[t.end:following.start]):
        return None
    if m.group(2) == "year":
        return following.value[:4], "year"
    qyear, q = cal.quarter_closed_by(date.fromisoformat(following.value[:10]))
    return f"{qyear:04d}-Q{q}", "part"


CLOCK_REACH = 300  # characters: a bare clock time belongs to a day named this close before it


def _clock_on_focus(t: Time, focus: Time | None, text: str | None = None) -> Time:
    """'Troops entered on Tuesday. At 10 p.m. …': a bare clock time is on the day just talked about.

    A clock time opening a paragraph is a live-blog entry's stamp: it is on the publication day."""
    day = day_of(focus.value) if focus is not None else None
    if t.rule != "clock" or not t.value or focus is None or day is None or t.start - focus.end > CLOCK_REACH:
        return t
    if text is not None and (t.start == 0 or text[t.start - 1] == "\n"):
        return t
    return t.model_copy(update={"value": day.isoformat() + t.value[10:], "rule": f"anchored:{focus.id}"})


_DAY_NOUN = re.compile(r"^(?:the|that) (?:day|night|morning|evening|eve)\b")


def _in_apposition(t: Time, previous: Time | None, text: str | None) -> Time:
    """'after Oct. 12, the day before the stock market plunge': an unresolved day set off by a comma
    right after a date restates that date."""
    if (t.value is not None or previous is None or text is None or previous.grain not in ("day", "time", "part")
            or day_of(previous.value) is None or not _DAY_NOUN.match(clean(t.text))
            or not re.fullmatch(r"\s*,\s*", text[previous.end:t.start])):
        return t
    return t.model_copy(update={"value": previous.value[:10], "grain": "day",  # type: ignore[index]
                                "rule": f"anchored:{previous.id}"})


def _overnight_on_focus(t: Time, focus: Time | None, ref: date | None) -> Time:
    """'London shares closed lower Friday … depressed by overnight losses in New York': in a story
    about an earlier day of the week, "overnight" is the night before that day, not before the
    reference date."""
    day = day_of(focus.value) if focus is not None else None
    if t.rule != "relative_day" or clean(t.text) != "overnight" or focus is None or day is None or ref is None:
        return t
    if not 0 < (ref - day).days <= 6:
        return t
    night = (day - timedelta(days=1)).isoformat()
    return t.model_copy(update={"value": night, "rule": f"anchored:{focus.id}"})


def _quarters_back(t: Time, ref: date | None) -> int | None:
    """How many quarters before the reference date's quarter ``t`` is (negative: ahead of it)."""
    year, _, q = (t.value or "").partition("-Q")
    if ref is None or not year.isdigit() or not q.isdigit():
        return None
    return (ref.year - int(year)) * 4 + cal.quarter_of(ref) - int(q)


_COMPARISON = re.compile(r"\b(?:compared (?:with|to)|from|than|versus|vs|against)\b[^.;]*$", re.I)


def _compared(text: str | None, start: int) -> bool:
    """'net of $24 million, compared with a loss of $3 million last year': in an earnings story
    "last year" on the far side of a comparison is the reported quarter a year earlier."""
    return text is not None and bool(_COMPARISON.search(text, max(0, start - 80), start))


def _reporting_quarter(t: Time, current: Time | None, ref: date | None) -> bool:
    """Whether quarter ``t`` becomes the one "a year earlier" and "the quarter" count from: the first
    quarter an earnings story names is the one it reports, later mentions ("after a flat second
    quarter", "the third quarter of 1990" forecast) are asides; "the quarter ended Sept. 30" restates
    it. A quarter that has not begun at the reference date is never the one reported, and a recent one
    (ended within a year) takes over from a historical one ("the third quarter of 1984")."""
    back = _quarters_back(t, ref)
    if back is not None and back < 0:
        return False
    if current is None or t.rule == "period_ended":
        return True
    current_back = _quarters_back(current, ref)
    return current_back is not None and current_back > 4 and back is not None and back <= 4


@dataclass
class _Reading:
    """Where the reader of a story is: the time it counts from, the quarter it reports, and whether it
    has moved on to a run of months ("the first nine months … the 1988 period": that period is the nine
    months)."""

    ref: date | None
    text: str | None
    focus: Time | None = None
    quarter: Time | None = None
    months: bool = False

    def note_period(self, t: Time, cleaned: str) -> None:
        if _MONTHS_RUN.search(cleaned):
            self.months = True
        elif t.value is not None and "-Q" in t.value:
            self.months = False

    def in_quarter(self, t: Time, cleaned: str) -> bool:
        """'a year earlier', 'the year-ago period': counted from the reported quarter."""
        if self.quarter is None:
            return False
        period = PERIOD.match(cleaned)
        return bool(YEAR_AGO.match(cleaned)
                    or (cleaned == "last year" and not self.months and _compared(self.text, t.start))
                    or (period and period.group(1) and period.group(2) != "year" and not self.months)
                    or (QUARTER.match(cleaned) and t.rule not in ("quarter", "period_ended")))

    def advance(self, t: Time) -> None:
        if t.value is not None and t.value[:1].isdigit() and not (t.rule or "").startswith("anchored"):
            if "-Q" in t.value and _reporting_quarter(t, self.quarter, self.ref):
                self.quarter = t
            if t.grain != "decade":
                self.focus = t


# "earlier in the day" where the latest time names no day ("… at the end of the month. X, sworn in
# earlier in the day, …"): the day of the story itself
_SAME_DAY = re.compile(r"^(?:earlier|later) in the day$")


def _anchored(t: Time, cleaned: str, weekday: re.Match[str] | None, state: _Reading, out: list[Time]) -> Time:
    """``t`` valued from the time it counts from, with provenance ("anchored:t3", or the reference date)."""
    base = (same_weekday(out, weekday) if weekday else None) or state.focus
    found = resolve(t.text, base, state.quarter, state.ref, state.months)
    if not found and state.ref is not None and _SAME_DAY.match(cleaned):
        return t.model_copy(update={"value": state.ref.isoformat(), "grain": "day", "rule": "anchored:reference"})
    if not found:
        return t
    quarterly = "-Q" in found[0]
    on = state.quarter if state.quarter is not None and (quarterly or state.months) else base
    rule = f"anchored:{on.id if on is not None else 'reference'}"
    part = day_part(cleaned) if found[1] == "day" else None
    if quarterly:
        part = "q" + found[0].split("-Q")[1]
        state.months = False  # "in the latest quarter": back from the nine months to the quarter
    return t.model_copy(update={"value": found[0], "grain": "part" if part else found[1],
                                "part": part or t.part, "rule": rule})


def anchor_times(times: list[Time], ref: date | None, text: str | None = None) -> list[Time]:
    """Resolve anchored expressions on the latest resolved time before them (reading order);
    ``text`` (the document text) lets a period be closed by the date after it."""
    out: list[Time] = []
    state = _Reading(ref, text)
    for i, t in enumerate(times):
        following = times[i + 1] if i + 1 < len(times) else None
        closed = _closed_by(t, following, text) if t.value is None else None
        if closed:
            t = t.model_copy(update={"value": closed[0], "grain": closed[1], "rule": "period_ended"})
        cleaned = clean(t.text)
        state.note_period(t, cleaned)
        weekday = WEEKDAY_FROM.match(cleaned)
        if (t.value is None and t.rule in ("anchored", "unresolved")) or state.in_quarter(t, cleaned) or weekday:
            t = _anchored(t, cleaned, weekday, state, out)
        t = _overnight_on_focus(_clock_on_focus(t, state.focus, text), state.focus, ref)
        t = _in_apposition(t, out[-1] if out else None, text)
        state.advance(t)
        out.append(t)
    return out
