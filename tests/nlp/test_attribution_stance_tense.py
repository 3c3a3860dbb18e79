"""Stance from the tense of the narration: backshifted "would", events set in a time adjunct, and
speakers of sentence-final cues that the parse strands on the nouns before them."""

from __future__ import annotations

import pytest

from sitroom.nlp.attribution.stance import clause_stance
from sitroom.nlp.pipeline import parse_document
from sitroom.records import Analysis, Event

pytestmark = pytest.mark.model


def _event_with(analysis: Analysis, word: str) -> Event:
    found = [e for e in analysis.events if word in e.evidence.text]
    assert found, [e.evidence.text for e in analysis.events]
    return min(found, key=lambda e: len(e.evidence.text))  # the mention of that word, not a clause around it


def _verb_stance(nlp, sentence: str, verb: str) -> str:  # type: ignore[no-untyped-def]
    doc = parse_document(nlp, sentence)
    token = next(t for t in doc if t.text == verb)
    return clause_stance(doc, token)[0]


@pytest.mark.parametrize(("sentence", "verb", "stance"), [
    # a participle or infinitive hanging from a past cue narrates in the past: "would" is "will" backshifted
    ("The envoy spoke to reporters in Lagos, adding that his country would send observers.", "send", "planned"),
    ("The statement appeared to indicate that the navy would escort the convoy.", "escort", "planned"),
    ("The minister has said that Chile would recall its ambassador.", "recall", "planned"),
    # "would be willing to" is a disposition to act, not a judgement
    ("The senator said he would be willing to back a short extension.", "back", "planned"),
    # present-tense narration and judgements stay hypothetical
    ("The mayor says a curfew would calm the city.", "calm", "conditional"),
    ("Analysts said such a blockade would be a grave escalation.", "be", "conditional"),
])
def test_would_in_past_narration_is_a_plan(nlp, sentence: str, verb: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    assert _verb_stance(nlp, sentence, verb) == stance


def test_an_event_in_a_during_phrase_keeps_its_own_modality(analyze_text) -> None:  # type: ignore[no-untyped-def]
    a = analyze_text("The two foreign ministers agreed to meet in Geneva during a telephone conversation on Monday.")
    assert _event_with(a, "conversation").attribution.stance == "asserted"


def test_a_sentence_final_cue_stranded_by_the_parse_keeps_its_speaker(analyze_text) -> None:  # type: ignore[no-untyped-def]
    a = analyze_text("Police arrested a driver who took a tourist to a healer in Aswan, southern Egypt, "
                     "Al-Ahram newspaper reported Sunday.")
    names = {x.id: x.name for x in a.actors}
    event = _event_with(a, "arrested")
    assert "Ahram" in (names.get(event.attribution.source) or ""), (event.attribution, names)
    assert event.attribution.stance == "reported"


@pytest.mark.parametrize("text, word, speaker", [
    ("Troops fired on the crowd that stormed the town hall in Kandahar, residents and a local journalist said.",
     "fired", "civilians"),
    ("Gunmen attacked a Shiite neighbourhood, witnesses and an AFP reporter said.", "attacked", "witnesses"),
])
def test_a_final_speaker_hung_on_the_clause_before_still_speaks(analyze_text, text: str, word: str,  # type: ignore[no-untyped-def]
                                                                 speaker: str) -> None:
    a = analyze_text(text)
    names = {x.id: x.name for x in a.actors}
    event = _event_with(a, word)
    assert names.get(event.attribution.source) == speaker, (event.attribution, names)
    # the speakers are not further targets of the act, though the parse joins them to its object
    assert not [e for e in a.events if names.get(e.recipient) in ("witnesses", "civilians", "French reporter")
                and e.rule.endswith("+each")]


def test_a_stranded_speaker_with_an_of_phrase_is_the_whole_phrase(analyze_text) -> None:  # type: ignore[no-untyped-def]
    a = analyze_text("Troops of the Afghan army killed one suspected militant and arrested six others in the "
                     "restive southern region, a press release of the Afghan Defense Ministry said Tuesday.")
    names = {x.id: x.name for x in a.actors}
    event = _event_with(a, "arrested")
    assert "ministry" in (names.get(event.attribution.source) or "").lower(), (event.attribution, names)


def test_a_participle_describing_a_thing_names_no_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = parse_document(nlp, "The blast came a year after the murder of the former premier, an attack "
                              "blamed on the neighbours.")
    assert not [f for f in doc._.frames if f.rule.endswith("inverted")]


def test_a_quotation_running_on_past_its_cue_is_its_speakers(analyze_text) -> None:  # type: ignore[no-untyped-def]
    a = analyze_text('"There is no room for compromise," opposition spokesman Ravi Menon told AFP. '
                     '"We have withdrawn our support for the government, and our ministers resigned on Monday."')
    names = {x.id: x.name for x in a.actors}
    event = _event_with(a, "resigned")
    assert names.get(event.attribution.source) == "Ravi Menon"
    assert event.attribution.stance == "asserted"


def test_the_subject_of_quoted_as_saying_is_the_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = parse_document(nlp, "Rebels attacked the convoy, Defence Minister John Banda was quoted as saying "
                              "by the radio.")
    frame = next(f for f in doc._.frames if f.attribution.cue == "was quoted")
    assert doc.text[frame.source_start:frame.source_end] == "Defence Minister John Banda"
    assert doc.text[frame.start:frame.end] == "Rebels attacked the convoy"
    announced = parse_document(nlp, "It was announced that troops had killed five rebels.")
    assert all(f.attribution.source is None for f in announced._.frames)


def test_a_role_noun_with_a_name_beside_it_speaks_as_that_person(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = parse_document(nlp, "A senior Fatah official, Omar Haddad, told reporters that troops raided the camp.")
    names = {a.id: a.name for a in doc._.actors}
    frame = next(f for f in doc._.frames if f.attribution.cue == "told")
    assert names.get(frame.attribution.source) == "Omar Haddad"


@pytest.mark.parametrize(("text", "word"), [
    ("Officials said Chile is committed to developing closer cooperation with Peru.", "developing"),
    ("Officials said Chile looks forward to strengthening cooperation with Peru.", "strengthening"),
    ("Officials said Chile attaches great importance to developing relations with Peru.", "developing"),
    ("Officials said the navy is confident of forging friendly ties with Peru's armed forces.", "forging"),
])
def test_a_gerund_of_commitment_is_the_subjects_plan(analyze_text, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    assert _event_with(analyze_text(text), word).attribution.stance == "planned"


def test_a_commitment_to_a_standing_agreement_is_not_a_plan(analyze_text) -> None:  # type: ignore[no-untyped-def]
    a = analyze_text("The rebels are committed to the ceasefire and denied attacking the convoy.")
    assert all(e.attribution.stance != "planned" for e in a.events), [e.attribution for e in a.events]


def test_a_that_clause_hung_on_the_meeting_noun_is_still_reported(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = parse_document(nlp, "Hu said at the talks that China had sent aid.")
    frame = next(f for f in doc._.frames if f.attribution.cue == "said")
    assert doc.text[frame.start:frame.end] == "that China had sent aid"
    relative = parse_document(nlp, "Hu said at the talks that China had hosted.")
    assert not [f for f in relative._.frames if f.attribution.cue == "said"]


@pytest.mark.parametrize("sentence", [
    "Ms Diaz underlined that the troops had left the border.",
    "Ms Diaz briefed the envoys that the troops had left the border.",
])
def test_verbs_of_stating_with_a_clause_open_a_frame(nlp, sentence: str) -> None:  # type: ignore[no-untyped-def]
    doc = parse_document(nlp, sentence)
    assert [doc.text[f.start:f.end] for f in doc._.frames] == ["that the troops had left the border"]
    plain = parse_document(nlp, "The drill underlined the navy's reach.")
    assert not plain._.frames


def test_the_official_continues_the_named_speaker_before(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = parse_document(nlp, "Police spokesman Chendela Musonda said troops killed five robbers in Lusaka. "
                              "The official said two officers were wounded in the clash.")
    names = {a.id: a.name for a in doc._.actors}
    assert [names.get(f.attribution.source) for f in doc._.frames] == ["Chendela Musonda", "Chendela Musonda"]
    fresh = parse_document(nlp, "Police spokesman Chendela Musonda said troops killed five robbers. "
                                "A police official said two officers were wounded.")
    fresh_names = {a.id: a.name for a in fresh._.actors}
    assert fresh_names.get(fresh._.frames[-1].attribution.source) != "Chendela Musonda"


@pytest.mark.parametrize(("text", "word", "stance"), [
    ("Police braced for an impending protest by farmers.", "protest", "planned"),
    ("The minister spoke about his scheduled visit to China.", "visit", "planned"),
    ("Delegates arrived ahead of next week's meeting in Geneva.", "meeting", "planned"),
    ("Police dispersed yesterday's rally in the capital.", "rally", "asserted"),
])
def test_an_event_noun_put_ahead_by_its_modifier_is_planned(analyze_text, text: str, word: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    event = next(e for e in analyze_text(text).events if word in e.evidence.text and e.evidence.text.find(word) < 30)
    assert event.attribution.stance == stance


@pytest.mark.parametrize("text, source", [
    # a past happening named with its year is on the record, whoever mentions it
    ("Kuwaiti officials said Iraq's 1990 invasion of Kuwait had left deep scars.", None),
    ("Kuwaiti officials said Iraq's invasion of Kuwait had left deep scars.", "Kuwaiti government"),
])
def test_a_dated_past_happening_in_a_statement_is_on_record(analyze_text, text: str,  # type: ignore[no-untyped-def]
                                                            source: str | None) -> None:
    a = analyze_text(text)
    names = {x.id: x.name for x in a.actors}
    event = _event_with(a, "invasion")
    assert names.get(event.attribution.source) == source, (event.attribution, names)
