"""Anchored times resolve on the story's latest resolved time, not on the reference date."""

from __future__ import annotations

from datetime import date

import pytest

from sitroom.nlp.times.anchor import anchor_times
from sitroom.records import Time

REF = date(2024, 10, 21)


def _time(i: int, text: str, value: str | None, grain: str | None, rule: str, start: int = 0) -> Time:
    end = start + len(text)
    return Time(id=f"t{i}", text=text, value=value, grain=grain, start=start, end=end, rule=rule)


@pytest.mark.parametrize(
    ("focus", "text", "expected"),
    [
        (("Oct. 10", "2024-10-10", "day"), "the next day", "2024-10-11"),
        (("Oct. 10", "2024-10-10", "day"), "the day before", "2024-10-09"),
        (("Oct. 10", "2024-10-10", "day"), "that day", "2024-10-10"),
        (("Oct. 10", "2024-10-10", "day"), "three days later", "2024-10-13"),
        (("Oct. 10", "2024-10-10", "day"), "two weeks earlier", "2024-W39"),
        (("June 1998", "1998-06", "month"), "later that year", "1998"),
        (("June 1998", "1998-06", "month"), "the following month", "1998-07"),
        (("the third quarter", "1989-Q3", "part"), "the quarter", "1989-Q3"),
        (("the third quarter", "1989-Q3", "part"), "a year earlier", "1988-Q3"),
        (("the third quarter", "1989-Q3", "part"), "the year-earlier period", "1988-Q3"),
        (("the third quarter", "1989-Q3", "part"), "the 1988 quarter", "1988-Q3"),
    ],
)
def test_anchored_on_focus(focus, text, expected):
    first = _time(1, focus[0], focus[1], focus[2], "month_day")
    from sitroom.nlp.times.normalise import normalise

    norm = normalise(text, REF, "past")
    second = _time(2, text, norm.value, norm.grain, norm.rule, start=100)
    out = anchor_times([first, second], REF)
    assert out[1].value == expected
    assert out[1].rule == "anchored:t1"
    assert out[0] == first


def test_year_ago_without_quarter_stays_relative_to_reference():
    t = _time(1, "a year ago", "2023", "year", "relative_offset")
    assert anchor_times([t], REF)[0].value == "2023"


def test_nothing_to_anchor_on_keeps_null():
    t = _time(1, "the next day", None, None, "anchored")
    out = anchor_times([t], REF)
    assert out[0].value is None and out[0].rule == "anchored"


def test_anchored_results_do_not_become_the_focus():
    times = [
        _time(1, "the third quarter", "1989-Q3", "part", "quarter"),
        _time(2, "a year earlier", None, None, "anchored", 50),
        _time(3, "a year earlier", None, None, "anchored", 90),
    ]
    out = anchor_times(times, date(1989, 10, 26))
    assert [t.value for t in out] == ["1989-Q3", "1988-Q3", "1988-Q3"]


def test_latest_quarter_without_focus_is_last_ended_quarter():
    t = _time(1, "the latest quarter", None, None, "unresolved")
    assert anchor_times([t], date(1989, 10, 26))[0].value == "1989-Q3"


def test_period_closed_by_following_date():
    text = "For the quarter ended Sept. 30, profit rose."
    quarter = _time(1, "the quarter", None, None, "unresolved", start=4)
    day = _time(2, "Sept. 30", "1989-09-30", "day", "month_day", start=text.index("Sept."))
    out = anchor_times([quarter, day], date(1989, 10, 26), text)
    assert out[0].value == "1989-Q3"
    assert out[1].value == "1989-09-30"


@pytest.mark.parametrize(("gap", "expected"), [(40, "2024-10-15T22:00"), (900, "2024-10-21T22:00")])
def test_bare_clock_time_takes_the_day_just_named(gap, expected):
    day = _time(1, "Tuesday", "2024-10-15", "day", "weekday_past")
    clock = _time(2, "10 p.m.", "2024-10-21T22:00", "time", "clock", start=day.end + gap)
    assert anchor_times([day, clock], REF)[1].value == expected


def test_reporting_quarter_is_the_first_named_not_an_aside_or_a_forecast():
    ref = date(1989, 10, 26)
    times = [
        _time(1, "third-quarter", "1989-Q3", "part", "quarter"),
        _time(2, "the third quarter of 1990", "1990-Q3", "part", "quarter", 30),  # a forecast
        _time(3, "a flat second quarter", "1989-Q2", "part", "quarter", 70),  # an aside
        _time(4, "the year-earlier period", None, None, "unresolved", 110),
    ]
    assert anchor_times(times, ref)[3].value == "1988-Q3"


def test_recent_quarter_takes_over_from_a_historical_one():
    times = [
        _time(1, "the third quarter of 1984", "1984-Q3", "part", "quarter"),
        _time(2, "third-quarter", "1989-Q3", "part", "quarter", 40),
        _time(3, "a year ago", "1988", "year", "relative_offset", 80),
    ]
    assert anchor_times(times, date(1989, 10, 27))[2].value == "1988-Q3"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the current quarter", "1989-Q4"),  # the reference date's quarter, not the one reported
        ("the latest quarter", "1989-Q3"),
        ("the corresponding period last year", "1988-Q3"),
        ("the 1988 period", "1988-Q3"),
    ],
)
def test_quarter_words_in_earnings_story(text, expected):
    from sitroom.nlp.times.normalise import normalise

    ref = date(1989, 10, 26)
    norm = normalise(text, ref, "past")
    times = [_time(1, "third-quarter", "1989-Q3", "part", "quarter"),
             _time(2, text, norm.value, norm.grain, norm.rule, 50)]
    assert anchor_times(times, ref)[1].value == expected


def test_year_period_after_nine_months_is_the_year():
    times = [
        _time(1, "third-quarter", "1989-Q3", "part", "quarter"),
        _time(2, "the first nine months", None, None, "unresolved", 40),
        _time(3, "the 1988 period", "1988", "year", "explicit_year", 80),
    ]
    assert anchor_times(times, date(1989, 11, 2))[2].value == "1988"


@pytest.mark.parametrize(("text", "part"), [("the morning", "morning"), ("that night", "night")])
def test_part_of_day_anchored_on_the_day_talked_about(text, part):
    times = [_time(1, "Friday", "1989-10-27", "day", "weekday_past"),
             _time(2, text, None, None, "unresolved", 40)]
    out = anchor_times(times, date(1989, 10, 30))[1]
    assert (out.value, out.grain, out.part) == ("1989-10-27", "part", part)


def test_nine_months_comparison_is_the_year_before():
    """After "for the nine months" the comparison is the same months of last year: the year, not Q3."""
    times = [
        _time(1, "third-quarter", "1989-Q3", "part", "quarter"),
        _time(2, "a year earlier", None, None, "anchored", 40),
        _time(3, "the nine months", None, None, "duration", 80),
        _time(4, "a year earlier", None, None, "anchored", 120),
        _time(5, "the latest quarter", None, None, "unresolved", 160),
        _time(6, "a year earlier", None, None, "anchored", 200),
    ]
    out = anchor_times(times, date(1989, 10, 26))
    assert [t.value for t in out[1:]] == ["1988-Q3", None, "1988", "1989-Q3", "1988-Q3"]


def test_several_months_is_not_a_reporting_period():
    times = [_time(1, "third-quarter", "1989-Q3", "part", "quarter"),
             _time(2, "several months", None, None, "duration", 40),
             _time(3, "a year ago", None, None, "anchored", 80)]
    assert anchor_times(times, date(1989, 10, 26))[2].value == "1988-Q3"


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Net was $5 million, compared with a loss of $2 million last year.", "1988-Q3"),
        ("Net rose 10% from last year's $4 million.", "1988-Q3"),
        ("Last year the company opened two plants.", "1988"),  # not a comparison
    ],
)
def test_last_year_as_earnings_comparison(sentence, value):
    text = "Third-quarter profit rose. " + sentence
    start = text.lower().index("last year")
    times = [_time(1, "Third-quarter", "1989-Q3", "part", "quarter"),
             _time(2, text[start:start + 9], "1988", "year", "relative_unit", start)]
    assert anchor_times(times, date(1989, 10, 26), text)[1].value == value


def test_previous_weekday_counts_from_the_weekday_named():
    times = [_time(1, "Friday", "2024-10-18", "day", "weekday_past"),
             _time(2, "Monday", "2024-10-21", "day", "weekday_past", 30),
             _time(3, "the previous Friday", "2024-10-18", "day", "weekday_past", 60),
             _time(4, "the following Tuesday", "2024-10-22", "day", "weekday_future", 100)]
    out = anchor_times(times, REF)
    assert out[2].value == "2024-10-11" and out[2].rule == "anchored:t1"
    assert out[3].value == "2024-10-22"  # the Tuesday after Monday, the day last talked about


def test_overnight_is_the_night_before_the_day_the_story_is_on():
    times = [_time(1, "Friday", "2024-10-18", "day", "weekday_past"),
             _time(2, "overnight", "2024-10-20", "part", "relative_day", 40)]
    assert anchor_times(times, REF)[1].value == "2024-10-17"
    today = [_time(1, "Monday", "2024-10-21", "day", "weekday_past"),
             _time(2, "overnight", "2024-10-20", "part", "relative_day", 40)]
    assert anchor_times(today, REF)[1].value == "2024-10-20"


def test_day_in_apposition_restates_the_date():
    text = "Shares fell after Oct. 12, the day before the vote, and again later."
    date_t = _time(1, "Oct. 12", "2024-10-12", "day", "month_day", text.index("Oct."))
    day = _time(2, "the day", None, None, "unresolved", text.index("the day"))
    assert anchor_times([date_t, day], REF, text)[1].value == "2024-10-12"
