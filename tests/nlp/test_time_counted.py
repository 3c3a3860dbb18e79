"""Times counted from the clause they modify ("a day after …"), clock times set on the day named after them."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _times(analyze_text, text: str) -> dict[str, str | None]:
    return {t.text: t.value for t in analyze_text(text, ref="2024-03-14").times}


@pytest.mark.parametrize(("text", "span", "expected"), [
    ("Warplanes bombed the port on Wednesday, a day after the rebels seized the customs office.",
     "a day after", "2024-03-12"),
    ("The mayor resigned on March 8, two weeks before the council met to debate the budget.",
     "two weeks before", "2024-03-22"),
    ("The strike began on Monday, three days after the vote.", "three days after", "2024-03-08"),
])
def test_span_counted_from_the_modified_clause(analyze_text, text, span, expected):
    assert _times(analyze_text, text).get(span) == expected


def test_no_time_on_the_modified_clause_leaves_the_span_undated(analyze_text):
    got = _times(analyze_text, "Warplanes bombed the port, a day after the rebels seized the customs office.")
    assert all(value is None for text, value in got.items() if "day after" in text)


def test_event_in_the_counted_clause_takes_the_counted_date(analyze_text):
    analysis = analyze_text("Warplanes bombed the port on Wednesday, a day after the rebels seized the customs office.",
                            ref="2024-03-14")
    values = {t.id: t.value for t in analysis.times}
    dated = {e.evidence.text.split()[0]: values.get(e.date or "") for e in analysis.events}
    assert "2024-03-12" in dated.values() and "2024-03-13" in dated.values(), dated


def test_clock_times_take_the_day_named_after_them(analyze_text):
    got = _times(analyze_text, "The union called pickets from 9:00 a.m. to 1:00 p.m. on March 20 outside the port.")
    assert got["9:00 a.m."] == "2024-03-20T09:00"


def test_an_evening_before_a_morning_day_is_the_day_before(analyze_text):
    got = _times(analyze_text, "A curfew will run from 8 p.m. until 6 a.m. on Saturday.")
    assert got["8 p.m."] == "2024-03-15T20:00"


def test_live_blog_stamps_in_24_hour_zone_time_are_on_the_day(analyze_text):
    text = ("Border live\n\n14:20 GMT - Troops say they crossed the river.\n\n"
            "09:05 GMT - The ministry says talks failed.")
    got = _times(analyze_text, text)
    assert got["14:20 GMT"] == "2024-03-14T14:20" and got["09:05 GMT"] == "2024-03-14T09:05"


def test_a_clock_restated_in_brackets_is_one_time(analyze_text):
    got = _times(analyze_text, "The ferry sank at 4:10 p.m. (0810 GMT) on Tuesday, officials said.")
    assert not any("GMT" in text for text in got) and got["4:10 p.m."] == "2024-03-12T16:10"


def test_a_stamp_is_not_moved_to_the_day_its_entry_names(analyze_text):
    got = _times(analyze_text, "Border live\n\n10:15 GMT - On Monday, troops crossed the river.")
    assert got["10:15 GMT"] == "2024-03-14T10:15"
