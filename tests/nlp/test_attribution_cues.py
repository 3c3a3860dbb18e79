"""The cue lexicon (resources/cues.yaml via nlp/cues.py): entries, kinds, phrases, news outlets."""

from __future__ import annotations

import pytest
import spacy

from sitroom.nlp.attribution.cues import (
    INTERNAL_KINDS,
    POSITION_KINDS,
    SPEECH_KINDS,
    cue_kind,
    lexicon,
    phrase_matches,
    verb_entry,
)

STANCES = {"asserted", "reported", "denied", "unconfirmed", "speculative", "planned", "conditional", "declined"}


def test_every_entry_has_a_known_stance_and_kind() -> None:
    lex = lexicon()
    entries = [*lex.verbs.values(), *lex.phrases.values(), *lex.nouns.values()]
    assert len(lex.verbs) > 50
    for entry in entries:
        assert entry.stance in STANCES
        assert entry.kind in SPEECH_KINDS | INTERNAL_KINDS | POSITION_KINDS
        assert entry.negated is None or entry.negated in STANCES


@pytest.mark.parametrize(
    ("lemma", "stance", "kind"),
    [("say", "asserted", "speech"), ("report", "reported", "report"), ("deny", "denied", "denial"),
     ("estimate", "speculative", "speech"), ("believe", "speculative", "belief"), ("plan", "planned", "intent")],
)
def test_verb_entries(lemma: str, stance: str, kind: str) -> None:
    entry = verb_entry(lemma)
    assert entry is not None and (entry.stance, entry.kind) == (stance, kind)
    assert cue_kind(lemma) == kind


def test_confirm_negated_is_unconfirmed_and_decline_needs_a_complement() -> None:
    confirm, decline = verb_entry("confirm"), verb_entry("decline")
    assert confirm is not None and confirm.negated == "unconfirmed"
    assert decline is not None and "comment" in decline.requires
    assert cue_kind("unheard-of-verb") is None


@pytest.mark.parametrize(
    ("text", "found"),
    [("The strike killed 12, according to the ministry.", ["according to"]),
     ("Troops reportedly crossed the river.", ["reportedly"]),
     ("He said he could not independently confirm it.", ["could not independently confirm"]),
     ("Nothing here.", [])],
)
def test_phrase_matches_longest_first(text: str, found: list[str]) -> None:
    doc = spacy.blank("en")(text)
    assert [span.text for span, _ in phrase_matches(doc)] == found


def test_of_two_subjects_the_parser_gave_a_cue_the_nearest_speaks() -> None:
    """'"… when a device exploded," the army said' misparsed with both nouns as subjects of "said"."""
    from spacy.tokens import Doc

    from sitroom.nlp.attribution.sources import own_subject

    words = ["a", "device", "exploded", ",", "the", "army", "said"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 6, 6, 6, 5, 6, 6],
              deps=["det", "nsubj", "ccomp", "punct", "det", "nsubj", "ROOT"])
    subject = own_subject(doc[6])
    assert subject is not None and subject.text == "army"


@pytest.mark.parametrize(("text", "frames"), [
    ("The violence has claimed the lives of 3,700 people since January.", 0),
    ("The rebels claimed that 40 soldiers were killed.", 1),
])
def test_claiming_lives_is_no_claim(nlp, text: str, frames: int) -> None:
    assert len(nlp(text)._.frames or []) == frames
