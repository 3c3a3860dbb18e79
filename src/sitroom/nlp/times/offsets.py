"""Values for expressions that count from another time: "the day before", "a year earlier".

``resolve`` runs the ``_RESOLVERS`` table in order; the anchoring pass (``anchor``) decides
which time each expression counts from and records it as provenance.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from sitroom.nlp.steps import Step, first
from sitroom.nlp.times import calendar as cal
from sitroom.nlp.times.lexicon import LEX, alternation
from sitroom.nlp.times.normalise import clean
from sitroom.records import Time

_NUM = r"(\d+|" + alternation(LEX.numbers) + r")"
_SHIFT = re.compile(
    r"^(?:earlier |later )?(?:in )?(?:(?:the|that|this) )?(?:(next|following|previous|prior|same) )?"
    r"(day|morning|afternoon|evening|night|week|month|year)(?: (before|after|earlier|later))?$"
)
_OFFSET = re.compile(r"^(?:about |some |nearly |almost )?" + _NUM
                     + r" (day|week|month|year)s? (earlier|later|before|after)$")
# "down 4.5% from the previous Friday": the weekday before the day the story is on, not before today
WEEKDAY_FROM = re.compile(
    r"^(?:the |that )?(previous|prior|preceding|following) (" + alternation(LEX.weekdays) + r")$")
QUARTER = re.compile(
    r"^(?:the |that |this )?"
    r"(?:(latest|current|most recent|same|comparable|recent|just ended|year ago|year earlier|last year) )?"
    r"(?:fiscal )?(quarter|period|three months)$"
)
YEAR_AGO = re.compile(
    r"^(?:the )?(?:comparable |corresponding |same )?(?:(?:quarter|period) )?(?:a )?year (?:ago|earlier)"
    r"(?: (?:quarter|period))?$"
    r"|^(?:the )?(?:comparable |corresponding |same )?(?:quarter|period) (?:last|prior|previous) year$"
    r"|^(?:the )?prior year (?:quarter|period)$"
)


def day_of(value: str | None) -> date | None:
    if value and re.match(r"^\d{4}-\d\d-\d\d", value):
        return date.fromisoformat(value[:10])
    return None


def _quarter_shift(value: str, years: int) -> str:
    year, q = value.split("-Q")
    return f"{int(year) + years}-Q{q}"


Resolved = tuple[str, str] | None


def _months_year_ago(s: str, focus: Time | None, quarter: Time | None, ref: date | None, months: bool) -> Resolved:
    if months and quarter is not None and quarter.value and YEAR_AGO.match(s):
        return f"{int(quarter.value[:4]) - 1:04d}", "year"
    return None


def _quarter_compared(s: str, focus: Time | None, quarter: Time | None, ref: date | None, months: bool) -> Resolved:
    if quarter is None or not quarter.value:
        return None
    year_period = PERIOD.match(s)
    if year_period and year_period.group(1) and year_period.group(2) in ("quarter", "period"):
        return f"{year_period.group(1)}-Q{quarter.value.split('-Q')[1]}", "part"
    m = QUARTER.match(s)
    if m and m.group(1) == "current" and ref is not None:
        return f"{ref.year}-Q{cal.quarter_of(ref)}", "part"
    if m:
        back = 1 if m.group(1) in ("year ago", "year earlier", "last year") else 0
        return _quarter_shift(quarter.value, -back), "part"
    if YEAR_AGO.match(s) or s == "last year":  # "last year" only as a comparison (``_compared``)
        return _quarter_shift(quarter.value, -1), "part"
    return None


def _latest_quarter(s: str, focus: Time | None, quarter: Time | None, ref: date | None, months: bool) -> Resolved:
    m = QUARTER.match(s)
    if quarter is None and ref is not None and m and m.group(1) in ("latest", "most recent", "just ended"):
        q = cal.quarter_of(ref)  # the last quarter that has ended
        return (f"{ref.year}-Q{q - 1}" if q > 1 else f"{ref.year - 1}-Q4"), "part"
    return None


def _weekday_from_focus(s: str, focus: Time | None, quarter: Time | None, ref: date | None,
                        months: bool) -> Resolved:
    day = day_of(focus.value) if focus is not None else None
    weekday = WEEKDAY_FROM.match(s)
    return (_weekday_from(day, weekday), "day") if weekday and day is not None else None


def _shift_from_focus(s: str, focus: Time | None, quarter: Time | None, ref: date | None, months: bool) -> Resolved:
    m = _SHIFT.match(s)
    if focus is None or focus.value is None or not m:
        return None
    if not (m.group(1) or m.group(3) or s.startswith(("that", "earlier", "later"))
            or (s.startswith("the ") and m.group(2) in LEX.day_part_of)):  # "the morning": that day's
        return None
    direction, unit, after = m.group(1), m.group(2), m.group(3)
    n = 1 if direction in ("next", "following") or after in ("after", "later") else (
        -1 if direction in ("previous", "prior") or after in ("before", "earlier") else 0)
    return _shift(focus, day_of(focus.value), unit, n)


def _offset_from_focus(s: str, focus: Time | None, quarter: Time | None, ref: date | None, months: bool) -> Resolved:
    m = _OFFSET.match(s)
    if focus is None or focus.value is None or not m:
        return None
    count = int(m.group(1)) if m.group(1).isdigit() else LEX.numbers.get(m.group(1))
    if count is None:
        return None
    sign = 1 if m.group(3) in ("later", "after") else -1
    return _shift(focus, day_of(focus.value), m.group(2), sign * count)


# How an anchored expression gets its value, in order; the first step with a value decides.
_RESOLVERS: tuple[Step[tuple[str, str]], ...] = (
    Step("months_year_ago", _months_year_ago, "for the nine months … a year earlier"),
    Step("quarter_compared", _quarter_compared, "the fourth quarter … the year-ago quarter"),
    Step("latest_quarter", _latest_quarter, "the latest quarter"),
    Step("weekday_from_focus", _weekday_from_focus, "the previous Friday"),
    Step("shift_from_focus", _shift_from_focus, "the day before the hearing"),
    Step("offset_from_focus", _offset_from_focus, "two days after Oct. 3"),
)


def resolve(
    text: str, focus: Time | None, quarter: Time | None, ref: date | None, months: bool = False
) -> tuple[str, str] | None:
    """(value, grain) for an anchored expression, or None. With ``months`` the story has moved from
    the quarter to a run of months ("for the nine months … a year earlier"): the comparison is the
    same months of the year before, which only the year can state."""
    found = first(_RESOLVERS, clean(text), focus, quarter, ref, months)
    return found[1] if found is not None else None


def _weekday_from(day: date, m: re.Match[str]) -> str:
    wd = LEX.weekdays[m.group(2)]
    if m.group(1) == "following":
        return (day + timedelta(days=(wd - day.weekday()) % 7 or 7)).isoformat()
    return (day - timedelta(days=(day.weekday() - wd) % 7 or 7)).isoformat()


def same_weekday(times: list[Time], m: re.Match[str]) -> Time | None:
    """The latest day already named that is this weekday: "Friday … from the previous Friday"
    contrasts with it, whatever was said in between."""
    wd = LEX.weekdays[m.group(2)]
    for t in reversed(times):
        day = day_of(t.value)
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

PERIOD = re.compile(r"^(?:the |that )?(?:(\d{4}) )?(?:fiscal )?(quarter|year|period)$")
