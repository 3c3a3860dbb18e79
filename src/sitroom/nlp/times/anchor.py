"""Times that count from another time of the story, not from the reference date.

"The next day", "three days later", "that week" and, in earnings reports, "the
quarter" or "a year earlier" are anchored on the time the story is currently
talking about (its temporal focus): the latest resolved time before them. The
pass runs over the document's times in reading order; what it cannot anchor
keeps its null value (rule "anchored").
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from sitroom.nlp.times import calendar as cal
from sitroom.nlp.times.lexicon import LEX, alternation
from sitroom.nlp.times.normalise import clean
from sitroom.nlp.times.text import day_part
from sitroom.records import Time

_NUM = r"(\d+|" + alternation(LEX.numbers) + r")"
_SHIFT = re.compile(
    r"^(?:earlier |later )?(?:in )?(?:(?:the|that|this) )?(?:(next|following|previous|prior|same) )?"
    r"(day|morning|afternoon|evening|night|week|month|year)(?: (before|after|earlier|later))?$"
)
_OFFSET = re.compile(r"^(?:about |some |nearly |almost )?" + _NUM
                     + r" (day|week|month|year)s? (earlier|later|before|after)$")
# "down 4.5% from the previous Friday": the weekday before the day the story is on, not before today
_WEEKDAY_FROM = re.compile(
    r"^(?:the |that )?(previous|prior|preceding|following) (" + alternation(LEX.weekdays) + r")$")
_QUARTER = re.compile(
    r"^(?:the |that |this )?"
    r"(?:(latest|current|most recent|same|comparable|recent|just ended|year ago|year earlier|last year) )?"
    r"(?:fiscal )?(quarter|period|three months)$"
)
_YEAR_AGO = re.compile(
    r"^(?:the )?(?:comparable |corresponding |same )?(?:(?:quarter|period) )?(?:a )?year (?:ago|earlier)"
    r"(?: (?:quarter|period))?$"
    r"|^(?:the )?(?:comparable |corresponding |same )?(?:quarter|period) (?:last|prior|previous) year$"
    r"|^(?:the )?prior year (?:quarter|period)$"
)


def _day(value: str | None) -> date | None:
    if value and re.match(r"^\d{4}-\d\d-\d\d", value):
        return date.fromisoformat(value[:10])
    return None


def _quarter_shift(value: str, years: int) -> str:
    year, q = value.split("-Q")
    return f"{int(year) + years}-Q{q}"


def _resolve(
    text: str, focus: Time | None, quarter: Time | None, ref: date | None, months: bool = False
) -> tuple[str, str] | None:
    """(value, grain) for an anchored expression, or None. With ``months`` the story has moved from
    the quarter to a run of months ("for the nine months … a year earlier"): the comparison is the
    same months of the year before, which only the year can state."""
    s = clean(text)
    if months and quarter is not None and quarter.value and _YEAR_AGO.match(s):
        return f"{int(quarter.value[:4]) - 1:04d}", "year"
    if quarter is not None and quarter.value:
        year_period = _PERIOD.match(s)
        if year_period and year_period.group(1) and year_period.group(2) in ("quarter", "period"):
            return f"{year_period.group(1)}-Q{quarter.value.split('-Q')[1]}", "part"
        m = _QUARTER.match(s)
        if m and m.group(1) == "current" and ref is not None:
            return f"{ref.year}-Q{cal.quarter_of(ref)}", "part"
        if m:
            back = 1 if m.group(1) in ("year ago", "year earlier", "last year") else 0
            return _quarter_shift(quarter.value, -back), "part"
        if _YEAR_AGO.match(s) or s == "last year":  # "last year" only as a comparison (``_compared``)
            return _quarter_shift(quarter.value, -1), "part"
    m = _QUARTER.match(s)
    if quarter is None and ref is not None and m and m.group(1) in ("latest", "most recent", "just ended"):
        q = cal.quarter_of(ref)  # the last quarter that has ended
        return (f"{ref.year}-Q{q - 1}" if q > 1 else f"{ref.year - 1}-Q4"), "part"
    if focus is None or focus.value is None:
        return None
    day = _day(focus.value)
    weekday = _WEEKDAY_FROM.match(s)
    if weekday and day is not None:
        return _weekday_from(day, weekday), "day"
    m = _SHIFT.match(s)
    if m and (m.group(1) or m.group(3) or s.startswith(("that", "earlier", "later"))
              or (s.startswith("the ") and m.group(2) in LEX.day_part_of)):  # "the morning": that day's
        direction, unit, after = m.group(1), m.group(2), m.group(3)
        n = 1 if direction in ("next", "following") or after in ("after", "later") else (
            -1 if direction in ("previous", "prior") or after in ("before", "earlier") else 0)
        return _shift(focus, day, unit, n)
    m = _OFFSET.match(s)
    if m:
        count = int(m.group(1)) if m.group(1).isdigit() else LEX.numbers.get(m.group(1))
        if count is None:
            return None
        sign = 1 if m.group(3) in ("later", "after") else -1
        return _shift(focus, day, m.group(2), sign * count)
    return None


def _weekday_from(day: date, m: re.Match[str]) -> str:
    wd = LEX.weekdays[m.group(2)]
    if m.group(1) == "following":
        return (day + timedelta(days=(wd - day.weekday()) % 7 or 7)).isoformat()
    return (day - timedelta(days=(day.weekday() - wd) % 7 or 7)).isoformat()


def _same_weekday(times: list[Time], m: re.Match[str]) -> Time | None:
    """The latest day already named that is this weekday: "Friday … from the previous Friday"
    contrasts with it, whatever was said in between."""
    wd = LEX.weekdays[m.group(2)]
    for t in reversed(times):
        day = _day(t.value)
        if day is not None and day.weekday() == wd and not (t.rule or "").startswith("anchored"):
            return t
    return None


def _shift(focus: Time, day: date | None, unit: str, n: int) -> tuple[str, str] | None:
    value = focus.value or ""
    if unit in ("day", "morning", "afternoon", "evening", "night"):
        if day is None:
            return None
        return (day + timedelta(days=n)).isoformat(), "day"
    if unit == "week":
        return (cal.iso_week(day + timedelta(days=7 * n)), "week") if day else None
    if unit == "month":
        if not re.match(r"^\d{4}-\d\d", value) or "-W" in value or "-Q" in value:
            return None
        return cal.iso_month(*cal.add_months(int(value[:4]), int(value[5:7]), n)), "month"
    if unit == "year" and re.match(r"^\d{4}", value):
        return f"{int(value[:4]) + n:04d}", "year"
    return None


# a reporting period counted in months ("the first nine months", "the six months"), not "several months"
_MONTHS_RUN = re.compile(r"\b(?:\d+|three|six|nine|twelve) months\b")

_PERIOD = re.compile(r"^(?:the |that )?(?:(\d{4}) )?(?:fiscal )?(quarter|year|period)$")


def _closed_by(t: Time, following: Time | None, text: str | None) -> tuple[str, str] | None:
    """'the quarter ended Sept. 30': the period is the quarter (or fiscal year) the next date closes."""
    if following is None or text is None or not following.value or following.grain != "day":
        return None
    m = _PERIOD.match(clean(t.text))
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
    day = _day(focus.value) if focus is not None else None
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
            or _day(previous.value) is None or not _DAY_NOUN.match(clean(t.text))
            or not re.fullmatch(r"\s*,\s*", text[previous.end:t.start])):
        return t
    return t.model_copy(update={"value": previous.value[:10], "grain": "day",  # type: ignore[index]
                                "rule": f"anchored:{previous.id}"})


def _overnight_on_focus(t: Time, focus: Time | None, ref: date | None) -> Time:
    """'London shares closed lower Friday … depressed by overnight losses in New York': in a story
    about an earlier day of the week, "overnight" is the night before that day, not before the
    reference date."""
    day = _day(focus.value) if focus is not None else None
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


def anchor_times(times: list[Time], ref: date | None, text: str | None = None) -> list[Time]:
    """Resolve anchored expressions on the latest resolved time before them (reading order);
    ``text`` (the document text) lets a period be closed by the date after it."""
    out: list[Time] = []
    focus: Time | None = None
    quarter: Time | None = None
    months = False  # "the first nine months … the 1988 period": that period is the nine months
    for i, t in enumerate(times):
        following = times[i + 1] if i + 1 < len(times) else None
        closed = _closed_by(t, following, text) if t.value is None else None
        if closed:
            t = t.model_copy(update={"value": closed[0], "grain": closed[1], "rule": "period_ended"})
        cleaned = clean(t.text)
        if _MONTHS_RUN.search(cleaned):
            months = True
        elif t.value is not None and "-Q" in t.value:
            months = False
        period = _PERIOD.match(cleaned)
        in_quarter = quarter is not None and bool(
            _YEAR_AGO.match(cleaned)
            or (cleaned == "last year" and not months and _compared(text, t.start))
            or (period and period.group(1) and period.group(2) != "year" and not months)
            or (_QUARTER.match(cleaned) and t.rule not in ("quarter", "period_ended")))
        weekday = _WEEKDAY_FROM.match(cleaned)
        if (t.value is None and t.rule in ("anchored", "unresolved")) or in_quarter or weekday:
            base = (_same_weekday(out, weekday) if weekday else None) or focus
            found = _resolve(t.text, base, quarter, ref, months)
            if found:
                # provenance: which time it counts from ("anchored:t3"), or the reference date
                on = quarter if quarter is not None and ("-Q" in found[0] or months) else base
                rule = f"anchored:{on.id if on is not None else 'reference'}"
                part = day_part(cleaned) if found[1] == "day" else None
                if "-Q" in found[0]:
                    part = "q" + found[0].split("-Q")[1]
                t = t.model_copy(update={"value": found[0], "grain": "part" if part else found[1],
                                         "part": part or t.part, "rule": rule})
                if "-Q" in found[0]:
                    months = False  # "in the latest quarter": back from the nine months to the quarter
        t = _overnight_on_focus(_clock_on_focus(t, focus, text), focus, ref)
        t = _in_apposition(t, out[-1] if out else None, text)
        if t.value is not None and t.value[:1].isdigit() and not (t.rule or "").startswith("anchored"):
            if "-Q" in t.value and _reporting_quarter(t, quarter, ref):
                quarter = t
            if t.grain != "decade":
                focus = t
        out.append(t)
    return out
