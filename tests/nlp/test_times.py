"""The times component on parsed text: detection, tense from the clause, clause attachment."""

from __future__ import annotations

from datetime import date

import pytest

from sitroom.nlp.pipeline import parse_document
from sitroom.nlp.times.component import time_for_token, times_in

pytestmark = pytest.mark.model

REFERENCE_TIMES = [
    ("Monday", "2024-10-21", "day"),
    ("last Friday", "2024-10-18", "day"),
    ("Oct. 10", "2024-10-10", "day"),
    ("Sunday", "2024-10-20", "day"),
    ("Saturday", "2024-10-19", "day"),
    ("June 19", "2024-06-19", "day"),
    ("February 2022", "2022-02", "month"),
    ("early October", "2024-10", "part"),
]


@pytest.mark.parametrize(("text", "value", "grain"), REFERENCE_TIMES)
def test_reference_article_times(reference_analysis, text, value, grain):
    hits = [t for t in reference_analysis.times if t.text == text]
    assert hits, f"{text!r} not detected"
    assert all(t.value == value and t.grain == grain for t in hits), hits


def test_reference_article_part_and_unresolved(reference_analysis):
    early = next(t for t in reference_analysis.times if t.text == "early October")
    assert early.part == "early"
    body = reference_analysis.document.text
    for t in reference_analysis.times:
        assert body[t.start:t.end] == t.text
        assert not t.text.lower().startswith(("on ", "in ", "at "))
    before = [t for t in reference_analysis.times if "day before" in t.text]
    assert before and before[0].value is None
    past_year = [t for t in reference_analysis.times if t.text == "the past year"]
    assert past_year and past_year[0].value is None and past_year[0].rule == "duration"


def _times(analyze_text, text: str, ref: str | None = "2024-10-21") -> dict[str, str | None]:
    return {t.text: t.value for t in analyze_text(text, ref=ref).times}


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("The ministers met on Friday in Brussels.", "Friday", "2024-10-18"),
        ("The ministers will meet on Friday in Brussels.", "Friday", "2024-10-25"),
        ("The two leaders are to meet on Thursday, officials said.", "Thursday", "2024-10-24"),
        ("The president plans to visit Seoul on Tuesday.", "Tuesday", "2024-10-22"),
        ("The talks were postponed until Wednesday.", "Wednesday", "2024-10-23"),
        ("Police said on Sunday that two people had died.", "Sunday", "2024-10-20"),
        ("The army said it would withdraw by Nov. 15.", "Nov. 15", "2024-11-15"),
        ("The treaty was signed on June 19 in Pyongyang.", "June 19", "2024-06-19"),
        ("Officials said the vote will take place in March.", "March", "2025-03"),
        ("The election was held in March.", "March", "2024-03"),
        ("The strike began two weeks ago.", "two weeks ago", "2024-W41"),
        ("Fighting resumed yesterday near the border.", "yesterday", "2024-10-20"),
        ("The envoy arrived in the capital this week.", "this week", "2024-W43"),
        ("Exports fell in the third quarter.", "the third quarter", "2024-Q3"),
        ("Russia invaded Ukraine in February 2022.", "February 2022", "2022-02"),
        ("The rebels took the town in late 2023.", "late 2023", "2023"),
        # a simple-present verb with a weekday is on the calendar ahead ...
        ("The two foreign ministers meet in Geneva on Thursday.", "Thursday", "2024-10-24"),
        # ... but not a verb of saying, nor a past form the tagger calls present
        ("Officials say Thursday that the talks failed.", "Thursday", "2024-10-17"),
        ("Heavy shelling hurt the grain trade on Thursday.", "Thursday", "2024-10-17"),
        # an infinitive subject takes the main verb's tense
        ("Among the first to sign the accord on Friday were Chad and Niger.", "Friday", "2024-10-18"),
        # a period reported as ended closed before the reference date
        ("Exports rose in the quarter ended Oct. 31, the bank said.", "Oct. 31", "2023-10-31"),
    ],
)
def test_sentence_values(analyze_text, sentence, expression, value):
    found = _times(analyze_text, sentence)
    assert found.get(expression) == value, found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("After the fall of Kabul in August 2021, thousands fled.", {"August 2021": "2021-08"}),
        ("They live on the 15th floor of the tower.", {}),
        ("The two sides met again on the 15th.", {"the 15th": "2024-10-15"}),
        ("The ceasefire took effect at midnight on Sunday.", {"midnight on Sunday": "2024-10-20T24:00"}),
        ("The deadline passed at noon.", {"noon": "2024-10-21T12:00"}),
        ("Voters go to the polls on Election Day.", {"Election Day": "2024-11-05"}),
        ("Monuments of the 20th century were restored.", {"the 20th century": "19"}),
        ("The offer had been due to expire Friday evening.", {"Friday evening": "2024-10-18"}),
        ("Growth could return as early as next year's first quarter.", {"next year's first quarter": "2025-Q1"}),
        ("The minister resigned on Friday, two days after the scandal broke.",
         {"Friday": "2024-10-18", "two days after": "2024-10-16"}),  # counted from Friday
    ],
)
def test_detection_edges(analyze_text, sentence, expected):
    assert _times(analyze_text, sentence) == expected


def test_ranges_keep_their_ends_apart(analyze_text):
    found = _times(analyze_text, "The group bought shares from Aug. 26 to Oct. 20 for $23 each.")
    assert found == {"Aug. 26": "2024-08-26", "Oct. 20": "2024-10-20"}


def test_january_article_mentioning_december(analyze_text):
    assert _times(analyze_text, "Prices rose sharply in December, the ministry said.", ref="2025-01-10") == {
        "December": "2024-12"}


def test_durations_are_kept_without_value(analyze_text):
    times = analyze_text("The siege lasted three years and ended after 24 hours of talks.").times
    by_text = {t.text: t for t in times}
    assert by_text["three years"].value is None and by_text["three years"].rule == "duration"
    assert by_text["24 hours"].value is None


def test_anchored_on_previous_date(analyze_text):
    found = _times(analyze_text, "Peskov spoke on Oct. 10. The next day, the ministry issued a statement.")
    assert found == {"Oct. 10": "2024-10-10", "The next day": "2024-10-11"}


def test_no_reference_date_keeps_spans(nlp):
    doc = parse_document(nlp, "The envoy was summoned on Monday and left on Oct. 10.", None)
    assert [(t.text, t.value) for t in doc._.times] == [("Monday", None), ("Oct. 10", None)]


def test_ages_and_plain_numbers_are_not_times(analyze_text):
    found = _times(analyze_text, "The 44-year-old soldier said 52 of the 1,500 troops had left.")
    assert found == {}


def _token(doc, word: str):
    return next(t for t in doc if t.text == word)


def test_time_for_token_statement_date(nlp):
    text = "South Korea's spy agency said last Friday that North Korea had sent 1,500 troops to Russia."
    doc = parse_document(nlp, text, date(2024, 10, 21))
    said = time_for_token(doc, _token(doc, "said"))
    assert said is not None and said.text == "last Friday" and said.value == "2024-10-18"
    assert time_for_token(doc, _token(doc, "sent")) is None


def test_time_for_token_prepositional_phrase(nlp):
    doc = parse_document(nlp, "Peskov on Oct. 10 dismissed speculation of troops going to Ukraine.",
                         date(2024, 10, 21))
    dismissed = time_for_token(doc, _token(doc, "dismissed"))
    assert dismissed is not None and dismissed.value == "2024-10-10"
    assert time_for_token(doc, _token(doc, "going")) is None


def test_time_for_token_nested_clause_keeps_its_own_time(nlp):
    text = "Zelenskyy said on Sunday that Russia had invaded Ukraine in February 2022."
    doc = parse_document(nlp, text, date(2024, 10, 21))
    assert time_for_token(doc, _token(doc, "said")).value == "2024-10-20"  # type: ignore[union-attr]
    assert time_for_token(doc, _token(doc, "invaded")).value == "2022-02"  # type: ignore[union-attr]


def test_times_in(nlp):
    text = "Talks began on Monday. They ended on Friday."
    doc = parse_document(nlp, text, date(2024, 10, 21))
    first = text.index(".") + 1
    assert [t.text for t in times_in(doc, 0, first)] == ["Monday"]
    assert [t.text for t in times_in(doc, first, len(text))] == ["Friday"]


def test_day_of_month_in_words(analyze_text):
    found = _times(analyze_text, "The women's march will be held on March eighth.", ref="1998-03-05")
    assert found == {"March eighth": "1998-03-08"}


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("Ships near Christmas Island sailed on Christmas Day.", ["Christmas Day"]),
        ("They met before Easter week and after New Year\u2019s Eve.", ["Easter week", "New Year\u2019s Eve"]),
        ("Memorial Day 1999 fell on a Monday.", ["Memorial Day 1999", "Monday"]),
        ("A 21st-century army from the late nineteenth century.", ["21st-century", "the late nineteenth century"]),
        ("The vote is on July twenty-first.", ["July twenty-first"]),
        ("Sales in the corresponding period last year and the latest period rose.",
         ["the corresponding period last year", "the latest period"]),
        ("Profit was lower in the 1988 period.", ["the 1988 period"]),
    ],
)
def test_pattern_spans(text, spans):
    from sitroom.nlp.times.patterns import pattern_spans

    assert [text[a:b] for a, b in pattern_spans(text)] == spans


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The summit will be held in Vilnius on July 11 and 12.", {"July 11": "2025-07-11", "12": "2025-07-12"}),
        ("It is the third day of the strike at the port.", {"the third day": "2024-10-21"}),
        ("The bonds will be repaid in five years, the ministry said.", {"five years": "2029"}),
        ("The talks collapsed in five years of fighting.", {"five years": None}),
        ("The day before last Friday's vote, the minister resigned.", {"The day before last Friday's": "2024-10-17"}),
    ],
)
def test_days_counted_from_context(analyze_text, sentence, expected):
    assert _times(analyze_text, sentence) == expected
