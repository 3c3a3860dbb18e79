"""Doers and receivers that no dictionary names become actors of their own (nlp/events/doers.py, receivers.py).

Sentences written for these tests: the phrase in the doer's slot names the actor when its head can
act (a plural, a collective noun); an event noun, a thing or a time in that slot names nobody.
"""

from __future__ import annotations

import pytest

from sitroom.records import Analysis
from tests.conftest import actor_named, events_of_type

pytestmark = pytest.mark.model


def _actor_rules(analysis: Analysis, kind: str) -> list[tuple[str | None, str | None]]:
    rules = {a.id: a.rule for a in analysis.actors}
    return [(actor_named(analysis, e.actor), rules.get(e.actor or "")) for e in events_of_type(analysis, kind)]


@pytest.mark.parametrize(("text", "kind", "name"), [
    ("Two aid workers were kidnapped by a gang of smugglers near the border.", "ASSAULT", "gang of smugglers"),
    ("Local entrepreneurs protested outside the ministry on Monday.", "PROTEST", "Local entrepreneurs"),
    ("The unit was conducting offensive operations in the valley.", "ASSAULT", "unit"),
    # an of-phrase stays when it names a body or people, not when it names a thing
    ("The village was raided by poachers of ivory on Monday.", "ASSAULT", "poachers"),
    ("The village was raided by loyalists of the sect on Monday.", "ASSAULT", "loyalists of the sect"),
])
def test_phrase_in_the_doers_slot_becomes_the_actor(analyze_text, text: str, kind: str, name: str) -> None:
    found = _actor_rules(analyze_text(text), kind)
    assert (name, "event-doer") in found, found


@pytest.mark.parametrize(("text", "kind"), [
    ("The attack killed five soldiers near the border.", "ASSAULT"),
    ("The talks were held in Geneva on Monday.", "CONSULT"),
    ("Stones struck the police line during the protest.", "ASSAULT"),
])
def test_event_nouns_in_the_doers_slot_name_nobody(analyze_text, text: str, kind: str) -> None:
    found = _actor_rules(analyze_text(text), kind)
    assert found and all(rule != "event-doer" for _, rule in found), found


def _recipient_rules(analysis: Analysis, kind: str) -> list[tuple[str | None, str | None]]:
    rules = {a.id: a.rule for a in analysis.actors}
    return [(actor_named(analysis, e.recipient), rules.get(e.recipient or "")) for e in events_of_type(analysis, kind)]


@pytest.mark.parametrize(("text", "kind", "name"), [
    ("The governor met with international observers on Sunday.", "CONSULT", "international observers"),
    ("The ministry warned smugglers of heavy penalties.", "THREATEN", "smugglers"),
    ("The candidate was asking Quebecers to turn the page.", "REQUEST", "Quebecers"),
    ("Troops shot dead one civilian near the market.", "ASSAULT", "civilian"),
])
def test_people_in_the_receiving_slot_become_the_recipient(analyze_text, text: str, kind: str, name: str) -> None:
    found = _recipient_rules(analyze_text(text), kind)
    assert (name, "event-undergoer") in found, found


@pytest.mark.parametrize(("text", "kind"), [
    ("Riot police were striking the barricades on Monday.", "ASSAULT"),
    ("The ministry promised agreements within a month.", "AGREE"),
    ("Troops shelled the market on Monday.", "ASSAULT"),
    # nouns with a people ending that name things
    ("The rebels rejected the offer on Monday.", "REJECT"),
    ("The regulator rejected the merger on Monday.", "REJECT"),
])
def test_things_in_the_receiving_slot_name_nobody(analyze_text, text: str, kind: str) -> None:
    found = _recipient_rules(analyze_text(text), kind)
    assert found and all(rule != "event-undergoer" for _, rule in found), found


@pytest.mark.parametrize(("text", "kind", "owner"), [
    ("Police had banned the rally by opposition leader Raila Odinga.", "COERCE", "Raila Odinga"),
    ("The court rejected the challenge by Vice President Jean-Pierre Bemba.", "REJECT", "Bemba"),
])
def test_an_act_on_someones_act_is_received_by_its_owner(analyze_text, text: str, kind: str, owner: str) -> None:
    found = [actor_named(a, e.recipient) or "" for a in [analyze_text(text)] for e in events_of_type(a, kind)]
    assert any(owner in name for name in found), found

