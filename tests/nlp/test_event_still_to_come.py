"""An event noun whose own date lies after the article's day is still to come (``events/ahead.py``).

Every sentence here is written for this file.
"""

from __future__ import annotations

import pytest

from tests.conftest import events_of_type

pytestmark = pytest.mark.model


def _stances(analysis, kind: str) -> list[str]:
    return [e.attribution.stance for e in events_of_type(analysis, kind)]


def test_meeting_dated_after_the_article_is_planned(analyze_text):
    a = analyze_text("Leaders prepared for a summit on December 15 in Nairobi.", ref="2023-12-04")
    assert _stances(a, "CONSULT") == ["planned"]


def test_same_meeting_dated_before_the_article_stays_asserted(analyze_text):
    a = analyze_text("Leaders prepared for a summit on December 1 in Nairobi.", ref="2023-12-04")
    assert _stances(a, "CONSULT") == ["asserted"]


def test_a_date_on_a_noun_inside_the_phrase_does_not_count(analyze_text):
    a = analyze_text("Students made calls for a boycott of the May 29 election.", ref="2023-04-03")
    assert _stances(a, "REQUEST") == ["asserted"]
