"""Quantities on short texts about many conflicts, and on the reference article."""

from __future__ import annotations

import pytest

import sitroom.nlp.quantities.claims as quantity_claims
from sitroom.nlp.quantities.component import quantity_for_token
from sitroom.records import Analysis, Quantity

pytestmark = pytest.mark.model


def _labels(analysis: Analysis, actor_id: str | None) -> str:
    """Actor name and mention texts, lowercased, for lenient claimant checks."""
    for a in analysis.actors:
        if a.id == actor_id:
            texts = [a.name] + [analysis.document.text[s:e] for s, e in a.mentions]
            return " | ".join(texts).lower().replace("\u2019", "'")
    return ""


def _only(analysis: Analysis, text: str) -> Quantity:
    found = [q for q in analysis.quantities if q.text == text]
    assert found, f"{text!r} not among {[q.text for q in analysis.quantities]}"
    return found[0]


# sentence, quantity text, value, value_max, unit, approximate, qualifier
CASES = [
    ("The health ministry in Gaza said more than 40,000 people had been killed since October 2023.",
     "more than 40,000", 40000, None, "people", True, "more than"),
    ("The UN estimated that tens of thousands of civilians had fled El Fasher.",
     "tens of thousands", 10000, None, "civilians", True, None),
    ("Rebels fired a dozen rockets at the base in Kashmir, the army said.",
     "a dozen", 12, None, "rockets", False, None),
    ("According to the World Food Programme, up to 1.5 million people face famine in Sudan.",
     "up to 1.5 million", 1_500_000, None, "people", True, "up to"),
    ("The United States announced $425 million in military aid for Ukraine.",
     "$425 million", 425_000_000, None, "USD", False, None),
    ("Between 3,000 and 5,000 fighters crossed into Mali from the Sahel, officials said.",
     "Between 3,000 and 5,000", 3000, 5000, "fighters", True, "between"),
    ("The junta said it had detained 3,000-5,000 protesters in Yangon.",
     "3,000-5,000", 3000, 5000, "protesters", True, None),
    ("Inflation in Myanmar rose to 30 percent last year.", "30 percent", 30, None, "percent", False, None),
    ("The death toll in Donbas rose to 3,000, the ministry said.", "3,000", 3000, None, "death toll", False, None),
    ("Hundreds of drones and 40 missiles were launched overnight, Ukraine's air force said.",
     "Hundreds", 100, None, "drones", True, None),
    ("Hundreds of drones and 40 missiles were launched overnight, Ukraine's air force said.",
     "40", 40, None, "missiles", False, None),
    ("Some 200 Malian soldiers were deployed to the border.", "Some 200", 200, None, "Malian soldiers", True,
     "some"),
    ("England must score 557 runs to win.", "557", 557, None, "runs", False, None),  # "score" as a verb
    ("The fund will need 25 billion U.S. dollars by 2030.", "25 billion", 25e9, None, "USD", False, None),
    ("Nearly 30 Chinese-owned stores were looted in Honiara.", "Nearly 30", 30, None, "Chinese-owned stores",
     True, "nearly"),
]


@pytest.mark.parametrize("text,qtext,value,value_max,unit,approx,qualifier", CASES)
def test_quantities(analyze_text, text, qtext, value, value_max, unit, approx, qualifier):
    analysis = analyze_text(text)
    q = _only(analysis, qtext)
    assert q.value == pytest.approx(value)
    assert q.value_max == (pytest.approx(value_max) if value_max is not None else None)
    assert (q.unit, q.approximate, q.qualifier) == (unit, approx, qualifier)
    assert analysis.document.text[q.start:q.end] == qtext


@pytest.mark.parametrize("text", [
    "A 25-year-old soldier was killed in Gaza on Monday.",
    "The convoy left Kabul at 5:30 p.m. on Friday.",
    "Russia invaded Ukraine in February 2022.",
    "Article 5 of the NATO treaty was never invoked before 2001.",
    "It was the first attack on the city since the ceasefire.",
    "The treaty applies if one of the signatories is attacked.",
    "The war has lasted three years.",
    "A man aged 25 was arrested near Route 66 in Texas.",
    "Call the embassy in Khartoum on 0123456789.",
    "The curfew in Kinshasa starts at 1800 GMT.",
    "More than one third of the population of Gaza has fled.",
    "Prior to the two-way talks, the envoys agreed a 10-point plan.",
    # a definite "two" points back at a pair already named
    "Kenya and Uganda signed a trade pact; the two sides will meet again in Kampala.",
    "Relations between the two neighbours have improved since the border reopened.",
    # "one" picking out an unnamed source
    '"The road is closed," one police officer said on Tuesday.',
])
def test_not_quantities(analyze_text, text):
    assert analyze_text(text).quantities == []


# sentence, quantity text, a word the claimant's name or mentions contain
CLAIMS = [
    ("South Korea's spy agency said North Korea had sent 1,500 troops to Russia.", "1,500", "south korea"),
    ("The Ukraine government estimated that Russian casualties were almost 680,000.", "almost 680,000",
     "ukraine"),
    ("According to the World Food Programme, up to 1.5 million people face famine in Sudan.",
     "up to 1.5 million", "world food programme"),
    ("Hundreds of drones and 40 missiles were launched overnight, Ukraine's air force said.", "40", "ukraine"),
    # an observer's count: the subject of "detected", even when the parser finds a second subject
    ("The Ministry of National Defense (MND) condemned the drills. Between 6 a.m. on Thursday and 6 a.m. "
     "today, the ministry detected 49 aircraft near the island.", "49", "ministry of national defense"),
    # the source named beside a role phrase that names no actor itself
    ("The acting governor of the Kursk region, Alexei Smirnov, told reporters that 121,000 people had "
     "been evacuated.", "121,000", "smirnov"),
    # a relative pronoun subject stands for the noun its clause modifies
    ("The figures contrast with a Gallup poll in the Daily Mirror on Monday that showed the gap narrowing "
     "to 12 points.", "12", "gallup"),
]


@pytest.mark.parametrize("text,qtext,claimant", CLAIMS)
def test_claimant(analyze_text, text, qtext, claimant):
    analysis = analyze_text(text)
    q = _only(analysis, qtext)
    assert claimant in _labels(analysis, q.claimant)
    assert q.rule is not None and ("claimant=frame" in q.rule or "claimant=cue" in q.rule)


@pytest.mark.parametrize("text,qtext,claimant,cue", [
    (*CLAIMS[0], "said"), (*CLAIMS[1], "estimated"),
    ("Zelenskyy cited Ukrainian intelligence reports saying an additional 10,000 troops were being prepared.",
     "an additional 10,000", "ukrainian", "saying"),
])
def test_claimant_by_cue_walk_without_frames(nlp, monkeypatch, text, qtext, claimant, cue):
    """The fallback alone: no attribution frame and no quote covers the number."""
    monkeypatch.setattr(quantity_claims, "attribution_for", lambda doc, start, end: None)
    doc = nlp(text)
    doc._.quotes = []
    doc = nlp.get_pipe("sitroom_quantities")(doc)
    q = next(q for q in doc._.quantities if q.text == qtext)
    assert q.rule is not None and q.rule.endswith("claimant=cue")
    assert q.attribution is not None and q.attribution.cue is not None and q.attribution.cue.lower() == cue
    actor = next(a for a in doc._.actors if a.id == q.claimant)
    names = " ".join([actor.name] + [doc.text[s:e] for s, e in actor.mentions]).lower().replace("\u2019", "'")
    assert claimant in names


def test_quantity_for_token_takes_the_verbs_own_argument(nlp):
    doc = nlp("North Korea sent 1,500 troops to Russia, which said 300 had arrived.")
    sent = next(t for t in doc if t.lemma_ == "send")
    q = quantity_for_token(doc, sent)
    assert q is not None and q.value == 1500
    assert quantity_for_token(doc, next(t for t in doc if t.text == "Russia")) is None


def test_passive_subject_is_not_the_claimant(nlp, monkeypatch):
    monkeypatch.setattr(quantity_claims, "attribution_for", lambda doc, start, end: None)
    doc = nlp("More than 100 Indians were reported killed in the stampede near Mecca.")
    doc._.quotes = []
    doc = nlp.get_pipe("sitroom_quantities")(doc)
    q = next(q for q in doc._.quantities if q.value == 100)
    assert q.unit == "Indians" and q.claimant is None


# ---- the reference article -------------------------------------------------------------------------------

# value, unit, approximate, qualifier
REFERENCE = [
    (1500, "special forces troops", False, None),
    (12000, "soldiers", True, "about"),
    (10000, "troops", False, "an additional"),
    (680000, "Russian casualties", True, "almost"),
]


@pytest.mark.parametrize("value,unit,approx,qualifier", REFERENCE)
def test_reference_quantities(reference_analysis, value, unit, approx, qualifier):
    found = [q for q in reference_analysis.quantities if q.value == value]
    assert len(found) == 1
    q = found[0]
    assert (q.unit, q.approximate, q.qualifier) == (unit, approx, qualifier)
    assert q.claimant is not None


@pytest.mark.parametrize("value,claimant", [
    (1500, "south korea"), (12000, "intelligence"), (10000, "ukrainian"), (680000, "ukraine"),
])
def test_reference_claimants(reference_analysis, value, claimant):
    q = next(q for q in reference_analysis.quantities if q.value == value)
    assert claimant in _labels(reference_analysis, q.claimant)


def test_reference_has_no_spurious_numbers(reference_analysis):
    assert sorted(q.value for q in reference_analysis.quantities) == [1500, 10000, 12000, 680000]


def test_number_in_a_quote_is_claimed_by_its_speaker(nlp, monkeypatch):
    monkeypatch.setattr(quantity_claims, "attribution_for", lambda doc, start, end: None)
    doc = nlp('"We shot down 40 drones over Kyiv," Ukraine\'s air force said on Monday.')
    q = next(q for q in doc._.quantities if q.value == 40)
    quote = next((x for x in doc._.quotes if x.start <= q.start and q.end <= x.end and x.speaker), None)
    if quote is None:
        pytest.skip("the quotes layer found no speaker for this quote")
    assert q.claimant == quote.speaker and q.rule is not None and q.rule.endswith("claimant=quote")


def test_a_definite_larger_number_stays_a_count(analyze_text):
    """"the five countries" sums up a list: it is a figure, unlike "the two sides"."""
    analysis = analyze_text("The minister thanked the five countries for their support.")
    assert [q.value for q in analysis.quantities] == [5]


def test_a_thousands_separator_set_with_a_space(analyze_text):
    """Some wire copy writes "7, 000": one amount of seven thousand, not 7 and 0."""
    analysis = analyze_text("The government will deploy some 7, 000 policemen for the summit.")
    q = _only(analysis, "some 7, 000")
    assert (q.value, q.unit, q.qualifier) == (7000, "policemen", "some")
    assert len(analysis.quantities) == 1


def test_a_comma_between_small_numbers_is_a_list(analyze_text):
    analysis = analyze_text("Rockets hit districts 3, 4 and 12 of the city.")
    assert 3004 not in [q.value for q in analysis.quantities]


def test_a_change_states_the_old_and_the_new_figure(analyze_text):
    """"cut from 45 to 25 percent" is two figures, both percentages; "ranged from 10 to 20" a range."""
    analysis = analyze_text("Import duties were cut from 45 to 25 percent last year.")
    assert [(q.value, q.value_max, q.unit) for q in analysis.quantities] == [(45, None, "percent"),
                                                                             (25, None, "percent")]
    analysis = analyze_text("Turnout rose from 12 percent to 19 percent in the north.")
    assert [q.value for q in analysis.quantities] == [12, 19]
    analysis = analyze_text("Estimates of the dead ranged from 10 to 20.")
    assert [(q.value, q.value_max) for q in analysis.quantities] == [(10, 20)]


def test_a_rise_or_fall_to_a_level_is_two_figures(analyze_text):
    """"down five to 27 percent" is a change of five and a level of 27; "rose 10 to 20 percent" a range."""
    analysis = analyze_text("The governing party was down five to 27 percent in the latest count.")
    assert [(q.value, q.value_max, q.unit) for q in analysis.quantities] == [(5, None, "percent"),
                                                                             (27, None, "percent")]
    analysis = analyze_text("Food prices rose 10 to 20 percent across the region.")
    assert [(q.value, q.value_max) for q in analysis.quantities] == [(10, 20)]


@pytest.mark.parametrize(("text", "number", "unit"), [
    ("About 1,600 observers monitored the election, including some 465 from the OSCE.", "some 465", "observers"),
    ("The ruling party won 112 seats out of 164 in the first phase.", "164", "seats"),
])
def test_a_bare_number_counts_the_noun_it_leaves_out(analyze_text, text, number, unit):
    assert _only(analyze_text(text), number).unit == unit


def test_the_maker_of_a_survey_claims_its_figures(analyze_text):
    analysis = analyze_text("Two new polls by Gallup put the opposition's lead at 19 percent.")
    assert "gallup" in _labels(analysis, _only(analysis, "19 percent").claimant)


def test_a_relative_clause_hung_on_a_date_speaks_for_the_noun_before(analyze_text):
    analysis = analyze_text("A poll by the group ICM and published by the Guardian newspaper Wednesday, which "
                            "claimed the lead had fallen to just five percent, could have been a rogue result.")
    assert "icm" in _labels(analysis, _only(analysis, "five percent").claimant)


def test_a_number_describing_the_speaker_is_the_outlets(analyze_text):
    """"X, one of the five judges, said …": the outlet describes X; the figure after the verb is X's."""
    analysis = analyze_text("Judge Amara Kone, one of the five judges on the panel, said 12 witnesses had testified.")
    five, twelve = _only(analysis, "five"), _only(analysis, "12")
    assert five.claimant is None
    assert "kone" in _labels(analysis, twelve.claimant)


@pytest.mark.parametrize("text,qtext,value,unit", [
    # the noun an "of"-amount measures
    ("A crowd of 80,000 filled the square on Sunday.", "80,000", 80000, "crowd"),
    # a number word glued to a compound after it is not part of the amount before it
    ("Three four-wheel-drive vehicles were stolen from the depot.", "Three", 3, "wheel-drive vehicles"),
    # a bracketed conversion into US dollars
    ("The fine was 9,000 dollars (6,200 US), the court said.", "6,200 US", 6200, "USD"),
])
def test_what_an_amount_counts(analyze_text, text, qtext, value, unit):
    q = _only(analyze_text(text), qtext)
    assert q.value == value
    assert unit in (q.unit or "")


def test_us_before_a_noun_is_no_currency(analyze_text):
    q = _only(analyze_text("About 300 US troops arrived on Monday."), "About 300")
    assert q.unit == "US troops"
