"""Broadcast transcripts: the outlet's own staff speak in its voice; the quotes they relay keep their speakers."""

from __future__ import annotations

import pytest

from tests.conftest import actor_named

pytestmark = pytest.mark.model

BULLETIN = """Evening news: talks on the dam stall

HOST: Good evening. Talks on the Nile dam broke down again today. Our correspondent Amira Salem is in Cairo.

SALEM: Thank you. Egypt's foreign minister Sameh Shoukry said the latest offer was "a step backwards" and
that Cairo would consult its partners.

HOST: And Ethiopia's view?

SALEM: Addis Ababa says filling will go ahead. Prime Minister Abiy Ahmed said on Monday that the dam
"belongs to every Ethiopian".
"""


def test_staff_turns_are_no_quotes_and_inner_quotes_keep_their_speakers(analyze_text) -> None:  # type: ignore[no-untyped-def]
    a = analyze_text(BULLETIN)
    by_text = {q.text: actor_named(a, q.speaker) for q in a.quotes if q.kind != "indirect"}
    assert not [t for t in by_text if t.startswith("Thank you")], by_text
    assert "Shoukry" in (by_text.get("a step backwards") or ""), by_text
    assert "Abiy" in (by_text.get("belongs to every Ethiopian") or ""), by_text
    # a guest (not introduced as "our" staff) in the same conversation is still quoted
    guest = analyze_text(BULLETIN.replace("Our correspondent Amira Salem is in Cairo.",
                                          "The analyst Amira Salem joins us."))
    assert any(q.text.startswith("Thank you") and "Salem" in (actor_named(guest, q.speaker) or "").title()
               for q in guest.quotes)
