"""Stance of attributed events by class of frame: outlets on their own record, self-denials, plans."""

from __future__ import annotations

import pytest

from sitroom.records import Analysis, Event

pytestmark = pytest.mark.model


def _event_with(analysis: Analysis, word: str) -> Event:
    found = [e for e in analysis.events if word in e.evidence.text]
    assert found, [e.evidence.text for e in analysis.events]
    return found[0]


@pytest.mark.parametrize("text, word", [
    ("Thirty people were arrested in the capital overnight, the state radio said late Sunday.", "arrested"),
    ("A local volunteer network said at least 23 civilians were killed when shells struck a market.", "killed"),
])
def test_an_outlet_saying_something_on_its_own_record_asserts_it(analyze_text, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    event = _event_with(analyze_text(text), word)
    assert event.attribution.stance == "asserted"
    assert event.attribution.source is not None


def test_a_source_saying_it_did_not_do_something_denies_it(analyze_text) -> None:  # type: ignore[no-untyped-def]
    a = analyze_text("The rebel group said on Monday it did not carry out the bombing in the capital. "
                     "The rebel group also said the army did not shell the town.")
    own = _event_with(a, "bombing")
    assert (own.attribution.stance, own.attribution.negated) == ("denied", False)
    other = _event_with(a, "shell")
    assert (other.attribution.stance, other.attribution.negated) == ("asserted", True)


@pytest.mark.parametrize(("text", "word"), [
    ("The prince said he could not cooperate with the prime minister.", "cooperate"),
    ("The foreign ministry said it cannot ask Washington to hand over the soldiers.", "ask"),
])
def test_a_negated_ability_is_an_asserted_inability(analyze_text, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    found = _event_with(analyze_text(text), word).attribution
    assert (found.stance, found.negated) == ("asserted", True)


def test_a_negated_nominal_event_in_the_sources_own_clause_is_denied(analyze_text) -> None:  # type: ignore[no-untyped-def]
    a = analyze_text("Russia's foreign ministry says it did not take part in the talks with the rebels.")
    assert _event_with(a, "talks").attribution.stance == "denied"


def test_a_verb_coordinated_with_a_planner_is_not_planned(analyze_text) -> None:  # type: ignore[no-untyped-def]
    a = analyze_text("The angry protesters threw stones at the police, set cars on fire and attacked "
                     "shops in the city centre. The rebels plan to attack the airport.")
    assert _event_with(a, "attacked shops").attribution.stance == "asserted"
    assert _event_with(a, "attack the airport").attribution.stance == "planned"


@pytest.mark.parametrize("text, word", [
    ("Kenya wishes to strengthen cooperation with Somalia.", "cooperation"),
    ("Ghana is willing to see closer cooperation with China.", "cooperation"),
])
def test_a_wish_or_willingness_to_act_is_planned(analyze_text, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    assert _event_with(analyze_text(text), word).attribution.stance == "planned"


@pytest.mark.parametrize("text, word", [
    ("The two foreign ministers are to meet in Oslo next week.", "meet"),
    ("The Chilean foreign minister is going to visit Lima from 7 to 9 December.", "visit"),
    ("Negotiations between the rebels and the government are expected to resume on Friday.", "Negotiations"),
    ("New rounds of talks between the two neighbours were scheduled for March.", "talks"),
    ("Police will guard the Pacific Islands Summit to be held in Suva, officials said.", "Summit"),
    ("Officials finished the report before the cabinet meeting scheduled to take place this weekend.", "meeting"),
    # a preposition that puts the event after the clause's own time
    ("The minister gave an interview before his visit to Peru.", "visit"),
    ("Reporters gathered in Lima ahead of the summit between Chile and Peru.", "summit"),
    ("The envoy briefed reporters prior to the talks with the rebels.", "talks"),
    # a bare infinitive joined to an infinitive of purpose shares its head's modality
    ("The delegation will go to Geneva to present and discuss its proposals.", "discuss"),
])
def test_an_arranged_event_is_planned(analyze_text, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    assert _event_with(analyze_text(text), word).attribution.stance == "planned"


def test_a_passive_agreement_verb_still_reports_a_fact(analyze_text) -> None:  # type: ignore[no-untyped-def]
    a = analyze_text("A ceasefire deal was agreed by both sides on Monday.")
    assert all(e.attribution.stance == "asserted" for e in a.events), [e.attribution for e in a.events]


@pytest.mark.parametrize("text, word", [
    ("The opposition leader Ana Reyes said on Monday the government should resign.", "resign"),
    ("The Red Cross says it has called for a truce in the north.", "called"),
    ("The French government has suggested that the interior minister should resign.", "resign"),  # hedging cue
])
def test_a_demand_made_by_the_statement_itself_is_on_the_outlets_record(analyze_text, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    event = _event_with(analyze_text(text), word)
    assert (event.type, event.attribution.source, event.attribution.stance) == ("REQUEST", None, "asserted")


@pytest.mark.parametrize("text, word", [
    ("The envoy said she had asked the rebels to free the hostages.", "asked"),
    # the simple past of a "said" complement tells an act done before the saying, not made by it
    ("After talks in Cairo, General Tariq Aziz said he invited President Hosni Mubarak to visit Pakistan.", "invited"),
])
def test_a_speaker_recounting_an_earlier_request_stays_its_source(analyze_text, text: str,  # type: ignore[no-untyped-def]
                                                                   word: str) -> None:
    requests = [e for e in analyze_text(text).events if e.type == "REQUEST" and word in e.evidence.text]
    assert requests
    assert all(e.attribution.source is not None for e in requests), [e.attribution for e in requests]


def test_a_finite_conjunct_keeps_its_own_tense(analyze_text) -> None:  # type: ignore[no-untyped-def]
    a = analyze_text("The senator said she would not run again but urged voters to back the reform.")
    assert _event_with(a, "urged").attribution.stance == "asserted"


def test_a_bare_conjunct_shares_the_modal(analyze_text) -> None:  # type: ignore[no-untyped-def]
    a = analyze_text("The ministry said the army could mobilise reservists and attack the border posts.")
    assert _event_with(a, "attack").attribution.stance == "speculative"


def test_a_present_form_joined_to_a_bare_infinitive_shares_its_modal(analyze_text) -> None:  # type: ignore[no-untyped-def]
    """The tagger reads "meet" after "will hold talks with X," as a present form; it shares "will"."""
    a = analyze_text("Zhao said Wen will hold talks with French Prime Minister Dominique de Villepin, meet with "
                     "French President Jacques Chirac and visit aviation companies.")
    assert _event_with(a, "meet with").attribution.stance == "planned"


def test_a_that_clause_hung_on_a_noun_after_the_cue_is_still_reported(analyze_text) -> None:  # type: ignore[no-untyped-def]
    a = analyze_text("Fighting continued in the border region on Monday.\n\n"
                     "The minister told reporters at a press conference that troops had seized the airport.")
    event = _event_with(a, "seized")
    assert event.attribution.source is not None and event.attribution.cue == "told"


def test_a_true_relative_clause_after_the_cue_is_not_reported(analyze_text) -> None:  # type: ignore[no-untyped-def]
    a = analyze_text("The minister spoke at the base that troops had seized in May.")
    assert all(e.attribution.source is None for e in a.events if "seized" in e.evidence.text)


def test_a_relative_clause_denial_denies_the_event_its_noun_names(analyze_text) -> None:  # type: ignore[no-untyped-def]
    """"blamed X for the bombing, which X denies": the bombing is denied by X, not asserted by the accuser."""
    a = analyze_text("Kenya blamed the Shabaab militia for the bombing of the bus station in Garissa, "
                     "which the Shabaab denies.")
    event = next(e for e in a.events if e.type == "ASSAULT" and e.evidence.text.startswith("the bombing"))
    assert event.attribution.stance == "denied"
    names = {x.id: x.name for x in a.actors}
    assert "shabaab" in names.get(event.attribution.source or "", "").lower()



@pytest.mark.parametrize("text, word, stance", [
    ("The regional bloc called an emergency summit for Friday in Abuja.", "summit", "planned"),
    ("Police held talks with the strikers for two days in Lagos.", "talks", "asserted"),
])
def test_an_event_noun_booked_for_a_date_is_planned(analyze_text, text: str, word: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    """"a summit for Friday" books the summit; "for two days" is how long something lasted."""
    event = next(e for e in analyze_text(text).events if e.type == "CONSULT")
    assert word in event.evidence.text
    assert event.attribution.stance == stance


def test_an_act_told_through_the_noun_it_is_of_takes_that_nouns_clause(analyze_text) -> None:  # type: ignore[no-untyped-def]
    """"the fifth round *of talks* will begin": the round's clause puts the talks ahead."""
    event = next(e for e in analyze_text("The fifth round of talks on the nuclear issue will begin on Nov. 9 "
                                         "in Beijing.").events if e.type == "CONSULT")
    assert event.attribution.stance == "planned"


@pytest.mark.parametrize("text", [
    "The United States has no intention of attacking North Korea.",
    "The United States has no plans to attack North Korea.",
])
def test_a_disowned_intention_is_a_negated_plan_of_its_owner(analyze_text, text: str) -> None:  # type: ignore[no-untyped-def]
    a = analyze_text(text)
    event = next(e for e in a.events if e.type == "ASSAULT")
    assert (event.attribution.stance, event.attribution.negated) == ("planned", True)
    assert {x.id: x.code for x in a.actors}.get(event.actor or "") == "USA"


def test_a_wish_about_what_others_will_do_is_the_speakers_view(analyze_text) -> None:  # type: ignore[no-untyped-def]
    """"X wished that A and B will expand …": speculative on X's word, not a plan on nobody's."""
    a = analyze_text("Castro wished that China and Cuba will expand their military cooperation.")
    event = next(e for e in a.events if e.type == "COOPERATE")
    assert event.attribution.stance == "speculative"
    assert event.attribution.source is not None


@pytest.mark.parametrize("text, word", [
    ("Hopes of face-to-face talks between President Putin and President Bush rose on Sunday.", "talks"),
    ("Fears of an attack by the rebels on the capital grew on Monday.", "attack"),
])
def test_an_event_noun_hoped_for_or_possible_is_speculative(analyze_text, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    assert _event_with(analyze_text(text), word).attribution.stance == "speculative"
