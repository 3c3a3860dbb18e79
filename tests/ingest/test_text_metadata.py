"""Header and trailer recognition on the reference article and on other copy styles."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from sitroom.ingest.metadata import parse_stamp, split_header
from sitroom.ingest.text import document_from_text
from tests.conftest import REFERENCE


@pytest.fixture(scope="module")
def ref_doc():
    return document_from_text(REFERENCE.read_text(encoding="utf-8"))


def test_reference_header(ref_doc):
    assert ref_doc.title == "South Korea summons Russian envoy to urge it to stop North Korean Ukraine involvement"
    assert ref_doc.subtitle == ("The comments come after Seoul demanded the immediate withdrawal of North Korean "
                                "troops from Russia")
    assert ref_doc.dateline == "Taipei, Taiwan"
    assert ref_doc.updated is not None
    assert ref_doc.updated.isoformat() == "2024-10-21T05:35:00-04:00"
    assert ref_doc.editor == "Mike Firn"
    assert len(ref_doc.update_notes) == 1
    assert ref_doc.update_notes[0].startswith("Updated to include information about South Korea summoning")
    assert ref_doc.reference_date == "2024-10-21"
    assert ref_doc.reference_date_source == "updated"


@pytest.mark.parametrize("absent", [
    "RELATED STORIES", "Opens in new window", "Edited by", "Updated to include",
    "Russia forming North Korean battalion amid soldier shortage",
    "North Korea sending troops to aid Russia in Ukraine war",
    "Russia urges South Korea to avoid provocations",
    "Updated on Oct. 21",
])
def test_reference_body_excludes_boilerplate(ref_doc, absent):
    assert absent not in ref_doc.text


def test_reference_body_keeps_section_heading(ref_doc):
    assert "\n\nCloser ties\n\n" in ref_doc.text
    assert ref_doc.text.startswith("South Korea summoned Russia’s ambassador on Monday")
    assert ref_doc.text.rstrip().endswith("against one of the signatories.")


@pytest.mark.parametrize("stamp, iso", [
    ("Oct. 21, 2024 5:35 a.m. E.T.", "2024-10-21T05:35:00-04:00"),
    ("Jan. 5, 2024 5:35 p.m. ET", "2024-01-05T17:35:00-05:00"),
    ("March 3, 2024 10:15 GMT", "2024-03-03T10:15:00+00:00"),
    ("July 4, 2023 09:00 KST", "2023-07-04T09:00:00+09:00"),
])
def test_parse_stamp_with_zone(stamp, iso):
    parsed = parse_stamp(stamp)
    assert parsed is not None
    assert parsed.isoformat() == iso


def test_byline_and_lead_dateline():
    text = ("Rebels seize border town\n\nBy Jane Roe and John Doe\n\nPublished March 2, 2024\n\n"
            "GOMA, March 2 (Wire) - M23 rebels seized the town of Bunagana on Saturday, residents said.\n")
    head = split_header(text)
    assert head.title == "Rebels seize border town"
    assert head.authors == ["Jane Roe", "John Doe"]
    assert head.published == datetime(2024, 3, 2)
    assert head.dateline == "GOMA"
    assert head.outlet == "Wire"
    assert head.body.startswith("GOMA, March 2")


def test_undated_article_uses_user_date_or_records_none():
    body = "Officials said on Friday that the talks had failed.\n"
    assert document_from_text(body, fallback_date="2024-05-10").reference_date_source == "user"
    with pytest.warns(UserWarning, match="W002"):
        doc = document_from_text(body)
    assert doc.reference_date is None
    assert doc.reference_date_source == "none"


def test_summer_and_winter_offsets_differ():
    summer, winter = parse_stamp("Jul. 1, 2024 9:00 a.m. E.T."), parse_stamp("Dec. 1, 2024 9:00 a.m. E.T.")
    assert summer is not None and winter is not None
    assert summer.utcoffset() == timedelta(hours=-4)
    assert winter.utcoffset() == timedelta(hours=-5)


def test_kicker_lines_and_question_headlines():
    text = ("Will the truce hold in Gaza?\n\nPublished May 2, 2024\n\nFOR IMMEDIATE RELEASE\n\n"
            "GENEVA - Negotiators met on Thursday, the mediators said.\n")
    head = split_header(text)
    assert head.title == "Will the truce hold in Gaza?"
    assert head.dateline == "GENEVA"
    assert "kicker: FOR IMMEDIATE RELEASE" in head.boilerplate
    assert head.body.startswith("GENEVA - Negotiators")
