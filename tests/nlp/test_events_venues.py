"""A gathering named only as the venue of another act is no CONSULT; one attended or hosted is."""

from __future__ import annotations

import pytest


def _consults(analysis) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.evidence.text for e in analysis.events if e.type == "CONSULT"]


@pytest.mark.parametrize("text", [
    "The two ministers shook hands on the sidelines of a regional security conference in Oslo.",
    "She was chosen as the bloc's chairwoman at the annual Pacific summit in Fiji.",
])
def test_a_venue_is_no_consultation(analyze_text, text: str) -> None:
    assert not any("conference" in t or "summit" in t for t in _consults(analyze_text(text)))


@pytest.mark.parametrize("text", [
    "Leaders of twelve Pacific states will attend the summit in Fiji next week.",
    "Kenya will host a regional summit on the crisis.",
])
def test_a_gathering_one_attends_or_hosts_is_kept(analyze_text, text: str) -> None:
    assert _consults(analyze_text(text))
