"""The own date of an event mention: which time in the text belongs to the event's clause.

Every sentence here is written for this file; each test names the mechanism it checks.
"""

from __future__ import annotations

import pytest

from tests.conftest import events_of_type

pytestmark = pytest.mark.model


def _times(analysis) -> dict[str, str | None]:
    return {t.id: t.value for t in analysis.times}


def _dates(analysis, kind: str) -> list[str | None]:
    values = _times(analysis)
    return [values.get(e.date or "") for e in events_of_type(analysis, kind)]


def test_clause_on_a_time_takes_that_time(analyze_text):
    a = analyze_text("Relations have been frozen since 2019, when troops attacked a border post.", ref="2024-10-21")
    assert _dates(a, "ASSAULT") == ["2019"]


def test_nominal_in_a_clause_on_a_time(analyze_text):
    a = analyze_text("The town has been deserted since March, when an air strike destroyed the market.",
                     ref="2024-10-21")
    # the strike and the destruction of property it caused (CAMEO 1712, ASSAULT in the 2021 mapping)
    assert _dates(a, "ASSAULT") == ["2024-03", "2024-03"]


def test_demand_is_dated_by_the_statement_that_makes_it(analyze_text):
    a = analyze_text("The government must release all detained journalists, the union said on Tuesday.",
                     ref="2024-10-21")
    assert _dates(a, "REQUEST") == ["2024-10-15"]


def test_reported_event_keeps_no_date_of_the_statement(analyze_text):
    a = analyze_text("Rebels shelled the airport, the ministry said on Tuesday.", ref="2024-10-21")
    assert _dates(a, "ASSAULT") == [None]


def test_nominal_subject_takes_the_time_of_its_verb(analyze_text):
    a = analyze_text("Street protests against the new tax turned violent in the capital on Friday.", ref="2024-10-21")
    assert _dates(a, "PROTEST") == ["2024-10-18"]


def test_time_of_an_infinitive_does_not_date_the_commitment(analyze_text):
    a = analyze_text("The two sides agreed to resume talks in Geneva next month.", ref="2024-10-21")
    assert _dates(a, "AGREE") == [None]


def test_clause_a_span_of_time_away_does_not_share_the_date(analyze_text):
    a = analyze_text("Artillery shelled the town on Tuesday, a day after the army ordered residents to leave.",
                     ref="2024-10-21")
    assert _dates(a, "ASSAULT") == ["2024-10-15"]
    assert _dates(a, "COERCE") == ["2024-10-14"]  # counted back from Tuesday, not Tuesday itself


def test_earlier_in_the_day_is_one_time_that_dates_the_event(analyze_text):
    a = analyze_text("Talks opened in Vienna on Thursday. The envoys spoke in a telephone conversation earlier "
                     "in the day.", ref="2024-10-25")
    assert ("earlier in the day", "2024-10-24") in {(t.text, t.value) for t in a.times}
    assert _dates(a, "CONSULT") == ["2024-10-24", "2024-10-24"]


def test_earlier_in_the_day_after_a_month_is_the_story_day(analyze_text):
    a = analyze_text("The coalition pledged on Friday to pass the budget at the end of the month.\n\n"
                     "The new finance minister, sworn in earlier in the day, met the central bank governor.",
                     ref="2024-10-25")
    assert ("earlier in the day", "2024-10-25") in {(t.text, t.value) for t in a.times}


def test_time_the_parser_hangs_on_a_gapped_conjunct_still_dates_the_clause(analyze_text):
    a = analyze_text("Five soldiers were killed and several others injured on Monday night in a roadside bombing.",
                     ref="2024-10-25")
    assert "2024-10-21" in _dates(a, "ASSAULT")


@pytest.mark.parametrize("text", [
    "The survey, to be released in the newspaper Friday, shows the ruling party ahead.",
    "The minister gave an interview to a weekly magazine to be published Friday.",
])
def test_weekday_of_an_infinitive_on_a_noun_lies_ahead(analyze_text, text):
    a = analyze_text(text, ref="2024-10-23")  # a Wednesday
    assert ("Friday", "2024-10-25") in {(t.text, t.value) for t in a.times}


def test_time_written_before_another_noun_dates_that_noun(analyze_text):
    a = analyze_text("Students made calls for a boycott of the May 29 election.", ref="2023-04-03")
    assert _dates(a, "REQUEST") == [None]


@pytest.mark.parametrize(("text", "value"), [
    ("Two men were killed by rubber bullets in Tuesday's unrest.", "2023-04-04"),  # the setting it happened in
    ("The March 4 clashes killed two men.", "2023-03-04"),                          # the verb's own subject
])
def test_time_before_a_setting_or_subject_still_dates_the_verb(analyze_text, text, value):
    a = analyze_text(text, ref="2023-04-10")
    assert _dates(a, "ASSAULT")[0] == value
