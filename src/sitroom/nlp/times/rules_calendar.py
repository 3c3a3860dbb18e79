"""Rules for expressions that name the calendar: dates, months, weekdays, quarters, seasons, years.

Each rule takes the cleaned text, the reference date and the clause's tense
and returns a ``Norm`` or None (not its shape); ``time_normalise`` tries them
in order.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from sitroom.nlp.times import calendar as cal
from sitroom.nlp.times import text as tt
from sitroom.nlp.times.calendar import Tense
from sitroom.nlp.times.lexicon import LEX, alternation
from sitroom.nlp.times.text import DAY, DAYPART, DIR, WD, YEAR, M, Norm


def explicit_date(s: str, ref: date | None, tense: Tense) -> Norm | None:
    m = re.search(r"\b(\d{4})-(\d\d)-(\d\d)\b", s)
    if m:
        return tt.safe_day(int(m.group(1)), int(m.group(2)), int(m.group(3)), s, "explicit_date")
    m = re.search(r"\b(\d{1,2})/(\d{1,2})/(\d{4}|\d\d)\b", s)
    if m:
        year = int(m.group(3))
        year = year + (1900 if year >= 50 else 2000) if year < 100 else year
        return tt.safe_day(year, int(m.group(1)), int(m.group(2)), s, "explicit_date")
    m = re.search(rf"\b{M} {DAY} {YEAR}\b", s) or re.search(rf"\b{DAY} (?:of )?{M} {YEAR}\b", s)
    if m:
        groups = m.groups()
        month_word, day = (groups[0], groups[1]) if not groups[0].isdigit() else (groups[1], groups[0])
        return tt.safe_day(int(groups[2]), LEX.months[month_word], int(day), s, "explicit_date")
    return None


def month_day(s: str, ref: date | None, tense: Tense) -> Norm | None:
    m = re.search(rf"\b{M} {DAY}\b(?!:)", s) or re.search(rf"\b{DAY} (?:of )?{M}\b", s)
    if not m:
        return None
    a, b = m.groups()
    month_word, day = (a, int(b)) if not a.isdigit() else (b, int(a))
    month = LEX.months[month_word]
    if ref is None:
        return Norm(None, "day", None, "month_day")
    year = tt.year_hint(s, ref)
    weekday = re.search(r"\b(" + WD + r")\b", s)
    if year is None and weekday:
        # "Monday, Oct. 26": the year in which that day is that weekday, nearest first
        wd = LEX.weekdays[weekday.group(1)]
        for y in (ref.year, ref.year - 1, ref.year + 1):
            try:
                if date(y, month, day).weekday() == wd:
                    year = y
                    break
            except ValueError:
                continue
    year = year or cal.year_for_day(month, day, ref, tense)
    return tt.safe_day(year, month, day, s, "month_day") if year else None


def day_of_month(s: str, ref: date | None, tense: Tense) -> Norm | None:
    m = re.fullmatch(r"(?:the )?(\d{1,2})(?:st|nd|rd|th)", s)
    if not m or not 1 <= int(m.group(1)) <= 31:
        return None
    if ref is None:
        return Norm(None, "day", None, "day_of_month")
    day = cal.date_for_day_of_month(int(m.group(1)), ref, tense)
    return Norm(day.isoformat(), "day", None, "day_of_month") if day else None


def month_year(s: str, ref: date | None, tense: Tense) -> Norm | None:
    m = re.search(rf"\b{M} (?:of |in )?{YEAR}\b", s)
    if m:
        return Norm(cal.iso_month(int(m.group(2)), LEX.months[m.group(1)]), "month", None, "explicit_month")
    return None


def month_alone(s: str, ref: date | None, tense: Tense) -> Norm | None:
    m = re.search(rf"\b{M}\b", s)
    if not m or (m.group(1) in LEX.ambiguous_months and not re.fullmatch(
            rf"(?:(?:in|of|the month of|{DIR}) )?{M}(?: (?:of )?(?:this|last|next) year)?", s)):
        return None
    month = LEX.months[m.group(1)]
    if ref is None:
        return Norm(None, "month", None, "month")
    year = tt.year_hint(s, ref)
    before = re.search(r"\b(" + DIR + r") " + M, s)
    direction = tt.direction_of(before.group(1)) if before else None
    if year is None and direction == "current":
        year = ref.year
    if year is None and direction == "past":
        # "last May" said in October is this year's; "last February" said in March is a year back
        year = ref.year if (ref.month - month) % 12 >= 2 and month < ref.month else ref.year - 1
    elif year is None and direction == "future":
        year = ref.year if month > ref.month else ref.year + 1
    year = year or cal.year_for_month(month, ref, tense)
    return Norm(cal.iso_month(year, month), "month", None, "month")


def quarter_of_year(s: str, ref: date | None, tense: Tense) -> Norm | None:
    lead = r"(?:(" + YEAR[1:-1] + r"|year ago|year earlier|(?:last|this|next) year(?:'s)?) )?"
    ordinal = r"(" + alternation(LEX.ordinals) + r")"
    m = re.search(r"\b" + lead + ordinal + r" (?:fiscal )?quarter(?: of (?:fiscal )?" + YEAR + r")?", s)
    m2 = re.search(r"\b()q([1-4])(?: " + YEAR + r")?\b", s)
    found = m or m2
    if found is None:
        return None
    q = LEX.ordinals[found.group(2)] if m else int(found.group(2))
    year_text, before = found.group(3), found.group(1)
    if before and before[:1].isdigit():
        year_text = before
    if year_text is None and ref is None:
        return Norm(None, "part", f"q{q}", "quarter")
    if year_text:
        year = int(year_text)
    else:
        year = cal.year_for_quarter(q, ref, tense)  # type: ignore[arg-type]
        if before in ("year ago", "year earlier", "last year", "last year's"):
            assert ref is not None
            year = ref.year - 1 if q <= cal.quarter_of(ref) else year - 1
        elif before in ("this year", "this year's", "next year", "next year's"):
            assert ref is not None
            year = ref.year + (1 if before.startswith("next") else 0)
    return Norm(f"{year}-Q{q}", "part", f"q{q}", "quarter")


def half_year(s: str, ref: date | None, tense: Tense) -> Norm | None:
    of_year = r"(?: of (?:fiscal )?" + YEAR + r")?\b"
    m = re.search(r"\b(first|second|last|latter) (?:half|two quarters)" + of_year, s)
    if not m or (m.group(2) is None and ref is None):
        return None
    half = 1 if m.group(1) == "first" else 2
    year = int(m.group(2)) if m.group(2) else ref.year  # type: ignore[union-attr]
    return Norm(f"{year}-H{half}", "part", f"h{half}", "half")


def year_end(s: str, ref: date | None, tense: Tense) -> Norm | None:
    """'by year end', 'the full year', 'the current fiscal year': the reference year (or its end);
    'the latest fiscal year': the one before it."""
    if ref is None:
        return None
    if re.fullmatch(r"(?:the )?(?:fiscal |calendar )?year(?:'s| s)? end", s):
        return Norm(f"{ref.year:04d}", "part", "late", "year_end")
    if re.fullmatch(r"(?:the |this )(?:(?:current|full|fiscal|calendar|present) )+year", s):
        return Norm(f"{ref.year:04d}", "year", None, "relative_unit")
    if re.fullmatch(r"(?:the )?(?:latest|last|past|previous|prior|most recent) (?:full )?(?:fiscal|calendar) year", s):
        return Norm(f"{ref.year - 1:04d}", "year", None, "relative_unit")  # the last one completed
    return None


def decade_name(s: str, ref: date | None, tense: Tense) -> Norm | None:
    m = re.search(r"\b(1[0-9]|20)(\d)0 ?'?s\b", s)
    if m:
        return Norm(m.group(1) + m.group(2), "decade", None, "decade")
    m = re.search(r"(?:^|\s)'(\d)0 ?s\b", s) or re.search(r"\b(" + alternation(LEX.decade_words) + r")\b", s)
    if m and ref is not None:
        digit = int(m.group(1)) if m.group(1).isdigit() else LEX.decade_words[m.group(1)]
        return Norm(cal.decade_of(digit * 10, ref), "decade", None, "decade")
    return None


def century_name(s: str, ref: date | None, tense: Tense) -> Norm | None:
    """'the 20th century' -> 19, TimeML's value for a century (the digits its years start with).
    records.Grain has no century, so the grain is left None rather than mislabelled."""
    words = alternation(LEX.ordinal_words)
    m = re.search(r"\b(?:(\d{1,2})(?:st|nd|rd|th)|(" + words + r")) century\b", s)
    if not m:
        return None
    n = int(m.group(1)) if m.group(1) else LEX.ordinal_words[m.group(2)]
    return Norm(f"{n - 1:02d}", None, None, "century") if 1 <= n <= 22 else None  # 1st to 22nd


def season_name(s: str, ref: date | None, tense: Tense) -> Norm | None:
    season = r"(" + alternation(LEX.seasons) + r")"
    m = re.search(r"\b(?:(" + DIR + r") )?" + season + r"(?: (?:of )?" + YEAR + r")?\b", s)
    if not m:
        return None
    code = LEX.seasons[m.group(2)]
    if m.group(3):
        return Norm(f"{m.group(3)}-{code}", "season", None, "season")
    if ref is None:
        return Norm(None, "season", None, "season")
    year = cal.season_year(code, ref, tt.direction_of(m.group(1)), tense)
    return Norm(f"{year}-{code}", "season", None, "season")


def year_alone(s: str, ref: date | None, tense: Tense) -> Norm | None:
    m = re.search(r"(?<![\d.,$])" + YEAR + r"(?![\d,.]\d| ?(?:gmt|utc)\b)", s)  # "1500 gmt" is a clock
    if m:
        return Norm(m.group(1), "year", None, "explicit_year")
    return None


def weekday_name(s: str, ref: date | None, tense: Tense) -> Norm | None:
    m = re.search(r"\b(?:(" + DIR + r") )?(" + WD + r")\b", s)
    if not m:
        return None
    if ref is None:
        return Norm(None, "day", None, "weekday")
    direction = tt.direction_of(m.group(1))
    day = cal.weekday_date(LEX.weekdays[m.group(2)], ref, direction, tense)
    rule = "weekday_" + (direction or ("future" if tense == "future" else "past"))
    value, grain = tt.with_time(day, "day", s)
    return Norm(value, grain, None, rule)


def relative_day(s: str, ref: date | None, tense: Tense) -> Norm | None:
    m = re.search(r"\b(" + alternation(LEX.relative_days) + r")\b", s)
    offset = LEX.relative_days[m.group(1)] if m else None
    if offset is None:
        if re.search(r"\blast (?:night|evening)\b", s):
            offset = -1
        elif re.search(r"\b(?:this|early|late|mid) (?:" + DAYPART + r")\b", s):
            offset = 0
    if offset is None:
        return None
    if re.search(r"\bday (?:before|after)\b", s):
        offset += -1 if "before" in s else 1
    if ref is None:
        return Norm(None, "day", None, "relative_day")
    value, grain = tt.with_time(ref + timedelta(days=offset), "day", s)
    return Norm(value, grain, None, "relative_day")


def clock_time(s: str, ref: date | None, tense: Tense) -> Norm | None:
    hm = tt.time_of_day(s)
    if hm is None:
        return None
    if ref is None:
        return Norm(None, "time", None, "clock")
    return Norm(f"{ref.isoformat()}T{hm[0]:02d}:{hm[1]:02d}", "time", None, "clock")
