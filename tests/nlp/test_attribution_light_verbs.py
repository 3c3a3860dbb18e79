"""Light-verb cues: a light verb with a listed noun or adjective ("made clear that", "took issue with").

Sentences written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from sitroom.nlp.pipeline import parse_document


def _light(nlp, text: str) -> list[tuple[str, str | None, str, str]]:  # type: ignore[no-untyped-def]
    doc = parse_document(nlp, text, date(2024, 10, 21))
    return [(text[f.cue_start:f.cue_end], None if f.source_start is None else text[f.source_start:f.source_end],
             text[f.start:f.end], f.kind) for f in doc._.frames if f.rule == "light"]


@pytest.mark.parametrize(
    ("text", "cue", "source", "content", "kind"),
    [
        ("The mayor made it clear that the library would stay open.", "made it clear", "The mayor",
         "that the library would stay open", "speech"),
        ("Two council members took issue with the new parking rules.", "took issue", "Two council members",
         "the new parking rules", "position"),
        ("The coach has voiced support for a shorter season.", "has voiced support", "The coach",
         "a shorter season", "position"),
        ("The farmers were critical of the water plan.", "were critical", "The farmers", "the water plan",
         "position"),
        ("The chef is confident that the restaurant will reopen in May.", "is confident", "The chef",
         "that the restaurant will reopen in May", "belief"),
    ],
)
def test_light_verb_frames(nlp, text: str, cue: str, source: str, content: str, kind: str) -> None:
    assert _light(nlp, text) == [(cue, source, content, kind)]


@pytest.mark.parametrize(
    "text",
    [
        "It is clear that the library will stay open.",          # a dummy subject holds no view
        "Concerns were raised about the parking rules.",          # a passive names nobody
        "The price of wheat is certain to rise this winter.",     # likelihood, not an attitude
        "The mayor made the remarks when visiting the library.",  # an adverbial clause is not content
        "The team took a bus to the stadium.",                    # a noun the lexicon does not pair
        "Good roads are critical to the region's farms.",         # "critical to": importance
        '"We are confident that the bridge will open," the mayor said.',  # the quote's frame speaks
    ],
)
def test_no_light_verb_frame(nlp, text: str) -> None:
    assert _light(nlp, text) == []
