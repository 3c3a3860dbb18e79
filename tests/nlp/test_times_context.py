"""Which way a weekday points depends on the clause that carries it."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, ref, expression, value", [
    # a time right after a reporting verb dates the saying, not the reported plan
    ("Israel's defence minister said on Monday the operation would go ahead.", "2024-05-14", "Monday", "2024-05-13"),
    ("The rebels announced on Friday the ceasefire would end soon.", "2023-03-08", "Friday", "2023-03-03"),
    # a meeting booked for a weekday lies ahead, even under a past verb
    ("The African Union summoned an emergency meeting for Tuesday.", "2025-01-27", "Tuesday", "2025-01-28"),
    ("Mediators called talks for Thursday in Doha.", "2024-02-05", "Thursday", "2024-02-08"),
    ("The opposition has called a mass strike for Monday.", "1997-04-13", "Monday", "1997-04-14"),
    # the weekday of what the story is "ahead of" is ahead, wherever the parser hangs it
    ("The envoy spoke ahead of the election Thursday.", "2005-12-12", "Thursday", "2005-12-15"),
    # an infinitive under a future verb is ahead too
    ("Observers will begin to arrive in Caracas on Tuesday.", "2006-11-27", "Tuesday", "2006-11-28"),
    # ... but a past weekday stays past
    ("The army said it shelled the town on Tuesday.", "2025-01-27", "Tuesday", "2025-01-21"),
])
def test_weekday_direction(analyze_text, text, ref, expression, value):
    a = analyze_text(text, ref)
    assert [(t.text, t.value) for t in a.times if t.text == expression] == [(expression, value)]


def test_live_blog_stamps_stay_on_the_publication_day(analyze_text):
    text = ("10:05 a.m. - The ministry says strikes early on Wednesday hit two depots.\n\n"
            "9:40 a.m. - Shelling resumed, residents said.")
    a = analyze_text(text, "2025-05-08")
    stamps = {t.text.rstrip(" -"): t.value for t in a.times if "a.m." in t.text}
    assert stamps == {"10:05 a.m.": "2025-05-08T10:05", "9:40 a.m.": "2025-05-08T09:40"}


def test_a_two_digit_24_hour_clock_is_on_the_day_and_a_daily_one_has_no_date(analyze_text):
    a = analyze_text("Polling stations are open from 07:00 to 16:00 local time. The press centre will be open "
                     "from 8:00 to 21:00 everyday.", "2005-11-17")
    values = {t.text.strip(): t.value for t in a.times}
    assert values["07:00"] == "2005-11-17T07:00"
    assert values["21:00"] is None
