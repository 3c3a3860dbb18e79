"""Sports copy: games told in the words of force are no assaults; force in a sports story still is."""

from __future__ import annotations

import pytest

from tests.conftest import events_of_type

pytestmark = pytest.mark.model

_MATCH = ("Second-seeded Kenya beat Uganda 3-1 in the rugby sevens semifinal on Saturday, and their "
          "captain said the side would attack from the first whistle in the final against Fiji.")


def test_a_game_in_a_sports_story_is_no_attack(analyze_text) -> None:  # type: ignore[no-untyped-def]
    a = analyze_text(_MATCH)
    assert not events_of_type(a, "ASSAULT"), [(e.rule, e.evidence.text) for e in a.events]


def test_a_meeting_or_a_withdrawal_in_a_sports_story_is_part_of_the_game(analyze_text) -> None:  # type: ignore[no-untyped-def]
    a = analyze_text("Top seed Anna Berg will meet compatriot Lena Holm in Sunday's tennis final after the "
                     "second seed withdrew from the tournament with a knee injury.")
    found = [e for e in a.events if e.type in ("CONSULT", "RETREAT")]
    assert not found, [(e.rule, e.evidence.text) for e in found]


def test_force_with_a_security_party_in_a_sports_story_is_kept(analyze_text) -> None:  # type: ignore[no-untyped-def]
    a = analyze_text("Supporters clashed with riot police outside the stadium after the cricket semifinal, "
                     "and police arrested 14 fans at the tournament venue.")
    assert events_of_type(a, "ASSAULT")
    assert events_of_type(a, "COERCE")


def test_the_same_verbs_outside_sports_copy_are_force(analyze_text) -> None:  # type: ignore[no-untyped-def]
    a = analyze_text("Rebels beat two villagers and attacked a police post near Gulu on Saturday.")
    assert len(events_of_type(a, "ASSAULT")) >= 2


def test_an_assault_in_a_sports_story_is_no_game(analyze_text) -> None:  # type: ignore[no-untyped-def]
    a = analyze_text("The former football midfielder was arrested after allegedly assaulting a photographer "
                     "outside the hotel where his tennis partner stayed.")
    assert events_of_type(a, "ASSAULT")


def test_help_in_a_sports_story_is_part_of_the_game(analyze_text) -> None:  # type: ignore[no-untyped-def]
    a = analyze_text("Kamran Akmal hit a century to help Pakistan hand England a crushing 165-run defeat in the "
                     "third one-day international on Thursday, as the seamers took two wickets each in the first "
                     "innings.")
    assert not events_of_type(a, "AID"), [(e.rule, e.evidence.text) for e in a.events]


def test_help_outside_sports_copy_is_aid(analyze_text) -> None:  # type: ignore[no-untyped-def]
    assert events_of_type(analyze_text("Japanese engineers helped Indonesia rebuild the tsunami-hit port."), "AID")
