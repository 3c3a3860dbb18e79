"""Cues beyond verbs of saying: more such verbs, positions taken, "Name: statement" lines.

Sentences written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from sitroom.nlp.attribution.component import attribution_for
from sitroom.nlp.pipeline import parse_document


def _doc(nlp, text: str):  # type: ignore[no-untyped-def]
    return parse_document(nlp, text, date(2024, 10, 21))


def _frames(doc) -> list[tuple[str, str, str | None, str]]:  # type: ignore[no-untyped-def]
    text = doc.text
    return [(f.rule, text[f.cue_start:f.cue_end], None if f.source_start is None
             else text[f.source_start:f.source_end], f.kind) for f in doc._.frames]


@pytest.mark.parametrize(
    ("text", "cue", "source", "kind"),
    [
        ("The mayor pointed out that the budget had shrunk for three years.", "pointed", "The mayor", "speech"),
        ("The governor talked about the new bridge at length.", "talked", "The governor", "position"),
        ("The union praised the council for its quick decision.", "praised", "The union", "position"),
        ("Both senators oppose the new tariff on steel.", "oppose", "Both senators", "position"),
        ("Farmers hoping for rain planted early this year.", "hoping", "Farmers", "intent"),
        ("Riot police charged the crowd, a local reporter witnessed.", "witnessed", "a local reporter", "report"),
    ],
)
def test_more_verb_cues(nlp, text: str, cue: str, source: str, kind: str) -> None:
    found = [f for f in _frames(_doc(nlp, text)) if f[1].endswith(cue)]
    assert found and found[0][2] == source and found[0][3] == kind


def test_attending_a_ceremony_vouches_for_nothing(nlp) -> None:
    """An eyewitness vouches for what was seen happen; leaders who witness a signing only attend it."""
    assert not [f for f in _frames(_doc(nlp, "The two ministers witnessed the signing of the accord."))
                if f[1].endswith("witnessed")]


def test_position_frames_do_not_source_the_clauses_inside(nlp) -> None:
    """A position taken relays no claim: a clause in its object keeps the outlet's voice."""
    doc = _doc(nlp, "The party endorsed the plan under which the army withdraws from the valley.")
    frames = [f for f in doc._.frames if f.kind == "position"]
    assert frames
    start = doc.text.index("withdraws")
    assert attribution_for(doc, start, start + len("withdraws")) is None


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        ("Mayor Lopez: The new bridge will open in May.\n\nThe council met on Monday.",
         "Mayor Lopez", "The new bridge will open in May"),
        ("Tax rates and growth - More from Smith & Co: “Rates matter less than credit.”\n",
         "Smith & Co", "Rates matter less than credit"),
    ],
)
def test_colon_after_a_name_is_a_cue(nlp, text: str, source: str, content: str) -> None:
    doc = _doc(nlp, text)
    colon = [f for f in doc._.frames if f.rule == "colon"]
    assert len(colon) == 1
    f = colon[0]
    assert text[f.source_start:f.source_end] == source
    assert content in text[f.start:f.end]


@pytest.mark.parametrize(
    "text",
    ["Update: The new bridge will open in May.\n",
     "Syria: Ten people were killed in the north on Monday.\n",
     "The mayor said what everyone knew: the bridge was late.\n"],
)
def test_labels_places_and_verb_clauses_make_no_colon_frame(nlp, text: str) -> None:
    assert not [f for f in _doc(nlp, text)._.frames if f.rule == "colon"]


def test_manner_of_speaking_reports_the_quotation_beside_it(nlp) -> None:
    text = "“Sit down,” the chairman barked at the delegates."
    found = [f for f in _doc(nlp, text)._.frames if text[f.cue_start:f.cue_end] == "barked"]
    assert found and text[found[0].source_start:found[0].source_end] == "the chairman"
    assert text[found[0].start:found[0].end] == "Sit down"


def test_manner_of_speaking_needs_a_clause_or_quotation(nlp) -> None:
    assert not [f for f in _doc(nlp, "The choir sang the anthem and the crowd roared.")._.frames]


def test_capitalised_section_heads_make_no_colon_frame(nlp) -> None:
    text = "EARLIER COVERAGE: The new bridge will open in May.\n"
    assert not [f for f in _doc(nlp, text)._.frames if f.rule == "colon"]


def test_aspectual_continue_is_no_cue(nlp) -> None:
    text = "Prices rose again as the talks continued to stall. “We are close,” the envoy continued."
    starts = [f.cue_start for f in _doc(nlp, text)._.frames]
    assert starts == [text.rindex("continued")]
