"""The focused date parser and the wire dateline reader, shape by shape."""

from __future__ import annotations

import warnings

import pytest

from sitroom.ingest.dateline import parse_dateline
from sitroom.ingest.dates import find_dates, parse_when
from sitroom.ingest.text import document_from_text


@pytest.mark.parametrize("text, month, day, year, weekday", [
    ("April 1 , 1997", 4, 1, 1997, None),
    ("APRIL 7 , 1997", 4, 7, 1997, None),
    ("Nov.3", 11, 3, None, None),
    ("Sept. 21, 2023", 9, 21, 2023, None),
    ("12th of November 2024", 11, 12, 2024, None),
    ("Tue 12 Nov 2024", 11, 12, 2024, 1),
    ("Wednesday, March 5", 3, 5, None, 2),
    ("2024-11-12", 11, 12, 2024, None),
    ("13/11/2024", 11, 13, 2024, None),
    ("11/13/2024", 11, 13, 2024, None),
])
def test_date_shapes(text, month, day, year, weekday):
    (found,) = find_dates(f"x {text} y")
    assert (found.month, found.day, found.year, found.weekday) == (month, day, year, weekday)
    assert found.text == text


@pytest.mark.parametrize("text", ["12/11/2024", "March 2024", "in May there", "the 2008 Olympics"])
def test_no_date_where_the_day_is_missing_or_ambiguous(text):
    assert find_dates(text) == []


@pytest.mark.parametrize("stamp, iso", [
    ("3:04 PM EST, Tue November 12, 2024", "2024-11-12T15:04:00-05:00"),
    ("12:41 GMT, 12 November 2024", "2024-11-12T12:41:00+00:00"),
    ("2024-11-12T10:45:00+03:00", "2024-11-12T10:45:00+03:00"),
    ("12 November 2024", "2024-11-12T00:00:00"),
])
def test_stamps_with_time_and_zone(stamp, iso):
    parsed = parse_when(stamp)
    assert parsed is not None and parsed.isoformat() == iso


def test_a_stamp_needs_a_year():
    assert parse_when("March 3, 10:15 GMT") is None
    assert parse_when("3 hours ago") is None


@pytest.mark.parametrize("text, place, outlet, date_text", [
    ("KUALA LUMPUR, April 1 , 1997 (AFP) -- Malaysian shares fell.", "KUALA LUMPUR", "AFP", "April 1 , 1997"),
    ("NEW YORK, Dec 12 , 2005, 2005 -- Stocks rose.", "NEW YORK", None, "Dec 12 , 2005"),
    ("SEOUL. April 11 , 1997 (AFP) -- Talks began.", "SEOUL", "AFP", "April 11 , 1997"),
    ("HARBIN, Nov. 22 , 2005, (xinhua) -- Snow fell.", "HARBIN", "xinhua", "Nov. 22 , 2005"),
    ("KIPUSHI, Zaire-Zambia border, April 14 , 1997 (AFP) -- Rebels", "KIPUSHI, Zaire-Zambia border", "AFP",
     "April 14 , 1997"),
    ("Dec 13 , 2005 -- Talks ended.", None, None, "Dec 13 , 2005"),
    ("PORTLAND, Maine (AP) — Rain fell.", "PORTLAND, Maine", "AP", None),
    ("GENEVA - Negotiators met.", "GENEVA", None, None),
])
def test_lead_datelines(text, place, outlet, date_text):
    found = parse_dateline(text, lead=True)
    assert found is not None
    assert (found.place, found.outlet) == (place, outlet)
    assert (found.date.text if found.date else None) == date_text
    if found.date:
        assert text[found.date.start: found.date.end] == date_text


@pytest.mark.parametrize("text", [
    "Fighting resumed - the monitors said.",
    "The ceasefire held - for now.",
    "Nwankwo Kanu (Portsmouth) - 7 goals",
])
def test_sentences_with_a_dash_are_no_datelines(text):
    assert parse_dateline(text, lead=True) is None


def test_own_line_dateline_needs_a_date_or_wire_capitals():
    assert parse_dateline("Nwankwo Kanu (Portsmouth)", lead=False) is None
    found = parse_dateline("CHITTAGONG, Bangladesh, May 17, 2023 (AFP)", lead=False)
    assert found is not None and found.place == "CHITTAGONG, Bangladesh"


def test_year_less_date_line_is_a_published_date_with_an_inferred_year():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        doc = document_from_text("Floods hit towns\nTuesday, March 4\n\nFloods hit towns on Tuesday.\n",
                                 fallback_date="2025-03-20")
    assert (doc.reference_date, doc.reference_date_source) == ("2025-03-04", "published")
    assert doc.date_evidence is not None and doc.date_evidence.year == "user"
