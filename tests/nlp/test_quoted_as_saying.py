"""'Y quoted X as saying …' and 'X was quoted by Y as saying …': X speaks, Y only relays."""

from __future__ import annotations

import pytest

from tests.conftest import actor_named

pytestmark = pytest.mark.model


def test_the_quoted_person_speaks_not_the_quoting_agency(analyze_text) -> None:  # type: ignore[no-untyped-def]
    a = analyze_text('"The border will stay closed," Interior Minister Maria Lopez was quoted by the Tass '
                     'news agency as saying on Tuesday. The Tass agency quoted Defence Minister Ivan Petrov '
                     'as saying that the troops had withdrawn from the village.')
    speakers = {q.text: actor_named(a, q.speaker) for q in a.quotes}
    assert "Lopez" in (speakers.get("The border will stay closed") or ""), speakers
    indirect = [q for q in a.quotes if q.kind == "indirect" and "troops had withdrawn" in q.text]
    assert indirect and "Petrov" in (actor_named(a, indirect[0].speaker) or ""), speakers
