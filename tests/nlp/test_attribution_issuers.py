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


def test_a_resolution_speaks_and_acts_for_the_body_that_adopted_it(analyze_text) -> None:  # type: ignore[no-untyped-def]
    """The clause that adopted it may lie a few sentences back, past a mention that names no issuer."""
    a = analyze_text("Japan's lower house adopted a resolution Tuesday calling on the government to cut US bases "
                     "in Okinawa.\n\nThe vote comes three days before a summit between the two leaders in "
                     "Washington.\n\nIt was the first Diet resolution on the bases since parliament passed a similar "
                     "resolution in 1971 when Japan and the United States signed an accord on the island.\n\n"
                     '"The house will urge the government to make its utmost effort," the resolution said.\n\n'
                     "The resolution asked the government to consult with the United States.", "1997-04-22")
    assert "parliament" in (_speakers(a).get("The house will urge the g") or "").lower(), _speakers(a)
    asked = [e for e in a.events if e.evidence.text.startswith("The resolution asked")]
    assert asked and "parliament" in (actor_named(a, asked[0].actor) or "").lower(), \
        [(e.type, actor_named(a, e.actor), e.evidence.text[:30]) for e in a.events]


def test_a_text_put_forward_acts_for_whoever_put_it_forward(analyze_text) -> None:  # type: ignore[no-untyped-def]
    a = analyze_text("WTO chief Pascal Lamy has put forward a compromise text on farm subsidies.\n\n"
                     "The text calls for the elimination of export subsidies by 2013.", "2005-12-16")
    calls = [e for e in a.events if e.type == "REQUEST" and e.evidence.text.startswith("The text")]
    assert calls and actor_named(a, calls[0].actor) == "Pascal Lamy", \
        [(e.type, actor_named(a, e.actor), e.evidence.text[:30]) for e in a.events]
