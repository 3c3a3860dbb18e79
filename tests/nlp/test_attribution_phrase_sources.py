"""Unnamed sources ("witnesses said", "an official statement said") become actors of their own."""

from __future__ import annotations

import pytest

from tests.conftest import actor_named

pytestmark = pytest.mark.model


def _event_sources(analysis) -> list[str | None]:  # type: ignore[no-untyped-def]
    return [actor_named(analysis, e.attribution.source) for e in analysis.events]


def test_unnamed_witnesses_vouch_for_the_clash(analyze_text) -> None:  # type: ignore[no-untyped-def]
    a = analyze_text("Hundreds of protesters clashed with riot police in the capital on Tuesday, witnesses said.")
    assert a.events, "the clash should be an event"
    assert "witnesses" in _event_sources(a)
    made = [x for x in a.actors if x.rule == "frame-source"]
    assert [x.name for x in made] == ["witnesses"]


def test_a_statement_and_its_later_definite_mention_are_one_source(analyze_text) -> None:  # type: ignore[no-untyped-def]
    a = analyze_text("Gunmen attacked a checkpoint near the border, killing two soldiers, an official statement "
                     "said on Monday. The attackers fled into the hills, the statement said.")
    made = [x for x in a.actors if x.rule == "frame-source"]
    assert [x.name for x in made] == ["official statement"]
    assert len(made[0].mentions) == 2


def test_nobody_pronouns_and_counts_make_no_source_actor(analyze_text) -> None:  # type: ignore[no-untyped-def]
    a = analyze_text("No group claimed the bombing of the market. They said the army had shelled the town. "
                     "Two residents said the shelling lasted an hour, and local doctors said 12 people died.")
    assert [x.name for x in a.actors if x.rule == "frame-source"] == ["local doctors"]


def test_the_maker_of_the_evidence_is_the_source(analyze_text) -> None:  # type: ignore[no-untyped-def]
    a = analyze_text("The ruling party won 112 seats, according to the latest results announced by election "
                     "officials on Thursday.")
    made = [x.name for x in a.actors if x.rule == "frame-source"]
    assert made == ["election officials"], made


def test_an_outlet_a_firm_or_a_text_that_speaks_is_a_body_not_a_person(analyze_text) -> None:  # type: ignore[no-untyped-def]
    a = analyze_text("The mob had attacked the police station, the newspaper said. The company said it was "
                     "notifying investigators. The paper said the army fired on the crowd. An official said "
                     "the resolution condemned the junta.")
    made = {x.name: (x.type, x.role) for x in a.actors if x.rule == "frame-source"}
    assert made == {"newspaper": ("org", "MED"), "company": ("org", "BUS"), "paper": ("org", "MED"),
                    "official": ("person", None), "resolution": ("org", None)}, made
