"""Present references, a day counted from the day just named, year ranges, spans up to now."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _times(analyze_text, text: str) -> dict[str, tuple]:
    return {t.text: (t.value, t.grain, t.value_end) for t in analyze_text(text, ref="2024-03-14").times}


def test_now_and_currently_are_present_references(analyze_text):
    got = _times(analyze_text, "Fuel is now scarce in the city, and the main road is currently closed.")
    assert got["now"][0] == "PRESENT_REF" and got["currently"][0] == "PRESENT_REF"


def test_discourse_now_is_not_a_time(analyze_text):
    assert "Now" not in _times(analyze_text, "Now, the real question is who will pay for the repairs.")


@pytest.mark.parametrize(("text", "expected"), [
    ("The ceasefire broke down on Tuesday; the day before, both sides had exchanged prisoners.", "2024-03-11"),
    ("The envoy arrived on March 3. The day after, he met the president.", "2024-03-04"),
])
def test_day_counted_from_the_day_named(analyze_text, text, expected):
    got = _times(analyze_text, text)
    assert any(v == (expected, "day", None) for v in got.values()), got


@pytest.mark.parametrize(("text", "span", "first", "last"), [
    ("Exports doubled in 2009-2010.", "2009-2010", "2009", "2010"),
    ("The dam was built in 1957-58.", "1957-58", "1957", "1958"),
    ("Its budget for 1999-00 was cut.", "1999-00", "1999", "2000"),
])
def test_year_ranges_keep_both_ends(analyze_text, text, span, first, last):
    got = _times(analyze_text, text)
    key = next(k for k in got if span in k)
    assert got[key][0] == first and got[key][2] == last
