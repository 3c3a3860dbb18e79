"""Rules that span layers: which frame vouches for a clause, declined frames as quotes, intent frames in
quotes, and people coded by the date of the event rather than of the article."""

from __future__ import annotations

import pytest

from sitroom.records import Analysis, Event, Quote

pytestmark = pytest.mark.model


def _mention_texts(analysis: Analysis, actor_id: str | None) -> list[str]:
    text = analysis.document.text
    for actor in analysis.actors:
        if actor.id == actor_id:
            return [text[s:e] for s, e in actor.mentions]
    return []


def _event_with(analysis: Analysis, trigger: str) -> Event:
    found = [e for e in analysis.events if trigger in e.evidence.text.split()]
    assert found, f"no event with {trigger!r}: {[(e.type, e.evidence.text) for e in analysis.events]}"
    return min(found, key=lambda e: len(e.evidence.text))  # the trigger's own clause


def _quote_with(analysis: Analysis, contains: str) -> Quote:
    found = [q for q in analysis.quotes if contains in q.text]
    assert found, f"no quote with {contains!r}: {[q.text for q in analysis.quotes]}"
    return found[0]


OUTER_FRAME = [
    # text, event trigger, words of the outer frame's source, stance the event must carry
    ("Israel's defence minister could not confirm that Iranian advisers had arrived in Yemen "
     "and had reportedly attacked a base.", "attacked", "defence minister", "unconfirmed"),
    ("Rwanda's foreign minister denied that its troops had entered Congo and had allegedly shelled Goma.",
     "shelled", "foreign minister", "denied"),
    ("Pakistan's army declined to say whether its troops had crossed the border and had reportedly attacked "
     "camps in Afghanistan.", "attacked", "army", "declined"),
    # the same content span for both cues: the named source still wins
    ("Pakistan's army declined to say whether its jets had reportedly bombed camps in Afghanistan.",
     "bombed", "army", "declined"),
]


@pytest.mark.parametrize(("text", "trigger", "source", "stance"), OUTER_FRAME)
def test_sourceless_inner_cue_gives_way_to_a_withholding_outer_frame(analyze_text, text: str, trigger: str,
                                                                      source: str, stance: str) -> None:
    analysis = analyze_text(text)
    event = _event_with(analysis, trigger)
    assert event.attribution.stance == stance
    assert any(source in m for m in _mention_texts(analysis, event.attribution.source))


def test_sourceless_cue_under_a_plain_statement_stays_reported(analyze_text) -> None:
    """Only a source that withholds its word overrides: "X said Y reportedly attacked" stays reported."""
    analysis = analyze_text("Israel's defence minister said that Iranian advisers had arrived in Yemen "
                            "and had reportedly attacked a base.")
    assert _event_with(analysis, "attacked").attribution.stance == "reported"


def test_attribution_for_and_at_token_apply_the_precedence(nlp) -> None:
    from datetime import date

    from sitroom.nlp.attribution.component import attribution_at_token, attribution_for
    from sitroom.nlp.pipeline import parse_document

    text = "Sudan's army could not confirm that rebels had seized the town and had reportedly looted the market."
    doc = parse_document(nlp, text, date(2024, 10, 21))
    verb = next(t for t in doc if t.text == "looted")
    plain = attribution_for(doc, verb.idx, verb.idx + len(verb))
    merged = attribution_at_token(doc, verb)
    assert plain is not None and plain.stance == "unconfirmed" and plain.source is not None
    assert merged.stance == "unconfirmed" and merged.source == plain.source


WITHHELD = [
    # text, words of the content, words of the speaker's mention, stance
    ("Turkey's foreign minister declined to answer a question on whether Ankara would send troops to Libya.",
     "Ankara would send troops", "foreign minister", "declined"),
    ("Serbian President Aleksandar Vucic refused to say whether Belgrade had sent weapons to Kosovo Serbs.",
     "Belgrade had sent weapons", "Vucic", "declined"),
    ("The Kenyan army declined to say whether its troops had crossed into Somalia.",
     "its troops had crossed into Somalia", "army", "declined"),
    ("Ukraine's defence ministry could not confirm that Belarusian troops had massed near the border.",
     "Belarusian troops had massed", "defence ministry", "unconfirmed"),
    ("Ethiopia's government rejected claims that its forces had shelled Mekelle.",
     "its forces had shelled Mekelle", "government", "denied"),
]


@pytest.mark.parametrize(("text", "contains", "speaker", "stance"), WITHHELD)
def test_withholding_frames_are_carried_by_an_indirect_quote(analyze_text, text: str, contains: str,
                                                              speaker: str, stance: str) -> None:
    analysis = analyze_text(text)
    quote = _quote_with(analysis, contains)
    assert quote.kind == "indirect"
    assert quote.attribution is not None and quote.attribution.stance == stance
    assert quote.attribution.source == quote.speaker
    assert any(speaker in m for m in _mention_texts(analysis, quote.speaker))


def test_a_declined_frame_gives_one_quote_not_two(analyze_text) -> None:
    analysis = analyze_text("The Kenyan army declined to say whether its troops had crossed into Somalia.")
    assert len([q for q in analysis.quotes if "crossed into Somalia" in q.text]) == 1


def test_intent_frames_do_not_attribute_quotes(analyze_text) -> None:
    """"Azerbaijan plans to “restore order”": planning is the content's own actor, not a speaker."""
    analysis = analyze_text("According to Armenia's foreign ministry, Azerbaijan plans to \u201crestore order\u201d "
                            "in the region.")
    quote = _quote_with(analysis, "restore order")
    assert any("foreign ministry" in m for m in _mention_texts(analysis, quote.speaker))
    alone = analyze_text("The Venezuelan army intends to \u201ccrush the rebels\u201d by December.")
    assert not [q for q in alone.quotes if q.rule == "partial.frame"]


RECODED = [
    # text, article date, event trigger, code of the event's actor, code of the article-level actor
    ("NATO Secretary General Mark Rutte visited Kyiv on Monday. In 2023, Rutte met Chinese President "
     "Xi Jinping in Beijing.", "2025-03-01", "met", "NLDGOV", "NATO"),
    ("Rutte met Volodymyr Zelenskyy in Kyiv in March 2022.", "2025-03-01", "met", "NLDGOV", "NATO"),
    # the year he took office spans two codes: nothing to recode
    ("In 2019, Boris Johnson met Emmanuel Macron in Paris.", "2025-03-01", "met", "GBR", "GBR"),
    # a person found from a title alone stands for the office on the article's date
    ("In 2023, the NATO chief met Xi Jinping in Beijing.", "2025-03-01", "met", "NATO", "NATO"),
    # an event on the article's own date keeps the article-level code
    ("NATO chief Mark Rutte met Xi Jinping in Beijing on Monday.", "2025-03-05", "met", "NATO", "NATO"),
]


@pytest.mark.parametrize(("text", "ref", "trigger", "event_code", "article_code"), RECODED)
def test_people_are_coded_by_the_events_date(analyze_text, text: str, ref: str, trigger: str, event_code: str,
                                             article_code: str) -> None:
    analysis = analyze_text(text, ref=ref)
    event = _event_with(analysis, trigger)
    actor = next(a for a in analysis.actors if a.id == event.actor)
    assert actor.code == event_code
    first = next(a for a in analysis.actors if a.name == actor.name)  # the article-level record comes first
    assert first.code == article_code
    if event_code != article_code:
        assert actor.rule == "recoded_by_event_date" and actor.id != first.id
        text_of = analysis.document.text
        assert all(event.evidence.start <= s and e <= event.evidence.end for s, e in actor.mentions)
        assert [text_of[s:e] for s, e in actor.mentions]


def test_recoded_record_is_reused_for_the_same_person_and_code(analyze_text) -> None:
    analysis = analyze_text("NATO chief Mark Rutte spoke on Monday. In 2021, Rutte visited Washington. "
                            "In 2022, Rutte met Olaf Scholz in Berlin.", ref="2025-03-01")
    recoded = [a for a in analysis.actors if a.rule == "recoded_by_event_date"]
    assert len(recoded) == 1 and recoded[0].code == "NLDGOV" and len(recoded[0].mentions) == 2
    assert {e.actor for e in analysis.events if e.date is not None} == {recoded[0].id}
