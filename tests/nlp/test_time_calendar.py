"""Table tests of the calendar arithmetic behind year-less dates, weekdays, seasons and decades."""

from __future__ import annotations

from datetime import date

import pytest

from sitroom.nlp.times import calendar as cal

MON = date(2024, 10, 21)


@pytest.mark.parametrize(
    ("weekday", "ref", "direction", "tense", "expected"),
    [
        (0, MON, None, "past", date(2024, 10, 21)),      # Monday on a Monday: today
        (0, MON, "past", None, date(2024, 10, 14)),      # last Monday: a week back
        (0, MON, "future", None, date(2024, 10, 28)),    # next Monday
        (4, MON, None, None, date(2024, 10, 18)),        # Friday: the past one
        (4, MON, None, "future", date(2024, 10, 25)),    # will … on Friday
        (6, MON, "current", "past", date(2024, 10, 20)),
        (6, MON, "current", "future", date(2024, 10, 27)),
        (2, date(2025, 1, 1), None, "past", date(2025, 1, 1)),
        (3, date(2025, 1, 1), None, "past", date(2024, 12, 26)),  # across the year boundary
    ],
)
def test_weekday_date(weekday, ref, direction, tense, expected):
    assert cal.weekday_date(weekday, ref, direction, tense) == expected


@pytest.mark.parametrize(
    ("month", "ref", "tense", "year"),
    [
        (12, date(2025, 1, 10), "past", 2024),   # a January article mentioning December
        (12, date(2025, 1, 10), None, 2024),
        (12, date(2025, 1, 10), "future", 2025),
        (2, date(2024, 11, 5), None, 2025),       # three months ahead beats nine back only x2
        (6, MON, "past", 2024),
        (6, MON, "future", 2025),
        (10, MON, "future", 2024),                # the current month is this year's
        (11, MON, "past", 2023),
    ],
)
def test_year_for_month(month, ref, tense, year):
    assert cal.year_for_month(month, ref, tense) == year


@pytest.mark.parametrize(
    ("month", "day", "ref", "tense", "year"),
    [
        (10, 10, MON, "past", 2024),
        (10, 25, MON, "past", 2024),     # four days ahead: a tense error, not next year's
        (1, 14, date(2000, 1, 15), "future", 2000),
        (12, 31, date(2025, 1, 2), None, 2024),
        (3, 1, MON, "future", 2025),
        (3, 1, MON, "past", 2024),
        (2, 29, date(2024, 10, 1), "past", 2024),
    ],
)
def test_year_for_day(month, day, ref, tense, year):
    assert cal.year_for_day(month, day, ref, tense) == year


def test_year_for_day_impossible_date():
    assert cal.year_for_day(2, 30, MON, None) is None


@pytest.mark.parametrize(
    ("quarter", "ref", "tense", "year"),
    [
        (3, date(1989, 10, 27), None, 1989),
        (4, date(1998, 1, 8), "past", 1997),
        (4, date(1998, 1, 8), "future", 1998),
        (1, date(1998, 1, 8), None, 1998),
    ],
)
def test_year_for_quarter(quarter, ref, tense, year):
    assert cal.year_for_quarter(quarter, ref, tense) == year


@pytest.mark.parametrize(
    ("season", "ref", "direction", "tense", "year"),
    [
        ("FA", MON, "past", None, 2023),       # last fall, said in the fall
        ("SU", MON, "past", None, 2024),       # last summer, said in October
        ("SU", MON, "current", None, 2024),
        ("SU", date(2024, 3, 1), "current", None, 2024),
        ("SU", MON, "future", None, 2025),
        ("WI", date(2025, 1, 15), "current", None, 2024),  # this winter started in December
        ("SP", MON, None, "future", 2025),
    ],
)
def test_season_year(season, ref, direction, tense, year):
    assert cal.season_year(season, ref, direction, tense) == year


@pytest.mark.parametrize(
    ("digits", "ref", "decade"),
    [(90, MON, "199"), (20, MON, "202"), (30, MON, "193"), (60, date(1998, 1, 1), "196")],
)
def test_decade_of(digits, ref, decade):
    assert cal.decade_of(digits, ref) == decade


def test_iso_week_and_month_helpers():
    assert cal.iso_week(date(2024, 12, 30)) == "2025-W01"
    assert cal.add_months(2024, 11, 3) == (2025, 2)
    assert cal.add_months(2024, 1, -1) == (2023, 12)
