"""Police events in lowercase regional copy: the records, and the sentence labels read off them."""

from __future__ import annotations

import pytest

from sitroom.eval.police import PoliceLabels, is_police, keyword_labels, span_labels
from sitroom.records import Analysis


def _labels(analyze_text, text: str) -> dict[str, bool]:
    return span_labels(analyze_text(text)).as_dict()


def _police_events(analysis: Analysis, kind: str) -> list:
    actors = {a.id: a for a in analysis.actors}
    return [e for e in analysis.events if e.type == kind and is_police(actors.get(e.actor or ""))]


@pytest.mark.parametrize("text", [
    "police lathi-charged the students outside the university gate on monday.",
    "the police resorted to a lathi charge to scatter the crowd near the bus stand.",
    "the cops fired teargas at the stone-pelting crowd in the old city.",
    "a clash between students and police left ten people injured at the campus.",
])
def test_crowd_control_force_by_police(analyze_text, text: str) -> None:
    labels = _labels(analyze_text, text)
    assert labels["force"] and labels["any"]
    assert not labels["kill"]


@pytest.mark.parametrize("text", [
    "a vendor was shot dead by the police near the market on tuesday.",
    "the smuggler, who was chased and killed by police on friday, was buried in his village.",
    "six villagers were killed and nine others hurt when the police fired on a rally.",
])
def test_killings_with_police_as_agent(analyze_text, text: str) -> None:
    analysis = analyze_text(text)
    kills = [e for e in _police_events(analysis, "ASSAULT") if e.cameo == "1823"]
    assert kills, [(e.rule, e.actor) for e in analysis.events]
    assert span_labels(analysis).kill


def test_killing_by_others_is_no_police_kill(analyze_text) -> None:
    labels = _labels(analyze_text, "a trader was shot dead by unidentified gunmen, the police said.")
    assert labels == {"force": False, "kill": False, "arrest": False, "any": False}


def test_police_custody_is_an_arrest_by_police(analyze_text) -> None:
    analysis = analyze_text("two farmers were put into police custody after the clash on sunday.")
    arrests = [e for e in analysis.events if e.type == "COERCE" and e.mode == "arrest"]
    assert arrests and all(is_police({a.id: a for a in analysis.actors}.get(e.actor or "")) for e in arrests)
    assert span_labels(analysis) == PoliceLabels(arrest=True, any=True)


@pytest.mark.parametrize("text", [
    "arrest warrants were issued against the two former ministers on monday.",
    "the minister is safe from arrest while parliament is in session.",
    "last year the new housing scheme arrested the development of slums along the river.",
])
def test_arrest_senses_that_are_no_arrest(analyze_text, text: str) -> None:
    assert not _labels(analyze_text, text)["arrest"]


def test_a_statement_by_police_is_no_police_action(analyze_text) -> None:
    labels = _labels(analyze_text, "the police said the shopkeeper had been stabbed by a neighbour.")
    assert not labels["any"]


def test_mojibake_sentence_is_repaired_and_labelled(analyze_text) -> None:
    raw = "\u201cthe cops lathi-charged us\u201d, said a student after the protest at the college."
    mangled = raw.encode("utf-8").decode("cp1252", errors="replace")
    assert "\u00e2\u20ac" in mangled
    analysis = analyze_text(mangled)
    assert analysis.document.repairs
    assert span_labels(analysis).force


def test_keyword_baseline_needs_a_police_word() -> None:
    assert keyword_labels("police fired tear gas at the crowd") == PoliceLabels(force=True, any=True)
    assert keyword_labels("gunmen fired at the crowd") == PoliceLabels()


def test_negated_force_gives_no_label(analyze_text) -> None:
    analysis = analyze_text("police did not open fire on the protesters, the minister said.")
    assert any(e.type == "ASSAULT" and e.attribution.negated for e in analysis.events)
    assert span_labels(analysis) == PoliceLabels()


def test_labels_are_per_sentence_span(analyze_text) -> None:
    text = "police lathi-charged the crowd on monday. later five people were arrested."
    analysis = analyze_text(text)
    cut = text.index(" later") + 1
    assert span_labels(analysis, 0, cut) == PoliceLabels(force=True, any=True)
    assert span_labels(analysis, cut, len(text)) == PoliceLabels(arrest=True, any=True)


@pytest.mark.parametrize("text", [
    "police opened fire after the mob killed a constable near the temple.",
    "the police lathi-charged the crowd after the rioters killed a shopkeeper.",
])
def test_a_killing_with_its_own_subject_borrows_no_police_actor(analyze_text, text: str) -> None:
    labels = _labels(analyze_text, text)
    assert labels["force"] and not labels["kill"]


def test_killed_in_an_encounter_with_police_is_a_police_killing(analyze_text) -> None:
    labels = _labels(analyze_text, "two smugglers were killed in an encounter with the police near the river.")
    assert labels["kill"] and labels["force"]
