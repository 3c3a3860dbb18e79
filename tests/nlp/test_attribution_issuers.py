"""A statement speaks for whoever issued it: "a ministry statement said", "the statement said"."""

from __future__ import annotations

import pytest

from tests.conftest import actor_named

pytestmark = pytest.mark.model


def _speakers(analysis) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    return {q.text[:25]: actor_named(analysis, q.speaker) for q in analysis.quotes}


def test_a_ministry_statement_speaks_for_the_ministry_named_before(analyze_text) -> None:  # type: ignore[no-untyped-def]
    a = analyze_text("Armenia's Foreign Ministry summoned the French ambassador on Monday. "
                     '"The strikes targeted military sites only," a ministry statement said.')
    speaker = _speakers(a).get("The strikes targeted mili")
    assert speaker is not None and "ministry" in speaker.lower() and "statement" not in speaker.lower()


def test_the_statement_speaks_for_the_body_that_spoke_last(analyze_text) -> None:  # type: ignore[no-untyped-def]
    a = analyze_text("Kenya's interior ministry said on Monday that 40 people were killed in the clashes. "
                     "The statement said police had arrested 12 suspects.")
    arrest = [e for e in a.events if "arrested" in e.evidence.text]
    assert arrest and "ministry" in (actor_named(a, arrest[0].attribution.source) or "").lower()


def test_a_statement_without_a_known_issuer_is_its_own_source(analyze_text) -> None:  # type: ignore[no-untyped-def]
    a = analyze_text("A rebel commander was killed in fighting near the border, an Internet statement said.")
    assert [x.name for x in a.actors if x.rule == "frame-source"] == ["Internet statement"]


def test_a_motion_speaks_for_the_party_that_presented_it(analyze_text) -> None:  # type: ignore[no-untyped-def]
    a = analyze_text('A motion presented by the Netherlands said the killings were "a grave violation".')
    speaker = _speakers(a).get("a grave violation")
    assert speaker == "Netherlands", _speakers(a)
    assert not [x.name for x in a.actors if x.rule == "frame-source"]
