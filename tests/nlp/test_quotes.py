"""Quotes with speakers on hand-written articles (tests/fixtures/quotes) and on the reference article.

Gold entries marked ``"needs"`` have a speaker that only the actor layer can give
("coref" for "he said" / "the ministry said", "actors" for IGO acronyms): they test
the quote layer and the actor layer together. Entries with ``"known_miss"`` say why
they fail today; they are expected failures (non-strict, so they pass once fixed).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from sitroom.records import Analysis, Quote

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "quotes"
KNOWN_MISS = "known miss: {}"


def _norm(s: str | None) -> str:
    s = (s or "").replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')
    return " ".join(s.lower().split())


def speaker_labels(analysis: Analysis, quote: Quote) -> list[str]:
    """The speaker actor's name and the texts of its mentions, as a reader would recognise it."""
    text = analysis.document.text
    for a in analysis.actors:
        if a.id == quote.speaker:
            return [_norm(x) for x in [a.name, a.code, a.country, *(text[s:e] for s, e in a.mentions)] if x]
    return []


def matching(analysis: Analysis, contains: str, indirect: bool = False) -> list[Quote]:
    want = _norm(contains)
    return [q for q in analysis.quotes if (q.kind == "indirect") == indirect and want in _norm(q.text)]


def speaker_ok(analysis: Analysis, quotes: list[Quote], wanted: list[str] | None) -> bool:
    if wanted is None:
        return any(q.speaker is None for q in quotes)
    return any(_norm(w) in lab for q in quotes for w in wanted for lab in speaker_labels(analysis, q))


def _cases() -> list[Any]:
    cases = []
    for gold_path in sorted(FIXTURES.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        for g in gold["quotes"]:
            marks = [pytest.mark.xfail(reason=KNOWN_MISS.format(g["known_miss"]), strict=False)] \
                if g.get("known_miss") else []
            cases.append(pytest.param(gold_path.name.replace(".gold.json", ""), g,
                                      id=f"{gold_path.stem[:12]}-{g['contains'][:24]}", marks=marks))
    return cases


@pytest.fixture(scope="module")
def fixture_analyses(analyze_text) -> dict[str, Analysis]:
    return {p.stem: analyze_text(p.read_text(encoding="utf-8")) for p in sorted(FIXTURES.glob("*.txt"))}


@pytest.mark.model
@pytest.mark.parametrize(("article", "gold"), _cases())
def test_fixture_quote(fixture_analyses: dict[str, Analysis], article: str, gold: dict[str, Any]) -> None:
    analysis = fixture_analyses[article]
    found = matching(analysis, gold["contains"], indirect=gold["kind"] == "indirect")
    assert found, f"{gold['contains']!r} not found among {[q.text for q in analysis.quotes]}"
    assert any(q.kind == gold["kind"] for q in found), [q.kind for q in found]
    assert speaker_ok(analysis, found, gold["speaker"]), [(q.speaker, q.rule) for q in found]


@pytest.mark.model
def test_fixture_not_quotes(fixture_analyses: dict[str, Analysis]) -> None:
    for gold_path in sorted(FIXTURES.glob("*.gold.json")):
        article = gold_path.name.replace(".gold.json", "")
        for term in json.loads(gold_path.read_text(encoding="utf-8")).get("not_quotes", []):
            assert not matching(fixture_analyses[article], term), (article, term)


@pytest.mark.model
def test_quote_offsets_point_at_the_quoted_text(fixture_analyses: dict[str, Analysis]) -> None:
    for analysis in fixture_analyses.values():
        text = analysis.document.text
        for q in analysis.quotes:
            if q.kind != "indirect" and "\n" not in text[q.start:q.end]:
                assert _norm(text[q.start:q.end]) == _norm(q.text)
            assert q.id.startswith("qt") and q.start < q.end


# --- rules on short texts -------------------------------------------------------------------

RULES = [
    # (text, quote substring, kind, speaker substring or None)
    ("Foreign Minister Anna Lind said on Monday: \u201cWe will not accept this.\u201d",
     "We will not accept", "direct", "Lind"),
    ("\u201cThe border stays closed,\u201d said Interior Minister Pavel Novak, \u201cuntil the talks resume.\u201d",
     "until the talks resume", "direct", "Novak"),
    ("Prime Minister Omar Said dismissed the report as \u201cpure fiction\u201d on Tuesday.",
     "pure fiction", "partial", "Omar Said"),
    ("Army chief Tomas Ruiz said that the troops would withdraw from the valley by Friday.",
     "the troops would withdraw", "indirect", "Ruiz"),
    ("According to President Maria Costa, the ceasefire will hold through the winter.",
     "the ceasefire will hold", "indirect", "Costa"),
    ("NATO Secretary General Jens Holm warned of a dangerous escalation in the region.",
     "a dangerous escalation", "indirect", "Holm"),
    # a title abbreviation does not end the attribution clause
    ("\u201cThe vote was stolen,\u201d Sen. Maria Lopez (D-Calif.) said on Friday.",
     "The vote was stolen", "direct", "Lopez"),
    # "X boasted, “…”": the clause before the quote, not a speech verb in the next sentence
    ("When pressed, Governor Paul Okafor boasted, \u201cThat makes us strong.\u201d "
     "His rival Ngozi Eze said nothing.", "That makes us strong", "direct", "Okafor"),
    # a pull quote signed with a dash
    ("Residents spoke after the flood.\n\u201cWe lost everything in one night.\u201d \u2015 Grace Mensah\n",
     "We lost everything", "direct", "Grace Mensah"),
    # "said" followed by a title and a name
    ("\u201cThe roads are closed,\u201d said Accra police Chief Kwame Boateng, who gave no details.",
     "The roads are closed", "direct", "Boateng"),
    # an inverted speaker's relative clause names someone else, who is not the speaker
    ('"We know little about China," said Axmed Saggar who came to cover a summit to be attended by President '
     'Abdullahi Yusuf Ahmed of Somalia.', "We know little", "direct", "Saggar"),
    # a title the parser read as a verb, with the name as its object
    ('"Hospitals need to be conducting surveillance," warned epidemiologist Clifford McDonald of the US Centers '
     'for Disease Control.', "Hospitals need", "direct", "McDonald"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "contains", "kind", "speaker"), RULES)
def test_rules(analyze_text, text: str, contains: str, kind: str, speaker: str) -> None:
    analysis = analyze_text(text)
    found = matching(analysis, contains, indirect=kind == "indirect")
    assert found and found[0].kind == kind, [(q.text, q.kind) for q in analysis.quotes]
    assert speaker_ok(analysis, found, [speaker])


@pytest.mark.model
def test_scare_quotes_are_nobodys_quote(analyze_text) -> None:
    analysis = analyze_text("The treaty applies in the case of \u201caggression\u201d against either party.")
    assert not [q for q in analysis.quotes if q.kind != "indirect"]


@pytest.mark.model
def test_fact_box_labels_are_not_a_transcript(analyze_text) -> None:
    text = ("Who could lead the new coalition\n\nNew Delhi, India\n\n"
            "Three politicians are named as possible prime ministers.\n\n"
            "RAHUL MEHTA: Leader of the regional party, Rahul Mehta has never held a government post.\n\n"
            "ANIL DESAI: Chief minister of a southern state, Anil Desai is seen as a reformer.\n\n"
            "PRIYA NAIR: A former finance minister, Priya Nair led the budget talks last year.")
    analysis = analyze_text(text)
    assert not [q for q in analysis.quotes if q.rule == "direct.transcript"]


@pytest.mark.model
def test_a_draw_listed_under_labels_is_no_transcript(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = ("Following are the men's and women's soccer draws at the Asian Games:\n\nMen's draw:\n\n"
            "First round (qualification)\n\nGroup A: Jordan, Tajikistan, Kyrgyzstan and Macao of China\n\n"
            "Group B: Singapore, Syria, Indonesia and Iraq\n\nSecond round:\n\n"
            "Group A: Qatar, UAE, Uzbekistan and Winner A\n\nGroup B: South Korea, Bahrain, Vietnam and Bangladesh\n\n"
            "Group C: Thailand, Kuwait, Yemen and Palestine\n\nGroup D: Iran, India, Hong Kong of China and Maldives")
    assert not [q.text for q in analyze_text(text).quotes if q.rule == "direct.transcript"]


@pytest.mark.model
def test_a_short_answer_in_a_transcript_is_still_a_turn(analyze_text) -> None:  # type: ignore[no-untyped-def]
    text = ("Kremlin spokesman Dmitry Peskov spoke to reporters on Monday.\n\n"
            "Q: Will Russia send more troops to the border?\n\n"
            "PESKOV: Absolutely not.\n\n"
            "Q: And the talks in Geneva?\n\n"
            "PESKOV: We will take part in them.")
    turns = [q.text for q in analyze_text(text).quotes if q.rule == "direct.transcript"]
    assert "Absolutely not." in turns, turns


@pytest.mark.model
def test_so_called_marks_scare_quotes(analyze_text) -> None:
    analysis = analyze_text("Doctors in the so-called \u201cliberated zones\u201d work without power.")
    assert not [q for q in analysis.quotes if q.kind != "indirect"]


@pytest.mark.model
def test_colon_paragraph_introduces_the_next_paragraphs_quote(analyze_text) -> None:
    text = ("Leader vows troops will stay\n\nBamako, Mali\n\n"  # headline and dateline are metadata
            "The president addressed lawmakers on Monday as fighting continued in the north.\n\n"
            "President Amadou Diallo told parliament:\n\n"
            "\u201cWe will not negotiate with those who attack our villages.\n\n"
            "\u201cOur soldiers will stay until the north is safe.\u201d\n\n"
            "The opposition walked out.")
    analysis = analyze_text(text)
    (first,) = matching(analysis, "We will not negotiate")
    (second,) = matching(analysis, "Our soldiers will stay")
    assert first.rule == "direct.colon_paragraph" and speaker_ok(analysis, [first, second], ["Diallo"])
    # a quote over two paragraphs is one record per paragraph, the second continuing the first's speaker
    assert second.rule == "direct.paragraph_continued" and "negotiate" not in second.text
    assert first.end <= second.start


@pytest.mark.model
def test_continuation_is_broken_by_another_speakers_paragraph(analyze_text) -> None:
    text = ("\u201cWe are ready to sign,\u201d said Defence Minister Ivan Petrov.\n\n"
            "\u201cThe document is finished.\u201d\n\n"
            "Opposition leader Sofia Marin said the deal was rushed.\n\n"
            "\u201cNobody has read the annexes.\u201d")
    analysis = analyze_text(text)
    (cont,) = matching(analysis, "The document is finished")
    assert cont.rule == "direct.continuation" and speaker_ok(analysis, [cont], ["Petrov"])
    (orphan,) = matching(analysis, "Nobody has read the annexes")
    assert not speaker_ok(analysis, [orphan], ["Petrov"])
    # the statement that closed the paragraph before speaks on
    assert orphan.rule == "direct.after_paragraph" and speaker_ok(analysis, [orphan], ["Marin"])


@pytest.mark.model
def test_the_paragraph_before_speaks_through_its_main_statement(analyze_text) -> None:
    text = ("Opposition leader Sofia Marin denied that her party had taken foreign money, although the "
            "interior minister had suggested that it should be investigated.\n\n"
            "\u201cWe have nothing to hide.\u201d")
    analysis = analyze_text(text)
    (orphan,) = matching(analysis, "We have nothing to hide")
    assert orphan.rule == "direct.after_paragraph" and speaker_ok(analysis, [orphan], ["Marin"])


# --- the reference article ------------------------------------------------------------------

REFERENCE = [
    ("North Korea is our close neighbor", "direct", ["Peskov"], []),
    ("North Korea sending troops to fight alongside Russia", "direct", ["Rutte"], []),
    ("I am grateful to those leaders", "direct", ["Zelenskyy"], []),  # "he said": actor-layer coreference
    ("If the world remains silent now", "direct", ["Zelenskyy"], []),
    ("Unfortunately, instability and threats", "direct", ["Zelenskyy"], []),
    ("The party will actively support", "direct", ["People Power"], []),  # "it said": coreference
    ("strong reaction", "partial", ["Zelenskyy"], []),
    ("not directed against", "partial", ["embassy", "Russia"], []),  # "the embassy": coreference
    ("within the framework of international law", "partial", ["embassy", "Russia"], []),
    ("fake news", "partial", ["Peskov"], []),
    ("immediate", "partial", ["South Korea", "Seoul"], []),
]


@pytest.mark.model
@pytest.mark.parametrize(
    ("contains", "kind", "speakers"),
    [pytest.param(c, k, s, marks=m, id=c[:24]) for c, k, s, m in REFERENCE],
)
def test_reference_quotes(reference_analysis: Analysis, contains: str, kind: str, speakers: list[str]) -> None:
    found = matching(reference_analysis, contains)
    assert found and any(q.kind == kind for q in found)
    assert speaker_ok(reference_analysis, found, speakers), [(q.speaker, q.rule) for q in found]


@pytest.mark.model
def test_reference_scare_quote_is_not_output(reference_analysis: Analysis) -> None:
    assert not [q for q in reference_analysis.quotes if q.kind != "indirect" and _norm(q.text) == "aggression"]


@pytest.mark.model
def test_reference_has_no_spurious_direct_or_partial_quotes(reference_analysis: Analysis) -> None:
    gold = [_norm(c) for c, *_ in REFERENCE]
    extra = [q.text for q in reference_analysis.quotes
             if q.kind != "indirect" and not any(g in _norm(q.text) or _norm(q.text).strip('. "') in g
                                                 for g in gold)]
    assert not extra
