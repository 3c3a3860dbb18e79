"""A clause that could not verify, or denies, a claim told before it is a mention of that claim."""

from __future__ import annotations

import pytest


def _checked(analysis) -> list[tuple[str, str, str | None, str]]:  # type: ignore[no-untyped-def]
    return [(e.type, e.attribution.stance, e.attribution.source, e.evidence.text) for e in analysis.events
            if e.rule.endswith(("+unconfirmed_later", "+denied_later"))]


@pytest.mark.parametrize("text, clause", [
    ("The rebels said they had shot down two army helicopters on Friday, a claim that could not be "
     "verified.", "that could not be verified"),
    ("The navy said its ships attacked four smuggling boats near the island. It could not be "
     "independently confirmed.", "It could not be independently confirmed"),
    ("The police said officers arrested 40 protesters in the capital. We were unable to verify the "
     "figures.", "to verify the figures"),
])
def test_a_claim_that_could_not_be_verified_gets_an_unconfirmed_mention(analyze_text, text: str,
                                                                          clause: str) -> None:
    found = _checked(analyze_text(text))
    assert len(found) == 1
    kind, stance, source, evidence = found[0]
    assert stance == "unconfirmed" and source is None
    assert clause in evidence


def test_a_pronoun_denial_is_a_denied_mention_of_the_claim(analyze_text) -> None:
    analysis = analyze_text("The army said its soldiers killed 30 rebels near the border. The rebel "
                            "leaders deny this.")
    found = _checked(analysis)
    assert [(k, s) for k, s, _, _ in found] == [("ASSAULT", "denied")]
    assert found[0][2] is not None


@pytest.mark.parametrize("text", [
    "The army said it killed 30 rebels, and the rebels said they killed 12 soldiers. Neither account "
    "could be verified.",
    "The army said it killed 30 rebels. The claim was confirmed by the United Nations.",
    "The army said it killed 30 rebels. The rebels denied that they had lost any fighters.",
    "The army said it killed 30 rebels. A spokesman could not confirm reports that the rebels had fled.",
])
def test_no_mention_without_a_single_claim_pointed_at(analyze_text, text: str) -> None:
    assert _checked(analyze_text(text)) == []
