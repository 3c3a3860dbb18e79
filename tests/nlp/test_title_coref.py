"""A title alone names the office holder the article named before with that title."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _mentions(a, name):
    text = a.document.text
    return [text[s:e] for x in a.actors if x.name == name for s, e in x.mentions]


def test_the_president_is_the_president_named_before(analyze_text):
    a = analyze_text("President Omar Haddad of Tunisia addressed parliament on Monday. "
                     "The president ordered the army to deploy in the capital. "
                     "Critics opposed the president's decision.")
    assert _mentions(a, "Omar Haddad").count("the president") == 1
    assert "The president" in _mentions(a, "Omar Haddad")
    haddad = next(x.id for x in a.actors if x.name == "Omar Haddad")
    assert any(e.actor == haddad for e in a.events if "ordered" in e.evidence.text)


def test_a_shared_title_is_not_linked(analyze_text):
    a = analyze_text("Foreign Minister Omar Haddad of Tunisia met reporters. The official said talks went well.")
    assert "The official" not in _mentions(a, "Omar Haddad")


def test_a_title_with_its_own_name_or_country_is_left_to_the_role_rules(analyze_text):
    a = analyze_text("President Omar Haddad of Tunisia met the president of Kenya on Monday.")
    assert "the president" not in _mentions(a, "Omar Haddad")


@pytest.mark.parametrize("text, name, code", [
    ("Embattled senate deputy president Mark Dwyer of Australia faces a vote, Prime Minister John Howard said.",
     "Mark Dwyer", "AUSLEG"),
    ("Kenya's opposition rejected the plan, opposition spokesman Paul Otieno said.", "Paul Otieno", "KENOPP"),
])
def test_a_title_takes_the_role_of_the_body_named_before_it(analyze_text, text, name, code):
    a = analyze_text(text)
    assert any(x.name == name and x.code == code for x in a.actors), [(x.name, x.code) for x in a.actors]


def test_a_title_two_people_hold_is_not_linked(analyze_text):
    a = analyze_text("President Omar Haddad of Tunisia met President Paul Otieno of Kenya. "
                     "The president said trade grew.")
    assert "The president" not in _mentions(a, "Omar Haddad") + _mentions(a, "Paul Otieno")
