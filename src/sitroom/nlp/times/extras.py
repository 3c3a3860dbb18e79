"""Time expressions the main cascade leaves out or reads too literally.

- *Present reference*: "now", "currently", "at present" say the state holds at the
  time of writing; they get the TimeML value ``PRESENT_REF`` (no calendar value), so
  that an event in such a clause is not taken as undated news from the past.
- *A day counted from the day just named*: "… on Friday; the day before, rebels had …"
  is the day before that Friday, not an unresolvable "the day".
- *Year ranges*: "2009-2010", "1957-58", "1999-00" name a span; the record keeps the
  first year as ``value`` and the last as ``value_end``.
- *A clock time before its day*: "sit-ins from 10 a.m. to 2 p.m. on November 27", "from 8 p.m.
  until 6 a.m. on Saturday": clock times joined to a day named right after them (by "to", "until",
  "and", "on", "for") are on that day, not on the day the story last named.
- *A clock time restated in another zone*: "at 1:24 p.m. (0424 GMT)" names one moment; the
  bracketed restatement is not a second time (wire copy adds one to most local clock times).
- *A recurring clock time*: "open from 8:00 to 21:00 everyday" names hours of every day (a TimeML
  SET), not a moment on the calendar; it keeps no value.
- *"in five years" after a superlative or "first … in"*: "the highest level in five
  years" is a span reaching up to now, not a date five years ahead.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Doc

from sitroom.records import Time

_PRESENT = re.compile(r"\b(?:now|currently|presently|at present|at the moment)\b", re.IGNORECASE)
_RANGE = re.compile(r"\b((?:1[5-9]|20)\d\d)\s?[-\u2013/]\s?(\d{4}|\d{2})\b")
_DAY_OFF = re.compile(r"^the (?:(?:previous|preceding) day|day (before|after)|(?:next|following) day)$",
                      re.IGNORECASE)
_SPAN_CUE = re.compile(r"\b(?:\w+est|first|most|least|worst|best|record)\b[^.;]{0,60}$", re.IGNORECASE)
_WINDOW = 400  # characters back to look for the day that "the day before" counts from


def _overlaps(times: list[Time], start: int, end: int) -> bool:
    return any(t.start < end and start < t.end for t in times)


def present_refs(doc: Doc, text: str, times: list[Time]) -> list[Time]:
    out = []
    for m in _PRESENT.finditer(text):
        if _overlaps(times, m.start(), m.end()):
            continue
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or span.root.pos_ not in ("ADV", "ADP", "NOUN"):
            continue
        if m.group(0).lower() == "now" and span.end < len(doc) and doc[span.end].text == "," and span.start == \
                span.sent.start:
            continue  # "Now, the question is …": a discourse marker
        out.append(Time(id="t0", text=m.group(0), value="PRESENT_REF", start=m.start(), end=m.end(),
                        rule="present_ref"))
    return out


def _range_end(time: Time) -> Time:
    m = _RANGE.search(time.text)
    if m is None or time.value is None or not time.value.startswith(m.group(1)):
        return time
    first, last = m.group(1), m.group(2)
    if len(last) == 2:
        last = first[:2] + last if last > first[2:] else str(int(first[:2]) + 1) + last
    if last <= first:
        return time
    return time.model_copy(update={"value": first, "grain": "year", "value_end": last,
                                   "rule": f"{time.rule}+range"})


def _day_offset(time: Time, before: list[Time], text: str) -> Time:
    following = re.match(r"\s+(before|after)\b", text[time.end:time.end + 10])
    m = _DAY_OFF.match(time.text + (" " + following.group(1) if following else "")) or _DAY_OFF.match(time.text)
    if time.value is not None or m is None:
        return time
    shift = -1 if ("before" in m.group(0).lower() or re.search(r"previous|preceding", m.group(0), re.I)) else 1
    for anchor in reversed(before):
        if anchor.grain == "day" and anchor.value and time.start - anchor.end <= _WINDOW:
            try:
                day = date.fromisoformat(anchor.value[:10]) + timedelta(days=shift)
            except ValueError:
                return time
            return time.model_copy(update={"value": day.isoformat(), "grain": "day",
                                           "rule": "day_from_named_day"})
    return time


_CLOCK_ONLY = re.compile(r"^(?:at |from )?\d{1,2}(?::?\d\d)?\s*(?:[ap]\.?m\.?|hours|GMT|local time)?$", re.I)
_JOIN = re.compile(r"^[\s,]*(?:\([^()]{1,20}\)[\s,]*)?(?:(?:to|until|till|and|from|on|for|-|\u2013)[\s,]+)*$", re.I)


def _stated_day(time: Time) -> bool:
    """A time that names its day itself (not a bare clock time set on the day just talked about)."""
    rule = time.rule or ""
    return day_of_value(time.value) is not None and not rule.startswith(("clock", "anchored", "day_of_clock"))


def day_of_value(value: str | None) -> str | None:
    return value[:10] if value and re.match(r"^\d{4}-\d\d-\d\d", value) else None


def _clocks_on_next_day(times: list[Time], text: str) -> list[Time]:
    """Bare clock times take the day named right after them, across joining words only; a clock opening
    a paragraph is a live-blog stamp ("09:30 GMT - On Saturday, …"), on the publication day."""
    out = list(times)
    for i, t in enumerate(out):
        if not t.value or "T" not in t.value or not _CLOCK_ONLY.match(t.text.strip()):
            continue
        if t.start == 0 or text[t.start - 1] == "\n":
            continue
        end = t.end
        for nxt in out[i + 1:i + 4]:
            if not _JOIN.match(text[end:nxt.start]):
                break
            if _stated_day(nxt):
                day = date.fromisoformat(day_of_value(nxt.value) or "")
                if "T" in (nxt.value or "") and t.value[11:] > (nxt.value or "")[11:]:
                    day -= timedelta(days=1)  # "from 8 p.m. until 6 a.m. on Saturday": the evening before
                out[i] = t.model_copy(update={"value": f"{day.isoformat()}{t.value[10:]}", "rule": "clock_on_day"})
                break
            if not _CLOCK_ONLY.match(nxt.text.strip()):
                break
            end = nxt.end
    return out


_RESTATED = re.compile(r"\(\s*$")


def _restated(time: Time, before: list[Time], text: str) -> bool:
    """A clock time opening a bracket right after another time ("1:24 p.m. (0424 GMT)")."""
    if not before or not _RESTATED.search(text[before[-1].end:time.start]):
        return False
    return time.start - before[-1].end <= 16 and bool(re.search(r"\d", time.text))


def _span_not_date(time: Time, text: str) -> Time:
    if time.rule != "in_from_now" or text[max(0, time.start - 3):time.start].lower() != "in ":
        return time
    if not _SPAN_CUE.search(text[max(0, time.start - 80):time.start - 3]):
        return time
    return time.model_copy(update={"value": None, "grain": None, "rule": "duration_to_now"})


_RECURRING = re.compile(r"^[^.;\n]{0,16}?\b(?:every ?day|daily|each day|nightly)\b", re.IGNORECASE)


def _recurring(time: Time, text: str) -> Time:
    if not time.value or "T" not in time.value or not _RECURRING.match(text[time.end:time.end + 30]):
        return time
    return time.model_copy(update={"value": None, "grain": None, "rule": "recurring"})


def with_extras(doc: Doc, text: str, times: list[Time], ref: date | None) -> list[Time]:
    """``times`` with the readings above applied, plus present references, renumbered in text order."""
    fixed: list[Time] = []
    for t in times:
        if _restated(t, fixed, text):
            continue
        t = _recurring(_span_not_date(_range_end(t), text), text)
        fixed.append(_day_offset(t, fixed, text) if ref is not None else t)
    fixed = _clocks_on_next_day(fixed, text)
    fixed += present_refs(doc, text, fixed)
    fixed.sort(key=lambda t: (t.start, t.end))
    return [t.model_copy(update={"id": f"t{i}"}) for i, t in enumerate(fixed, 1)]
