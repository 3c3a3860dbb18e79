"""An agentless passive arrest is the police's when the article names a police body (implied_agents.py)."""

from __future__ import annotations

import pytest


def _arrests(analysis) -> list[str | None]:  # type: ignore[no-untyped-def]
    names = {a.id: a.name for a in analysis.actors}
    return [names.get(e.actor or "") for e in analysis.events if e.type == "COERCE"]


def test_the_police_named_in_the_article_made_the_arrest(analyze_text) -> None:
    found = _arrests(analyze_text("Police in Lagos said a 38-year-old man was arrested on Monday after the fight."))
    assert found == ["police"], found


@pytest.mark.parametrize("text", [
    "A 38-year-old man was arrested on Monday after the fight.",  # no police body named
    "The army said a 38-year-old man was arrested by soldiers on Monday.",  # the agent is told
])
def test_no_police_body_or_a_told_agent_leaves_the_actor_alone(analyze_text, text: str) -> None:
    assert "police" not in _arrests(analyze_text(text))


def _inquiries(analysis) -> list[str | None]:  # type: ignore[no-untyped-def]
    names = {a.id: a.name for a in analysis.actors}
    return [names.get(e.actor or "") for e in analysis.events if e.type == "ACCUSE"]


def test_an_agentless_inquiry_in_a_police_report_is_the_polices(analyze_text) -> None:
    text = "Police in Lagos said two men robbed a bank on Monday. An investigation was opened on Tuesday."
    assert _inquiries(analyze_text(text)) == ["police"]


def test_an_agentless_inquiry_without_a_police_body_names_no_investigator(analyze_text) -> None:
    assert _inquiries(analyze_text("An investigation was opened on Tuesday.")) == []


def test_a_subpoena_is_an_inquiry(analyze_text) -> None:
    analysis = analyze_text("Six soldiers were subpoenaed by a state prosecutor to appear on Friday.")
    assert [e.mode for e in analysis.events if e.type == "ACCUSE"] == ["investigate"]
