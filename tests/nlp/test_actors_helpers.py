"""actor_at / actor_for_token: which actor a span or token refers to (no statistical model)."""

from __future__ import annotations

import pytest
import spacy

from sitroom.nlp.actors.component import actor_at, actor_for_token
from sitroom.nlp.extensions import register_extensions
from sitroom.records import Actor

TEXT = "South Korea's spy agency said Russia's embassy replied."


@pytest.fixture(scope="module")
def doc():
    register_extensions()
    d = spacy.blank("en")(TEXT)
    d._.actors = [
        Actor(id="a1", name="South Korea", type="state", country="KOR", code="KOR", mentions=[(0, 11)]),
        Actor(
            id="a2",
            name="National Intelligence Service",
            type="org",
            country="KOR",
            role="SPY",
            code="KORSPY",
            mentions=[(0, 24)],
        ),
        Actor(id="a3", name="Russia", type="state", country="RUS", code="RUS", mentions=[(30, 36)]),
        Actor(
            id="a4",
            name="Russian embassy",
            type="org",
            country="RUS",
            role="GOV",
            code="RUSGOV",
            mentions=[(30, 46)],
        ),
    ]
    return d


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (0, 24, "a2"),  # exact mention
        (0, 11, "a1"),  # exact, nested inside a larger one
        (18, 24, "a2"),  # "agency": smallest covering mention
        (6, 11, "a1"),  # "Korea": smallest covering mention is the country
        (0, 29, "a2"),  # a larger range: the largest mention inside it
        (25, 29, None),  # "said": nothing there
    ],
)
def test_actor_at(doc, start: int, end: int, expected: str | None) -> None:
    assert actor_at(doc, start, end) == expected


@pytest.mark.parametrize(
    ("word", "expected"), [("agency", "a2"), ("Korea", "a1"), ("embassy", "a4"), ("Russia", "a3")]
)
def test_actor_for_token(doc, word: str, expected: str) -> None:
    token = next(t for t in doc if t.text == word)
    assert actor_for_token(doc, token) == expected


def test_actor_for_span(doc) -> None:
    assert actor_for_token(doc, doc[0:5]) == "a2"
