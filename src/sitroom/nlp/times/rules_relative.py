"""Rules for expressions counted from a reference: "two weeks ago", "this month", durations.

Durations ("three years", "the past year") are recognised here so that they
are never turned into dates; expressions counted from another event ("the
next day", "a day before the vote") are marked "anchored" for ``time_anchor``.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from sitroom.nlp.times import calendar as cal
from sitroom.nlp.times.calendar import Tense
from sitroom.nlp.times.lexicon import LEX
from sitroom.nlp.times.text import COUNT, DIR, NUM, UNIT, Norm, direction_of, number


def duration(s: str, ref: date | None, tense: Tense) -> Norm | None:
    q = (r"(?:about |nearly |almost |more than |over |under |some |at least |at most |less than |up to |"
         r"roughly |around |as long as |as many as |as much as |the )?")
    back, ahead = r"the (?:past|last|previous) ", r"the (?:next|coming|following) "
    unit = r"(?:" + UNIT + r")s?"
    if re.fullmatch(q + r"(?:" + COUNT + r"|few|several|many|\d+ (?:1/2|and a half)) (?:more )?" + unit
                    + r"(?: long| old| or so| or more| straight| running)?", s):
        return Norm(None, None, None, "duration")
    count = r"(?:" + COUNT + r" |few |several |many |couple of )"
    tail = r"(?: or (?:so|more))?"
    if re.fullmatch(back + count + "?" + unit + tail, s):
        return Norm(None, None, None, "duration")
    if re.fullmatch(ahead + count + unit + tail, s):
        return Norm(None, None, None, "duration")  # "the next two days"; "the next day" is anchored
    if re.fullmatch(r"(?:the )?(?:recent |coming |past |next |last |few |several |many |some )?"
                    + r"(?:" + UNIT + r")s", s):
        return Norm(None, None, None, "duration")  # "weeks", "the coming years", "recent months"
    return None


def ago(s: str, ref: date | None, tense: Tense) -> Norm | None:
    relation = r"(ago|earlier|before|from now|hence|later)\b"
    m = re.search(r"\b" + NUM + r" (" + UNIT + r")s? (?:or so )?" + relation, s)
    if not m:
        return None
    n = number(m.group(1))
    if m.group(3) in ("earlier", "before", "later") and not re.search(r"\b(?:now|today)\b", s):
        return Norm(None, None, None, "anchored")  # relative to another event, not to the reference date
    if n is None and ref is not None and m.group(3) in ("ago", "from now", "hence"):
        span = LEX.vague_counts.get(m.group(1))
        sign = 1 if m.group(3) != "ago" else -1
        if span is not None:
            return _enclosing(m.group(2), sign * span[0], sign * span[1], ref) or Norm(
                None, None, None, "relative_vague")
    if n is None or ref is None:
        return Norm(None, None, None, "relative_vague")
    sign = 1 if m.group(3) in ("from now", "hence") else -1
    return shift(m.group(2), sign * n, ref, "relative_offset")


def _enclosing(unit: str, near: int, far: int, ref: date) -> Norm | None:
    """'a few years ago' (2 to 5 years back): the smallest month, year or decade holding both ends,
    so the value says no more than the words do (from 1998: the 1990s); None when no such unit."""
    if unit in ("day", "week"):
        a, b = (ref + timedelta(days=n * (7 if unit == "week" else 1)) for n in (near, far))
    elif unit == "month":
        a, b = (date(*cal.add_months(ref.year, ref.month, n), 1) for n in (near, far))
    elif unit in ("year", "decade"):
        a, b = (date(ref.year + n * (10 if unit == "decade" else 1), 1, 1) for n in (near, far))
    else:
        return None
    if (a.year, a.month) == (b.year, b.month):
        return Norm(cal.iso_month(a.year, a.month), "month", None, "relative_vague")
    if a.year == b.year:
        return Norm(f"{a.year:04d}", "year", None, "relative_vague")
    if a.year // 10 == b.year // 10:
        return Norm(f"{a.year // 10:03d}", "decade", None, "relative_vague")
    return None


def shift(unit: str, n: int, ref: date, rule: str) -> Norm | None:
    if unit == "day":
        return Norm((ref + timedelta(days=n)).isoformat(), "day", None, rule)
    if unit == "week":
        return Norm(cal.iso_week(ref + timedelta(days=7 * n)), "week", None, rule)
    if unit == "month":
        return Norm(cal.iso_month(*cal.add_months(ref.year, ref.month, n)), "month", None, rule)
    if unit == "quarter":
        y, mo = cal.add_months(ref.year, ref.month, 3 * n)
        q = (mo - 1) // 3 + 1
        return Norm(f"{y}-Q{q}", "part", f"q{q}", rule)
    if unit == "year":
        return Norm(f"{ref.year + n:04d}", "year", None, rule)
    if unit == "decade":  # "a decade ago": the year ten years back, not the decade
        return Norm(f"{ref.year + 10 * n:04d}", "year", None, rule)
    return None


def deictic(s: str, ref: date | None, tense: Tense) -> Norm | None:
    """this/last/next week|month|year|weekend|quarter: a unit counted from the reference date."""
    m = re.search(r"\b(" + DIR + r") (weekend|" + UNIT + r")\b", s)
    bare = re.fullmatch(r"the (year|month|week|weekend)", s)
    if not m and not bare:
        return None
    if m and re.search(r"\bthe (?:next|coming|following|last|past) ", s):
        return None  # "the next day" counts from the story's time, not from the reference date
    direction = direction_of(m.group(1)) if m else None
    unit = m.group(2) if m else bare.group(1)  # type: ignore[union-attr]
    if ref is None:
        return Norm(None, None, None, "relative_unit")
    n = {"past": -1, "future": 1}.get(direction or "", 0)
    if unit == "weekend":
        saturday = ref + timedelta(days=5 - ref.weekday())
        # a bare "the weekend": the past one in a past clause; otherwise the nearer one, so that early
        # in the week (Monday to Wednesday) it is the one just gone
        just_gone = tense == "past" and ref.weekday() < 5 or tense != "future" and ref.weekday() <= 2
        if direction == "past" or (direction is None and just_gone):
            saturday -= timedelta(days=7)
        elif direction == "future":
            saturday += timedelta(days=7)
        return Norm(cal.iso_week(saturday) + "-WE", "week", None, "relative_unit")
    return shift(unit, n, ref, "relative_unit")


def vague(s: str, ref: date | None, tense: Tense) -> Norm | None:
    s = re.sub(r"^the year (\d{4})$", r"\1", s)
    if re.search(r"\b(?:before|after|earlier|later|following|previous|same|next|that)\b", s) and re.search(
            r"\b(?:day|days|week|month|year|morning|night|time)\b", s):
        return Norm(None, None, None, "anchored")
    return None
