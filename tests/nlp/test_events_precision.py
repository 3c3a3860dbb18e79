"""Event precision: type choices for agreements in force, and mentions that are no event of their own.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _typed(analysis) -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    return [(e.type, e.rule) for e in analysis.events]


@pytest.mark.parametrize("text", [
    "Fighting resumed in the north despite a two-week truce between the militias.",
    "The rebels said they would respect the ceasefire agreed with Kinshasa.",
])
def test_a_named_truce_is_an_agreement(analyze_text, text: str) -> None:
    found = _typed(analyze_text(text))
    assert any(kind == "AGREE" and rule and rule.startswith(("agree.truce", "agree.ceasefire"))
               for kind, rule in found), found
    assert not any(kind == "RETREAT" for kind, _ in found), found
