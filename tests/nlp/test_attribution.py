"""Attribution frames (nlp/attribution.py, nlp/frame_rules.py): cue, source, content, stance, relays."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.tokens import Doc

from sitroom.nlp.attribution.component import Frame, attribution_at_token, attribution_for
from sitroom.nlp.pipeline import parse_document

pytestmark = pytest.mark.model


def _parse(nlp, text: str) -> Doc:  # type: ignore[no-untyped-def]
    return parse_document(nlp, text, date(2024, 10, 21))


def _frame(doc: Doc, cue: str) -> Frame:
    found = [f for f in doc._.frames if doc.text[f.cue_start:f.cue_end] == cue]
    assert found, f"no frame with cue {cue!r}: {[doc.text[f.cue_start:f.cue_end] for f in doc._.frames]}"
    return found[0]


def _source_text(doc: Doc, frame: Frame) -> str | None:
    if frame.source_start is None or frame.source_end is None:
        return None
    return doc.text[frame.source_start:frame.source_end]


def _name(doc: Doc, actor_id: str | None) -> str:
    return next((a.name for a in doc._.actors if a.id == actor_id), "")


FRAMES = [
    # text, cue, source phrase (substring), stance, content starts with
    ("Israeli army spokesman Daniel Hagari said the strike killed 12 militants.",
     "said", "Daniel Hagari", "asserted", "the strike killed"),
    ("Hamas dismissed the accusations as propaganda.", "dismissed", "Hamas", "denied", "the accusations"),
    ("Officials in Khartoum denied that the army had shelled the village.",
     "denied", "Officials", "denied", "that the army had shelled"),
    ("The Pentagon said it could not confirm reports that Iranian drones were used.",
     "could not confirm", "it", "unconfirmed", "reports that Iranian drones"),
    ("A Kremlin spokesman declined to answer a question on whether Russian troops had crossed the border.",
     "declined", "A Kremlin spokesman", "declined", "whether Russian troops"),
    ("The ceasefire will not hold, said Ethiopian Prime Minister Abiy Ahmed.",
     "said", "Abiy Ahmed", "asserted", "The ceasefire will not hold"),
    ("According to the United Nations, more than 2,000 people have fled the fighting.",
     "According to", "the United Nations", "asserted", "more than 2,000 people"),
    ("More than 2,000 people have fled the fighting, according to the Anadolu news agency.",
     "according to", "the Anadolu news agency", "reported", "More than 2,000 people"),
    ("Two soldiers were killed in the blast, according to residents' reports.",
     "according to", "residents' reports", "reported", "Two soldiers were killed"),
    ("Armenian officials estimated that 100,000 people had left the region.",
     "estimated", "Armenian officials", "speculative", "that 100,000 people"),
    ("“We will respond to any attack,” the defence minister told reporters.",
     "told", "the defence minister", "asserted", "We will respond"),
    ("As Reuters reported on Tuesday, the convoy was stopped at the border.",
     "reported", "Reuters", "reported", "the convoy was stopped"),
    ("Serbia's president warned that the clashes could spread.",
     "warned", "Serbia's president", "asserted", "that the clashes could spread"),
    ("The ceasefire, the minister said, would hold until Friday.",
     "said", "the minister", "asserted", "The ceasefire"),
    ("The general said:\n\nThe offensive will continue until the city falls.",
     "said", "The general", "asserted", "The offensive will continue"),
    ("“We will not retreat,” Ahmed, 54, told reporters in Khartoum.",
     "told", "Ahmed", "asserted", "We will not retreat"),
    ("Ethiopia's foreign ministry, in a statement issued after the talks collapsed, said the border "
     "would stay closed.", "said", "Ethiopia's foreign ministry", "asserted", "the border would stay closed"),
    ("“This is a legitimate concern,” Hassan, 69, told the BBC on Monday when asked about the talks.",
     "told", "Hassan", "asserted", "This is a legitimate concern"),
    ("Civilians should leave the area before the operation begins, the army told residents.",
     "told", "the army", "asserted", "Civilians should leave the area"),
    ("Moscow has denied sending troops to the region.",
     "has denied", "Moscow", "denied", "sending troops"),
    ("Beijing has not confirmed the talks with the separatists.",
     "has not confirmed", "Beijing", "unconfirmed", "the talks"),
    ("Azerbaijan accused Armenia of shelling its positions overnight.",
     "accused", "Azerbaijan", "asserted", "Armenia of shelling its positions"),
    ("A new poll shows the ruling party with 40 percent support.",
     "shows", "A new poll", "asserted", "the ruling party with 40 percent"),
    ("Local officials, who said the dam had been hit twice, asked for help.",
     "said", "who", "asserted", "the dam had been hit twice"),
    ("The governor tried to defend the curfew by saying that looters had burned two warehouses.",
     "saying", "The governor", "asserted", "that looters had burned"),
    # a parenthesis makes the parser break the sentence before the cue: the content runs back over it
    ("Indonesia will send 3,000 soldiers to the Association of Southeast Asian Nations (ASEAN) Summit to be "
     "held in Bali, the army chief said on Monday.",
     "said", "the army chief", "asserted", "Indonesia will send 3,000 soldiers"),
    # a sentence-final inverted cue the parse reads as a second verb with the speaker as object
    ("The two foreign ministers will meet in Jakarta next month, reported the Antara news agency on Monday.",
     "reported", "Antara", "reported", "The two foreign ministers will meet in Jakarta next month"),
    # a claim noun's source in a "from" or "by" phrase
    ("Moscow rejected allegations from the dead agent's friends that he was killed on the orders of the "
     "president.", "allegations", "the dead agent's friends", "asserted", "that he was killed"),
    # one reported clause the parser split in two clauses of the cue ("backed", "raided")
    ("The sources said Israeli troops backed by 15 military jeeps raided eastern Nablus early on Monday.",
     "said", "The sources", "asserted", "Israeli troops backed by 15 military jeeps raided eastern Nablus"),
    # a sentence-final cue the parse made a conjunct of the first of two joined clauses reports both
    ("Two policemen were wounded and six gunmen were arrested after a raid on a farm near Kandahar, "
     "provincial officials said Tuesday.",
     "said", "provincial officials", "asserted", "Two policemen were wounded and six gunmen were arrested"),
]


@pytest.mark.parametrize(("text", "cue", "source", "stance", "content"), FRAMES)
def test_frames(nlp, text: str, cue: str, source: str, stance: str, content: str) -> None:
    doc = _parse(nlp, text)
    frame = _frame(doc, cue)
    assert source in (_source_text(doc, frame) or ""), _source_text(doc, frame)
    assert frame.attribution.stance == stance
    assert doc.text[frame.start:frame.end].startswith(content), doc.text[frame.start:frame.end]
    assert frame.attribution.cue == cue


def test_reportedly_has_no_named_source(nlp) -> None:
    doc = _parse(nlp, "Azerbaijan reportedly moved artillery to the border on Tuesday.")
    frame = _frame(doc, "reportedly")
    assert frame.attribution.source is None
    assert frame.attribution.stance == "reported"
    assert "moved artillery" in doc.text[frame.start:frame.end]


def test_reportedly_leaves_out_background_relative_clause(nlp) -> None:
    doc = _parse(nlp, "The president reportedly signed the accord, which was agreed by both leaders in May.")
    frame = _frame(doc, "reportedly")
    assert doc.text[frame.start:frame.end] == "The president reportedly signed the accord"


def test_relay_by_news_agency_is_via_not_source(nlp) -> None:
    doc = _parse(nlp, "Israeli Prime Minister Benjamin Netanyahu said the operation would continue, "
                      "the Reuters news agency reported.")
    inner = _frame(doc, "said")
    outer = _frame(doc, "reported")
    assert "Netanyahu" in _name(doc, inner.attribution.source)
    assert outer.attribution.source is not None
    assert inner.attribution.via == [outer.attribution.source]
    assert outer.attribution.stance == "reported"


def test_cited_reports_chain(nlp) -> None:
    doc = _parse(nlp, "Yesterday, Netanyahu cited Israeli intelligence reports saying that Hezbollah "
                      "had moved rockets to the south.")
    inner = _frame(doc, "saying")
    outer = _frame(doc, "cited")
    assert "intelligence reports" in (_source_text(doc, inner) or "")
    assert outer.attribution.source is not None and outer.attribution.source in inner.attribution.via
    assert inner.attribution.source != outer.attribution.source


def test_pronoun_in_reported_speech_is_the_speaker(nlp) -> None:
    doc = _parse(nlp, "The Pentagon said it could not confirm reports that Iranian drones were used.")
    outer = _frame(doc, "said")
    inner = _frame(doc, "could not confirm")
    assert outer.attribution.source is not None
    assert inner.attribution.source == outer.attribution.source
    assert inner.attribution.via == []


def test_statement_date_and_negated_content(nlp) -> None:
    doc = _parse(nlp, "The minister told reporters on Monday that the government would not negotiate.")
    frame = _frame(doc, "told")
    times = {t.id: t.text for t in doc._.times}
    assert times.get(frame.attribution.date or "") == "Monday"
    verb = next(t for t in doc if t.text == "negotiate")
    merged = attribution_at_token(doc, verb)
    assert merged.negated is True


def test_negated_cue_marks_frame(nlp) -> None:
    doc = _parse(nlp, "The spokesman did not claim that the talks had failed.")
    frame = _frame(doc, "did not claim")
    assert frame.attribution.negated is True


@pytest.mark.parametrize("text, cue", [
    ("The spokesman did not say whether the cabinet had approved the plan.", "did not say"),
    ("The ministry did not disclose how many soldiers had been killed.", "did not disclose"),
])
def test_not_saying_leaves_content_unconfirmed(nlp, text, cue) -> None:
    """Not saying something vouches for neither it nor its opposite."""
    frame = _frame(_parse(nlp, text), cue)
    assert (frame.attribution.stance, frame.attribution.negated) == ("unconfirmed", False)


def test_attribution_for_innermost_and_outside(nlp) -> None:
    text = "Analysts said NATO could send more troops. The summit opened in Vilnius on Tuesday."
    doc = _parse(nlp, text)
    send = next(t for t in doc if t.text == "send")
    inside = attribution_for(doc, send.idx, send.idx + len(send))
    assert inside is not None and inside.stance == "asserted"
    assert attribution_at_token(doc, send).stance == "speculative"
    opened = next(t for t in doc if t.text == "opened")
    assert attribution_for(doc, opened.idx, opened.idx + 6) is None
    assert attribution_at_token(doc, opened).stance == "asserted"


def test_imperatives_and_bare_participles_are_not_frames(nlp) -> None:
    doc = _parse(nlp, "Ask yourself which side will win. Tell them to go home.")
    assert doc._.frames == []
    doc = _parse(nlp, "“It is over,” Hassan told the BBC when asked about the talks.")
    assert [doc.text[f.cue_start:f.cue_end] for f in doc._.frames] == ["told"]


def test_intent_frames_leave_the_speaker_in_charge(nlp) -> None:
    doc = _parse(nlp, "NATO said Iran was planning to launch more drones at Ukraine.")
    launch = next(t for t in doc if t.text == "launch")
    merged = attribution_at_token(doc, launch)
    said = _frame(doc, "said")
    assert merged.source == said.attribution.source and merged.source is not None
    assert merged.stance == "planned"


def test_according_to_relays_inner_speaker(nlp) -> None:
    doc = _parse(nlp, "Hamas said 12 people were killed in the strike, according to the Anadolu news agency.")
    inner = _frame(doc, "said")
    outer = _frame(doc, "according to")
    assert outer.attribution.source is not None
    assert inner.attribution.via == [outer.attribution.source]
    assert outer.attribution.stance == "reported"
    assert doc.text[inner.start:inner.end] == "12 people were killed in the strike"


def test_statement_date_through_participle_aside(nlp) -> None:
    doc = _parse(nlp, "Netanyahu, speaking in a televised address on Sunday, said the war would go on.")
    frame = _frame(doc, "said")
    times = {t.id: t.text for t in doc._.times}
    assert "Sunday" in times.get(frame.attribution.date or "", "")


@pytest.mark.parametrize(
    "text",
    ["The commander showed the captured weapons to reporters.",
     "Oil prices declined sharply on Monday.",
     "Russia is expected to send more troops to the region.",
     "Troops could say goodbye to their families before leaving."],
)
def test_not_reporting_frames(nlp, text: str) -> None:
    doc = _parse(nlp, text)
    assert [doc.text[f.cue_start:f.cue_end] for f in doc._.frames] == []


def test_adding_is_a_second_statement_not_part_of_the_first(nlp) -> None:
    doc = _parse(nlp, "Ukraine's air force said it shot down 20 drones overnight, adding that debris damaged "
                      "homes in Kyiv.")
    said, adding = _frame(doc, "said"), _frame(doc, "adding")
    assert doc.text[said.start:said.end] == "it shot down 20 drones overnight"
    assert doc.text[adding.start:adding.end].startswith("that debris damaged homes")
    assert adding.attribution.source == said.attribution.source


def test_writers_aside_is_not_relayed_by_the_speaker(nlp) -> None:
    doc = _parse(nlp, "Lebanon's health ministry said 50 people were killed, a figure that could not be "
                      "independently verified by Reuters.")
    aside = next(f for f in doc._.frames if f.attribution.stance == "unconfirmed")
    assert aside.attribution.via == []
    assert "Reuters" in (_source_text(doc, aside) or "")


def test_refused_to_say_is_one_declined_frame(nlp) -> None:
    doc = _parse(nlp, "The ministry refused to say whether the pilot had been captured.")
    assert [f.attribution.stance for f in doc._.frames] == ["declined"]
    captured = next(t for t in doc if t.text == "captured")
    assert attribution_at_token(doc, captured).stance == "declined"


def test_agreeing_pronoun_in_reported_speech_is_the_speaker(nlp) -> None:
    doc = _parse(nlp, "After talks with Germany, France said it believed the ceasefire would fail.")
    said, believed = _frame(doc, "said"), _frame(doc, "believed")
    assert "France" in _name(doc, said.attribution.source)
    assert believed.attribution.source == said.attribution.source
    assert believed.attribution.stance == "speculative"


def test_a_sentence_final_cue_reports_every_clause_before_its_subject() -> None:
    """'A rallied here, B wanted there, police said': both clauses hang on 'said'."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from sitroom.nlp.attribution.content import earlier_clauses as _earlier_clauses

    words = ["Students", "rallied", "here", ",", "Holm", "wanted", "there", ",", "police", "said", "."]
    heads = [1, 9, 1, 9, 5, 9, 5, 9, 9, 9, 9]
    deps = ["nsubj", "ccomp", "advmod", "punct", "nsubj", "ccomp", "advmod", "punct", "nsubj", "ROOT", "punct"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps)
    assert [t.text for t in _earlier_clauses(doc[9], doc[5])] == ["Students", "rallied", "here"]
    assert _earlier_clauses(doc[9], doc[1]) == []  # nothing before the first clause


def test_told_after_a_comma_is_not_an_inverted_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    """"…, told AFP": the object of "tell" is the hearer, whatever the parse made of the subject."""
    doc = _parse(nlp, "Youths threw stones on Friday at trucks of the World Food Programme, Anna Berg, head of "
                      "the agency's office in the east, told AFP.")
    assert all("inverted" not in f.rule for f in doc._.frames)



def test_trailing_pronoun_speaker_is_not_someone_its_content_talks_about(nlp) -> None:  # type: ignore[no-untyped-def]
    """"…, it said" after a clause about another party continues the earlier speaker."""
    doc = _parse(nlp, "Gunmen from the Ogaden front ambushed a bus near Jijiga on Monday, the regional police "
                      "commission said. The Ogaden front later torched two trucks on the same road, it said.")
    frame = _frame(doc, "said")
    last = [f for f in doc._.frames if doc.text[f.cue_start:f.cue_end] == "said"][-1]
    assert last.attribution.source == frame.attribution.source
    assert "police" in _name(doc, last.attribution.source).lower()


def test_an_office_named_through_a_pronoun_speaks_for_itself(nlp) -> None:  # type: ignore[no-untyped-def]
    """"President X ordered …, his office said": the office is the source, not the president."""
    doc = _parse(nlp, "President Ali Sabri ordered the border closed on Friday, his office said.")
    frame = _frame(doc, "said")
    assert _name(doc, frame.attribution.source) == "his office"


def test_a_spokesman_named_beside_the_possessive_is_that_person(nlp) -> None:  # type: ignore[no-untyped-def]
    """"the army's spokesman, General X, said": a named spokesman is left to the actor layer, not made
    an anonymous office of its own."""
    doc = _parse(nlp, "On Tuesday, the army's spokesman, Major General Tun Aung, said the rebels had fled.")
    frame = _frame(doc, "said")
    assert frame.attribution.source is not None
    assert "spokesman" not in _name(doc, frame.attribution.source)
