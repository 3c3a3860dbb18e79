"""Marks around a name set off the name, not anyone's words (quotes/names.py)."""

from __future__ import annotations

import pytest

from sitroom.nlp.quotes.names import is_quoted_name


def _check(text: str) -> bool:
    start = text.index('"')
    return is_quoted_name(text, start, text.index('"', start + 1))


@pytest.mark.parametrize(("text", "name"), [
    ('The gang leader, known as "Barbecue", has threatened war.', True),
    ('The suspect, known by the nickname "Todinho", escaped before dawn.', True),
    ('He also wrote for the "Mount Valley Magazine" in Srinagar.', True),
    ('The minister called the talks "a waste of time" on Monday.', False),  # someone's words
    ('Protesters chanted "No More Settlers" outside the court.', False),  # no article: a slogan chanted
])
def test_a_quoted_name_is_no_quote(text: str, name: bool) -> None:
    assert _check(text) is name


@pytest.mark.model
def test_a_quoted_title_gets_no_speaker(analyze_text) -> None:
    analysis = analyze_text('Police said the suspect also wrote for the "Mount Valley Magazine" in Srinagar.')
    assert not [q for q in analysis.quotes if q.kind != "indirect" and "Mount Valley" in q.text]
