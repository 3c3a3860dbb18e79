"""The wire's anonymity convention ("a diplomat who declined to be named") is no refusal and no content."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "A diplomat, who refused to be named, said the talks had failed.",
    "A source who declined to be named said the army had withdrawn.",
    "An official who asked not to be identified said troops had moved.",
])
def test_an_unnamed_sources_reason_is_neither_a_refusal_nor_a_quote(analyze_text, text: str) -> None:  # type: ignore[no-untyped-def]
    a = analyze_text(text)
    assert not [e for e in a.events if e.type in ("REJECT", "REQUEST")], [(e.type, e.evidence.text) for e in a.events]
    assert not [q for q in a.quotes if "named" in q.text or "identified" in q.text], [q.text for q in a.quotes]
    assert len(a.quotes) == 1 and a.quotes[0].speaker is not None


def test_refusing_to_identify_someone_is_still_a_refusal(analyze_text) -> None:  # type: ignore[no-untyped-def]
    a = analyze_text("The police chief refused to identify the officers involved in the raid.")
    assert [e.type for e in a.events if e.type == "REJECT"] == ["REJECT"]
