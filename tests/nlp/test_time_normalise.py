"""Table tests of the pure normalisation cascade: text + reference date + tense -> value, grain, part."""

from __future__ import annotations

from datetime import date

import pytest

from sitroom.nlp.times.normalise import clean, normalise

MON_2024_10_21 = date(2024, 10, 21)  # the reference article's date, a Monday
THU_1998_01_08 = date(1998, 1, 8)
SAT_2000_01_15 = date(2000, 1, 15)
WED_2025_03_12 = date(2025, 3, 12)

CASES = [
    # text, ref, tense, value, grain, part
    # weekdays: past by default and today included; future clauses look ahead; last/next exclude today
    ("Monday", MON_2024_10_21, "past", "2024-10-21", "day", None),
    # wire copy: a month abbreviation glued to its day, a four-digit clock with its zone
    ("Oct.29", MON_2024_10_21, "past", "2024-10-29", "day", None),
    ("1500 GMT", MON_2024_10_21, None, "2024-10-21T15:00", "time", None),
    ("December in 1999", MON_2024_10_21, None, "1999-12", "month", None),
    ("Monday", MON_2024_10_21, None, "2024-10-21", "day", None),
    ("last Friday", MON_2024_10_21, "past", "2024-10-18", "day", None),
    ("last Friday", MON_2024_10_21, "future", "2024-10-18", "day", None),
    ("Sunday", MON_2024_10_21, "past", "2024-10-20", "day", None),
    ("Saturday", MON_2024_10_21, None, "2024-10-19", "day", None),
    ("Friday", MON_2024_10_21, "future", "2024-10-25", "day", None),
    ("next Monday", MON_2024_10_21, None, "2024-10-28", "day", None),
    ("last Monday", MON_2024_10_21, None, "2024-10-14", "day", None),
    ("this coming Thursday", MON_2024_10_21, None, "2024-10-24", "day", None),
    ("Thursday", THU_1998_01_08, "past", "1998-01-08", "day", None),
    ("Wednesday", SAT_2000_01_15, "past", "2000-01-12", "day", None),
    ("Friday night", SAT_2000_01_15, "past", "2000-01-14", "part", "night"),
    ("9 a.m. Tuesday", WED_2025_03_12, "past", "2025-03-11T09:00", "time", None),
    # month and day: the year that fits the tense, a date within a month always wins
    ("Oct. 10", MON_2024_10_21, "past", "2024-10-10", "day", None),
    ("June 19", MON_2024_10_21, "past", "2024-06-19", "day", None),
    ("June 19", MON_2024_10_21, "future", "2025-06-19", "day", None),
    ("Oct. 25", MON_2024_10_21, "past", "2024-10-25", "day", None),
    ("Dec. 28", THU_1998_01_08, "past", "1997-12-28", "day", None),
    ("Dec. 28", THU_1998_01_08, None, "1997-12-28", "day", None),
    ("Feb. 10", SAT_2000_01_15, None, "2000-02-10", "day", None),
    ("August 6", date(1998, 2, 13), "past", "1997-08-06", "day", None),
    ("10 October", MON_2024_10_21, None, "2024-10-10", "day", None),
    ("Monday, Oct. 26", date(1998, 10, 25), "past", "1998-10-26", "day", None),
    ("Feb. 29", date(2024, 10, 1), "past", "2024-02-29", "day", None),
    ("Feb. 30", MON_2024_10_21, "past", "2024-02", "month", None),  # no such day: the month stays
    # a day of the month alone: this month or a neighbouring one, by tense
    ("the 15th", date(2025, 1, 10), "past", "2024-12-15", "day", None),
    ("the 3rd", date(2025, 1, 10), "future", "2025-02-03", "day", None),
    ("the 8th", date(2025, 1, 10), None, "2025-01-08", "day", None),
    # explicit dates
    ("Oct. 21, 2024", MON_2024_10_21, None, "2024-10-21", "day", None),
    ("October 21st 2024", MON_2024_10_21, None, "2024-10-21", "day", None),
    ("21 October 2024", None, None, "2024-10-21", "day", None),
    ("2022-02-24", None, None, "2022-02-24", "day", None),
    ("10/12/2023", None, None, "2023-10-12", "day", None),
    # months
    ("February 2022", MON_2024_10_21, None, "2022-02", "month", None),
    ("December", THU_1998_01_08, "past", "1997-12", "month", None),
    ("December", THU_1998_01_08, "future", "1998-12", "month", None),
    ("April", date(1999, 3, 12), None, "1999-04", "month", None),
    ("January", THU_1998_01_08, "past", "1998-01", "month", None),
    ("June last year", date(1998, 2, 19), None, "1997-06", "month", None),
    ("April next year", date(1998, 12, 3), None, "1999-04", "month", None),
    ("this September", date(1998, 2, 5), "past", "1998-09", "month", None),
    ("last May", date(1989, 10, 26), None, "1989-05", "month", None),
    ("last February", date(1998, 3, 1), None, "1997-02", "month", None),
    # parts of periods
    ("early October", MON_2024_10_21, "past", "2024-10", "part", "early"),
    ("mid-2023", MON_2024_10_21, None, "2023", "part", "mid"),
    ("late 1990s", MON_2024_10_21, None, "199", "part", "late"),
    ("the end of the year", MON_2024_10_21, None, "2024", "part", "late"),
    ("the beginning of March 2020", MON_2024_10_21, None, "2020-03", "part", "early"),
    ("early this year", MON_2024_10_21, None, "2024", "part", "early"),
    ("by year-end", date(1989, 11, 2), None, "1989", "part", "late"),
    # relative days and units
    ("yesterday", MON_2024_10_21, None, "2024-10-20", "day", None),
    ("tomorrow", MON_2024_10_21, None, "2024-10-22", "day", None),
    ("today", MON_2024_10_21, None, "2024-10-21", "day", None),
    ("last night", MON_2024_10_21, None, "2024-10-20", "part", "night"),
    ("this week", MON_2024_10_21, None, "2024-W43", "week", None),
    ("last week", MON_2024_10_21, None, "2024-W42", "week", None),
    ("next month", MON_2024_10_21, None, "2024-11", "month", None),
    ("last month", date(2024, 1, 5), None, "2023-12", "month", None),
    ("last year", MON_2024_10_21, None, "2023", "year", None),
    ("earlier this year", MON_2024_10_21, None, "2024", "year", None),
    ("two weeks ago", MON_2024_10_21, None, "2024-W41", "week", None),
    ("three days ago", MON_2024_10_21, None, "2024-10-18", "day", None),
    ("six months ago", MON_2024_10_21, None, "2024-04", "month", None),
    ("two years ago", MON_2024_10_21, None, "2022", "year", None),
    ("a decade ago", date(1999, 3, 12), None, "1989", "year", None),
    ("the week of March 6", date(2000, 2, 24), None, "2000-W10", "week", None),
    ("the weekend", MON_2024_10_21, "past", "2024-W42-WE", "week", None),
    # quarters, halves, seasons, decades, years
    ("the third quarter", date(1989, 10, 27), None, "1989-Q3", "part", "q3"),
    ("the third quarter", date(1989, 10, 27), "future", "1989-Q3", "part", "q3"),
    ("the fourth quarter", date(1998, 1, 8), "past", "1997-Q4", "part", "q4"),
    ("the fourth quarter of 1997", None, None, "1997-Q4", "part", "q4"),
    ("third-quarter", date(1989, 10, 27), None, "1989-Q3", "part", "q3"),
    ("Q3 2023", None, None, "2023-Q3", "part", "q3"),
    ("the year-ago third quarter", date(1989, 10, 30), None, "1988-Q3", "part", "q3"),
    ("the quarter ended Sept. 30", date(1989, 10, 26), None, "1989-Q3", "part", "q3"),
    ("the first half of 1990", None, None, "1990-H1", "part", "h1"),
    ("last fall", MON_2024_10_21, None, "2023-FA", "season", None),
    ("this summer", MON_2024_10_21, None, "2024-SU", "season", None),
    ("this summer", date(2024, 3, 1), None, "2024-SU", "season", None),
    ("the winter of 1994", None, None, "1994-WI", "season", None),
    ("the 1990s", None, None, "199", "decade", None),
    ("the '80s", MON_2024_10_21, None, "198", "decade", None),
    ("the nineties", MON_2024_10_21, None, "199", "decade", None),
    ("1998", None, None, "1998", "year", None),
    ("fiscal 1988", None, None, "1988", "year", None),
    ("nineteen ninety-six", None, None, "1996", "year", None),
    ("the year two thousand", None, None, "2000", "year", None),
    ("January nineteen ninety-seven", None, None, "1997-01", "month", None),
    # clock times
    ("10:35 a.m.", date(1998, 8, 8), None, "1998-08-08T10:35", "time", None),
    ("5 p.m.", MON_2024_10_21, None, "2024-10-21T17:00", "time", None),
    # no reference date: spans kept, values null unless the text is absolute
    ("last Friday", None, "past", None, "day", None),
    ("Oct. 10", None, None, None, "day", None),
]


@pytest.mark.parametrize(("text", "ref", "tense", "value", "grain", "part"), CASES)
def test_normalise(text, ref, tense, value, grain, part):
    norm = normalise(text, ref, tense)
    assert (norm.value, norm.grain, norm.part) == (value, grain, part), norm.rule


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("three years", "duration"),
        ("24 hours", "duration"),
        ("the past year", "duration"),
        ("the last 24 hours", "duration"),
        ("the past two weeks", "duration"),
        ("recent years", "duration"),
        ("a day before South Korea's announcement", "anchored"),
        ("the next day", "anchored"),
        ("three days later", "anchored"),
        ("the century", "unresolved"),
    ],
)
def test_durations_and_unresolved_have_no_value(text, rule):
    norm = normalise(text, MON_2024_10_21, "past")
    assert norm.value is None
    assert norm.rule == rule


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("last Friday", "weekday_past"),
        ("Friday", "weekday_past"),
        ("Oct. 10", "month_day"),
        ("February 2022", "explicit_month"),
        ("Oct. 21, 2024", "explicit_date"),
        ("two weeks ago", "relative_offset"),
        ("this week", "relative_unit"),
        ("early October", "month+part"),
    ],
)
def test_rule_is_named(text, rule):
    assert normalise(text, MON_2024_10_21, "past").rule == rule


def test_future_weekday_rule_name():
    assert normalise("Friday", MON_2024_10_21, "future").rule == "weekday_future"


@pytest.mark.parametrize(
    ("text", "cleaned"),
    [
        ("Oct. 10", "oct 10"),
        ("5:35 a.m.", "5:35 am"),
        ("mid-2023", "mid 2023"),
        ("third-quarter", "third quarter"),
        ("2024-10-10", "2024-10-10"),
        ("Monday, Oct. 26", "monday oct 26"),
        ("March eighth", "march 8"),
        ("July twenty-first", "july 21"),
        ("the second quarter", "the second quarter"),
    ],
)
def test_clean(text, cleaned):
    assert clean(text) == cleaned


# Parts of the day keep the ISO date as value; grain "part" names the part (TimeML's TMO/TAF/TEV/TNI).
@pytest.mark.parametrize(
    ("text", "tense", "value", "part"),
    [
        ("this morning", None, "2024-10-21", "morning"),
        ("tonight", None, "2024-10-21", "night"),
        ("overnight", None, "2024-10-20", "night"),
        ("yesterday afternoon", None, "2024-10-20", "afternoon"),
        ("mid-afternoon yesterday", None, "2024-10-20", "afternoon"),
        ("Tuesday afternoon", "future", "2024-10-22", "afternoon"),
        ("Friday evening", "past", "2024-10-18", "evening"),
        ("early Friday morning", "past", "2024-10-18", "morning"),
        ("Sunday at dawn", "past", "2024-10-20", "morning"),
    ],
)
def test_part_of_day(text, tense, value, part):
    norm = normalise(text, MON_2024_10_21, tense)
    assert (norm.value, norm.grain, norm.part) == (value, "part", part), norm.rule


@pytest.mark.parametrize(
    ("text", "value", "grain"),
    [
        ("9 p.m. Friday", "2024-10-18T21:00", "time"),  # a clock time is more precise than a part of day
        ("midnight Friday", "2024-10-18T24:00", "time"),  # ISO 8601's end of the day
        ("Friday", "2024-10-18", "day"),
    ],
)
def test_clock_wins_over_part_of_day(text, value, grain):
    norm = normalise(text, MON_2024_10_21, "past")
    assert (norm.value, norm.grain) == (value, grain)


@pytest.mark.parametrize(
    ("text", "ref", "tense", "value", "grain"),
    [
        ("Election Day", date(1998, 10, 26), None, "1998-11-03", "day"),  # Tuesday after the first Monday
        ("Election Day", date(2024, 10, 21), None, "2024-11-05", "day"),
        ("Thanksgiving", date(1998, 10, 26), None, "1998-11-26", "day"),  # fourth Thursday of November
        ("Thanksgiving", date(1998, 10, 26), "past", "1997-11-27", "day"),
        ("last Christmas", MON_2024_10_21, None, "2023-12-25", "day"),
        ("Christmas", MON_2024_10_21, "future", "2024-12-25", "day"),
        ("New Year's Eve", MON_2024_10_21, None, "2024-12-31", "day"),
        ("Memorial Day 1999", None, None, "1999-05-31", "day"),  # last Monday of May
        ("Labor Day", date(1998, 10, 26), "past", "1998-09-07", "day"),
        ("Easter", date(2000, 3, 1), None, "2000-04-23", "day"),
        ("Good Friday", date(2024, 3, 1), None, "2024-03-29", "day"),
        ("Easter week", date(2000, 4, 17), "past", "2000-W16", "week"),  # the week the story is in
        ("Palm Sunday", date(2025, 3, 1), None, "2025-04-13", "day"),  # not a plain Sunday
    ],
)
def test_holidays(text, ref, tense, value, grain):
    norm = normalise(text, ref, tense)
    assert (norm.value, norm.grain, norm.rule) == (value, grain, "holiday")


@pytest.mark.parametrize(
    ("text", "value"),
    [("the 20th century", "19"), ("the 11th century", "10"), ("the nineteenth century", "18"),
     ("twenty-first-century", "20")],
)
def test_centuries(text, value):
    norm = normalise(text, None, None)
    assert (norm.value, norm.grain, norm.rule) == (value, None, "century")


@pytest.mark.parametrize(
    ("text", "ref", "value"),
    [
        ("the quarter ended July 31", date(1989, 10, 30), "1989-Q2"),  # May-July: mostly Q2
        ("the quarter ended Aug. 26", date(1989, 10, 30), "1989-Q3"),
        ("the quarter ended Dec. 31", date(1990, 2, 1), "1989-Q4"),
        ("next year's first quarter", date(1989, 10, 31), "1990-Q1"),
        ("this year's fourth quarter", date(1989, 10, 31), "1989-Q4"),
        ("last year's third quarter", date(1989, 10, 31), "1988-Q3"),
    ],
)
def test_quarters(text, ref, value):
    assert normalise(text, ref, None).value == value


def test_ordinal_day_words():
    assert normalise("this coming Sunday, March eighth", date(1998, 3, 5), None).value == "1998-03-08"


@pytest.mark.parametrize(
    ("text", "ref", "value", "grain"),
    [
        # a count of days from a date the expression names itself
        ("the day before last Tuesday", MON_2024_10_21, "2024-10-14", "day"),
        ("two days after Oct. 3", MON_2024_10_21, "2024-10-05", "day"),
        ("a week before Christmas", MON_2024_10_21, "2023-12-18", "day"),
        ("three months after March 31, 2020", None, "2020-06-30", "day"),
        # a stretch of a period is stated by the period
        ("the first nine months of the year", MON_2024_10_21, "2024", "year"),
        ("the first six months of 2023", None, "2023", "year"),
        # the last fiscal or calendar year completed
        ("the latest fiscal year", MON_2024_10_21, "2023", "year"),
        ("the previous calendar year", MON_2024_10_21, "2023", "year"),
        # vague offsets: the smallest unit that holds the whole span the words allow
        ("a few years ago", date(1998, 2, 12), "199", "decade"),
        ("several years ago", date(2019, 6, 1), "201", "decade"),
        ("a few weeks ago", date(2024, 10, 30), "2024", "year"),
        ("a few days ago", MON_2024_10_21, "2024-10", "month"),
    ],
)
def test_counted_and_stretched_expressions(text, ref, value, grain):
    norm = normalise(text, ref, "past")
    assert (norm.value, norm.grain) == (value, grain), norm.rule


def test_counted_from_an_event_is_left_for_anchoring():
    norm = normalise("a week before the vote", MON_2024_10_21, "past")
    assert norm.value is None and norm.rule == "anchored"


def test_vague_offset_across_decades_has_no_value():
    # 2 to 5 years before 2002 runs from 1997 to 2000: no one decade holds it
    norm = normalise("a few years ago", date(2002, 3, 1), "past")
    assert norm.value is None and norm.rule == "relative_vague"


@pytest.mark.parametrize(
    ("ref", "tense", "value"),
    [
        (MON_2024_10_21, None, "2024-W42-WE"),  # on a Monday: the weekend just gone
        (date(2024, 10, 24), None, "2024-W43-WE"),  # on a Thursday: the coming one
        (date(2024, 10, 24), "past", "2024-W42-WE"),
        (MON_2024_10_21, "future", "2024-W43-WE"),
    ],
)
def test_bare_weekend_is_the_nearer_one(ref, tense, value):
    assert normalise("the weekend", ref, tense).value == value
