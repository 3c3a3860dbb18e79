"""A verb of saying in a title-case line is not part of a name."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def test_title_case_subheading_verb_is_dropped(analyze_text):
    a = analyze_text("Rebels shelled the capital on Monday, officials said.\n\n"
                     "Minister Warns Of Retaliation, Kamau Said\n\n"
                     "Interior Minister Peter Kamau said the government would respond.")
    names = {x.name for x in a.actors}
    assert not any(n.endswith(" Said") for n in names)
    assert "Peter Kamau" in names


def test_name_said_in_running_text_is_kept(analyze_text):
    a = analyze_text("The Iranian negotiator Said Jalili met European envoys in Geneva on Monday to discuss the "
                     "nuclear programme.")
    assert any("Said Jalili" in x.name for x in a.actors)
