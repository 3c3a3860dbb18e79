"""A speaker referred back to by pronoun or by "the <title>" when coreference left it open."""

from __future__ import annotations

import pytest

from sitroom.nlp.pipeline import parse_document
from sitroom.nlp.quotes.anaphora import definite_referent, previous_person_speaker, resolve_unresolved
from sitroom.nlp.quotes.speakers import cue_of
from tests.conftest import actor_named

pytestmark = pytest.mark.model

_MINISTER = ('Defence Minister Karin Holmqvist criticised the exercise on Monday. '
             '"We were not consulted about any of it," the minister said.')
_PRONOUN = ('Colonel Amadou Diallo told reporters that the convoy had been stopped. '
            'The road has been closed since May.\n\n'
            '"We will reopen it when the bridge is repaired," he said.')


def _direct_speaker(analyze_text, text: str) -> str | None:
    a = analyze_text(text)
    [quote] = [q for q in a.quotes if q.kind == "direct"]
    return actor_named(a, quote.speaker)


def _cue(doc, word: str):
    return next(t for t in doc if t.text == word and cue_of(t) is not None)


def test_the_minister_is_the_minister_named_before(nlp):
    doc = parse_document(nlp, _MINISTER)
    subj = next(t for t in doc if t.text == "minister")
    found = definite_referent(doc, subj)
    assert found is not None
    assert "Holmqvist" in next(a.name for a in doc._.actors if a.id == found)


def test_the_minister_end_to_end(analyze_text):
    assert "Holmqvist" in (_direct_speaker(analyze_text, _MINISTER) or "")


def test_a_definite_noun_no_actor_holds_stays_open(nlp):
    doc = parse_document(nlp, _MINISTER.replace("the minister said", "the farmer said"))
    subj = next(t for t in doc if t.text == "farmer")
    assert definite_referent(doc, subj) is None


def test_he_continues_the_last_named_person_speaking(nlp):
    doc = parse_document(nlp, _PRONOUN)
    found = previous_person_speaker(doc, _cue(doc, "said"), lambda t: cue_of(t) is not None)
    assert found is not None
    assert "Diallo" in next(a.name for a in doc._.actors if a.id == found)


def test_he_end_to_end(analyze_text):
    assert "Diallo" in (_direct_speaker(analyze_text, _PRONOUN) or "")


def test_no_earlier_speaker_leaves_he_open(nlp):
    doc = parse_document(nlp, 'The road has been closed since May. "We will reopen it soon," he said.')
    cue = _cue(doc, "said")
    subj = next(t for t in doc if t.lower_ == "he")
    assert resolve_unresolved(doc, subj, cue, lambda t: cue_of(t) is not None) is None


def test_second_speech_verb_hung_on_the_reported_clause(analyze_text):
    a = analyze_text('An army spokesman, Tomas Ferreira, said two soldiers had been wounded and warned that '
                     'the attackers "will pay a heavy price".')
    [quote] = [q for q in a.quotes if q.kind == "partial"]
    assert "Ferreira" in (actor_named(a, quote.speaker) or "")


def test_inverted_speaker_with_two_titles_is_the_person(analyze_text):
    text = ('Leaders met in Accra on Monday.\n\n"We welcome the agreement and we will support it," said '
            'ECOWAS chair and Nigerian President Bola Tinubu.')
    assert "Tinubu" in (_direct_speaker(analyze_text, text) or "")


def test_frame_source_the_minister(nlp):
    doc = parse_document(nlp, 'Defence Minister Karin Holmqvist criticised the exercise on Monday. The minister '
                              'said the army had not been consulted.')
    [frame] = [f for f in doc._.frames if f.attribution.cue == "said"]
    names = {a.id: a.name for a in doc._.actors}
    assert "Holmqvist" in names.get(frame.attribution.source or "", "")


def test_a_quoted_name_is_no_quote(analyze_text):
    a = analyze_text('The militia commander Paul Okello, known as "The Lion", has threatened to attack the '
                     'capital. The army named the operation "Iron Gate" and said it would "crush the rebels".')
    texts = [q.text for q in a.quotes]
    assert not any("Lion" in t or "Iron Gate" in t for t in texts)
    assert any("crush the rebels" in t for t in texts)


def test_expressed_governs_a_partial_quote(analyze_text):
    a = analyze_text('Foreign Minister Ana Costa met her Chilean counterpart on Monday. She expressed '
                     'Portugal\'s "deep gratitude" for the help in the fires.')
    quotes = [q for q in a.quotes if q.kind == "partial" and "deep gratitude" in q.text]
    assert len(quotes) == 1
    assert quotes[0].cue == "expressed"


@pytest.mark.parametrize("text, speaker", [
    ('Opposition spokesman Carlos Ruiz said on Monday the vote had been rigged. '
     '"We want President Manuel Alvarez to annul the result," he added.', "Carlos Ruiz"),
    ('The Brussels-based think tank Crisis Watch said the talks were stalling. '
     '"Germany must push the European Union to act," it said.', "Crisis Watch"),
])
def test_a_pronoun_speaker_continues_the_last_speaker_not_a_name_in_the_quote(
        analyze_text, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    a = analyze_text(text)
    last = [q for q in a.quotes if q.kind == "direct"][-1]
    assert actor_named(a, last.speaker) == speaker


def test_a_cueless_quote_after_a_reported_statement_is_that_speakers(analyze_text) -> None:  # type: ignore[no-untyped-def]
    a = analyze_text("Georgia and Russia held talks in Moscow on Friday about the transport blockade.\n\n"
                     "Foreign Minister Nino Beridze said sanctions against Georgia were raised at the meeting. "
                     '"We certainly did. How could we not raise it?"\n\nThe talks lasted two hours.')
    [quote] = [q for q in a.quotes if q.kind == "direct"]
    assert actor_named(a, quote.speaker) == "Nino Beridze"


def test_a_cueless_quote_after_a_plain_narrative_sentence_stays_unattributed(analyze_text) -> None:  # type: ignore[no-untyped-def]
    a = analyze_text("Georgia and Russia held talks in Moscow on Friday about the transport blockade.\n\n"
                     'Trains stopped running at the border in October. "Nobody can cross anymore."\n\n'
                     "The talks lasted two hours.")
    [quote] = [q for q in a.quotes if q.kind == "direct"]
    assert quote.speaker is None


def test_a_pronoun_continues_the_speaker_of_a_speech_gerund_after_a_preposition(analyze_text) -> None:  # type: ignore[no-untyped-def]
    """'the president … by saying …' is the nearest speaker: "She" is not the opposition leader before."""
    a = analyze_text("President Maria Lopez ordered troops into the capital on Sunday. Opposition leader Carlos "
                     "Vega said Sunday that the situation did not warrant the deployment. But in a televised "
                     "speech, the president sought to justify her move by saying the army had been deployed "
                     'before. She also said she merely wanted to "restore calm and order".')
    [partial] = [q for q in a.quotes if q.kind == "partial"]
    assert actor_named(a, partial.speaker) == "Maria Lopez"


def test_a_verb_tagged_word_inside_a_noun_phrase_is_no_cue(analyze_text) -> None:  # type: ignore[no-untyped-def]
    """"told a chat show audience:": the cue is "told" (its subject speaks), not "show"."""
    a = analyze_text("Prime Minister Ellen Marsh spoke on Friday. The prime minister went further and told a "
                     'radio chat show audience: "The senator will be gone before parliament resumes."')
    [quote] = [q for q in a.quotes if q.kind == "direct"]
    assert quote.cue == "told"
    assert actor_named(a, quote.speaker) == "Ellen Marsh"


def test_a_partial_quote_under_a_passive_with_an_agent_is_the_agents(analyze_text) -> None:  # type: ignore[no-untyped-def]
    """'the deal, praised by X as a "…"': X's words, not those of the sentence's reporting subject."""
    a = analyze_text("President Mahmoud Abbas welcomed the border deal on Tuesday. The Palestinian leader voiced "
                     'hope that the agreement, lauded by Foreign Minister Anna Berg as a "big step forward", '
                     "would lead to talks, the report added.")
    [partial] = [q for q in a.quotes if q.kind == "partial"]
    assert actor_named(a, partial.speaker) == "Anna Berg"
    assert partial.cue == "lauded"


def test_a_name_alone_before_a_rare_speech_verb_is_its_subject(analyze_text) -> None:  # type: ignore[no-untyped-def]
    """'"…," Okafor barked and …': the parser takes the name for a compound of the verb."""
    a = analyze_text("Donald Trump held a rally in Iowa. “Go back to Univision,” Trump barked and a security "
                     "guard escorted the reporter out.")
    [quote] = [q for q in a.quotes if q.kind == "direct"]
    assert actor_named(a, quote.speaker) == "Donald Trump"


def test_an_unnamed_group_speaks_through_a_participle(analyze_text) -> None:  # type: ignore[no-untyped-def]
    """'The fans, chanting "…"': the participle's subject is the noun it describes, and a common noun
    that names no actor becomes an unnamed source, as for frames ("witnesses said")."""
    a = analyze_text('Hundreds of fans gathered outside the stadium. The fans, chanting slogans such as "We want '
                     'Silva," blocked the road.')
    [quote] = [q for q in a.quotes if "Silva" in q.text]
    assert actor_named(a, quote.speaker) == "fans"


def test_doctors_as_unnamed_speakers(analyze_text) -> None:  # type: ignore[no-untyped-def]
    a = analyze_text('The minister was taken to hospital on Thursday with what doctors described only as '
                     '"a mild infection".')
    [quote] = [q for q in a.quotes if "mild infection" in q.text]
    assert actor_named(a, quote.speaker) == "doctors"


def test_a_quote_listed_right_after_another_has_its_speaker(analyze_text) -> None:  # type: ignore[no-untyped-def]
    a = analyze_text('Union leader Maria Santos told the crowd to repeat the slogans "Fair pay now," "No more '
                     'cuts," before the march set off.')
    speakers = {q.text.rstrip(","): actor_named(a, q.speaker) for q in a.quotes if q.kind != "indirect"}
    assert speakers.get("No more cuts") == "Maria Santos"


def test_he_continues_one_who_gave_a_warning(analyze_text) -> None:
    """"X gave a warning" is a speech act: "he said" after it is X, not a speaker named before."""
    text = ("Police chief Nicholas Ng said the convoy had left on time. Major-General Bryan Dutton gave a veiled "
            "warning about the fears of residents.\n\n"
            '"We intend to give the garrison every possible assistance," he said.')
    assert _direct_speaker(analyze_text, text) == "Bryan Dutton"
