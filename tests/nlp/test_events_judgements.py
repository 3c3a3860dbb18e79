"""A speaker who calls a party's act a crime or an act of war, or holds a party responsible for an attack,
accuses that party."""

from __future__ import annotations

import pytest


def _accusations(analysis, rule: str) -> list[tuple[str | None, str | None]]:  # type: ignore[no-untyped-def]
    names = {a.id: a.name for a in analysis.actors}
    return [(names.get(e.actor), names.get(e.recipient)) for e in analysis.events if e.rule == rule]


def _judged(analysis) -> list[tuple[str | None, str | None]]:  # type: ignore[no-untyped-def]
    return _accusations(analysis, "accuse.judgement")


@pytest.mark.parametrize("text", [
    "The Peruvian foreign minister said Chile's manoeuvres amounted to a declaration of war.",
    "Peru's foreign ministry said that Chile's naval exercises were a flagrant provocation.",
])
def test_a_reported_condemnation_is_an_accusation_of_the_owner(analyze_text, text: str) -> None:
    found = _judged(analyze_text(text))
    assert len(found) == 1
    assert found[0][1] == "Chile"


@pytest.mark.parametrize("text", [
    "Chile's naval exercises were a flagrant provocation.",  # the outlet's own wording: no speaker
    "The minister said that attacking aid convoys is a crime.",  # a norm, no party's act
    "The minister said the exercises were a routine matter.",  # nothing condemning
])
def test_no_accusation_without_speaker_party_act_or_condemnation(analyze_text, text: str) -> None:
    assert _judged(analyze_text(text)) == []


def _blamed(analysis) -> list[tuple[str | None, str | None]]:  # type: ignore[no-untyped-def]
    return _accusations(analysis, "accuse.blame")


@pytest.mark.parametrize("text", [
    "Police said Hamas was behind the attack.",
    "Officials said Hamas was responsible for the bombing.",
])
def test_holding_a_party_responsible_for_an_attack_accuses_it(analyze_text, text: str) -> None:
    a = analyze_text(text)
    assert [r for _, r in _blamed(a)] == ["Hamas"], _blamed(a)
    names = {x.id: x.name for x in a.actors}
    assert any(e.type == "ASSAULT" and names.get(e.actor or "") == "Hamas" for e in a.events), a.events


@pytest.mark.parametrize("text", [
    "Hamas said it was responsible for the bombing.",  # a claim of one's own act
    "Hamas was behind the attack.",  # the outlet's own description
    "Police said Hamas denied any involvement in the bombing.",  # a share denied, not stated
])
def test_no_blame_without_another_speaker(analyze_text, text: str) -> None:
    assert not _blamed(analyze_text(text))


def test_a_partys_involvement_in_an_attack_names_its_doer(analyze_text) -> None:  # type: ignore[no-untyped-def]
    a = analyze_text("Police found clues that pointed to the involvement of Hamas in the bombings.")
    names = {x.id: x.name for x in a.actors}
    assert any(e.type == "ASSAULT" and names.get(e.actor or "") == "Hamas" for e in a.events), a.events
