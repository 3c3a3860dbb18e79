"""The rule lemmatizer with its exceptions first and the e-verbs spelling settles (nlp/model/lemmas.py)."""

from __future__ import annotations

from sitroom.nlp.model.lemmas import e_verb_exceptions
from tests.conftest import events_of_type


def test_e_verbs_whose_stem_is_a_doubling_verb_get_exceptions() -> None:
    verbs = {"stage", "stag", "hope", "hop", "route", "rout", "vote", "show"}
    assert e_verb_exceptions(verbs) == {
        "staged": "stage", "staging": "stage", "hoped": "hope", "hoping": "hope",
    }  # "rout" has two vowels, "vot" is no verb of the list: no tie to settle


def test_single_consonant_forms_take_the_verb_with_the_e(nlp) -> None:
    # Written for this test.
    doc = nlp("Veterans staged a sit-down, hoped for talks and rated them; the court fined and coded it. "
              "The rebels hopped across, planned more and are staging another.")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert [lemmas[w] for w in ("staged", "hoped", "rated", "fined", "coded", "staging")] == [
        "stage", "hope", "rate", "fine", "code", "stage"]
    assert [lemmas[w] for w in ("hopped", "planned", "are")] == ["hop", "plan", "be"]


def test_a_staged_protest_is_a_protest(analyze_text) -> None:
    analysis = analyze_text("Hundreds of farmers staged a protest outside parliament in Seoul on Monday.")
    assert [e.rule for e in events_of_type(analysis, "PROTEST")] == ["protest.stage.v1"]
