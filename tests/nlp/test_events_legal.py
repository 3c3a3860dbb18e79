"""Arrests, charges, trials and accusations: who accuses whom of what, and who denies which claims."""

from __future__ import annotations

import pytest

from tests.conftest import actor_named, events_of_type

pytestmark = pytest.mark.model


def test_arrest_on_charges_is_also_an_accusation_by_the_arrester(analyze_text) -> None:
    analysis = analyze_text("Georgia briefly detained four Russian officers on spying charges.")
    coerce = events_of_type(analysis, "COERCE")
    accuse = events_of_type(analysis, "ACCUSE")
    assert len(coerce) == 1 and len(accuse) == 1, analysis.events
    assert (accuse[0].actor, accuse[0].recipient) == (coerce[0].actor, coerce[0].recipient)
    assert accuse[0].evidence.text == "on spying charges"
    assert accuse[0].rule == "coerce.detain.v1+grounds"


def test_suspicion_is_grounds_but_a_time_phrase_is_not(analyze_text) -> None:
    held = analyze_text("Police arrested two men on suspicion of involvement in the murder.")
    assert [e.evidence.text for e in events_of_type(held, "ACCUSE")] == [
        "on suspicion of involvement in the murder"]
    assert events_of_type(analyze_text("Police arrested two men on Tuesday."), "ACCUSE") == []


def test_the_trial_of_a_person_is_an_accusation_against_them(analyze_text) -> None:
    analysis = analyze_text("The trial of Saddam Hussein resumed in Baghdad on Wednesday.")
    accuse = events_of_type(analysis, "ACCUSE")
    assert [(actor_named(analysis, e.recipient), e.rule) for e in accuse] == [("Saddam Hussein", "cov.trial.n1")]


def test_a_person_the_entity_model_missed_is_still_the_object_of_questioning(analyze_text) -> None:
    analysis = analyze_text("Paul Gascoigne, 38, was arrested on Monday. Police questioned Gascoigne on Tuesday.")
    (question,) = events_of_type(analysis, "ACCUSE")
    assert actor_named(analysis, question.recipient) == "Paul Gascoigne"


def test_suspending_a_person_is_a_sanction_on_them(analyze_text) -> None:
    analysis = analyze_text("The ruling party suspended Atiku Abubakar on Monday.")
    (sanction,) = events_of_type(analysis, "SANCTION")
    assert actor_named(analysis, sanction.recipient) == "Atiku Abubakar"
    assert sanction.rule == "cov.suspend.v8"


def test_a_denial_of_the_claims_lands_on_the_nearest_claims_only(analyze_text) -> None:
    text = ("Taliban spokesman Mohammad Hanif said only one rebel was killed. Afghan President Hamid Karzai "
            "accused the Pakistani government of supporting Taliban rebels. Islamabad denies the claims.")
    landed = [e for e in analyze_text(text).events if (e.rule or "").endswith("+denied_later")]
    assert [(e.type, e.attribution.stance) for e in landed] == [("SUPPORT", "denied")], landed


def test_capturing_votes_or_a_mood_is_no_attack_and_protesting_innocence_is_a_denial(analyze_text) -> None:
    for text in ("The ruling party captured 40 percent of the vote.", "The film captured the mood of the nation."):
        assert events_of_type(analyze_text(text), "ASSAULT") == [], text
    assert len(events_of_type(analyze_text("Rebels captured the town of Goma."), "ASSAULT")) == 1
    analysis = analyze_text("Zuma has repeatedly protested his innocence.")
    assert [e.type for e in analysis.events] == ["REJECT"]


def test_naming_someone_as_a_terrorist_accuses_them(analyze_text) -> None:
    analysis = analyze_text("Pakistan said it had killed Hasan Mahsum, identified by China as its top terrorist.")
    (accuse,) = events_of_type(analysis, "ACCUSE")
    assert (actor_named(analysis, accuse.actor), actor_named(analysis, accuse.recipient)) == ("China", "Hasan Mahsum")
    assert events_of_type(analyze_text("Gomery described Chretien as the architect of the program."), "ACCUSE") == []
