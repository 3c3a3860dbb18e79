"""Event precision: type choices for agreements in force, and mentions that are no event of their own.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _typed(analysis) -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    return [(e.type, e.rule) for e in analysis.events]


@pytest.mark.parametrize("text", [
    "Fighting resumed in the north despite a two-week truce between the militias.",
    "The rebels said they would respect the ceasefire agreed with Kinshasa.",
])
def test_a_named_truce_is_an_agreement(analyze_text, text: str) -> None:
    found = _typed(analyze_text(text))
    assert any(kind == "AGREE" and rule and rule.startswith(("agree.truce", "agree.ceasefire"))
               for kind, rule in found), found
    assert not any(kind == "RETREAT" for kind, _ in found), found


def _assaults(analysis) -> list[tuple[str | None, str | None]]:  # type: ignore[no-untyped-def]
    names = {a.id: a.name for a in analysis.actors}
    return [(e.rule, names.get(e.recipient)) for e in analysis.events if e.type == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "Gunmen opened fire on a bus near Kandahar on Monday, killing three passengers and injuring a driver.",
    "Four soldiers were killed and six wounded in fighting near the border on Sunday.",
    "Rebels shelled the market in Goma on Friday. Two traders were wounded in the shelling.",
    "Rebels shelled the market in Goma on Friday. Ambulances took the injured to hospital.",
    # the actorless force in the clause of time is how the casualty came about
    "One soldier has been killed and two others wounded when a roadside bomb struck their vehicle on Sunday.",
])
def test_casualties_of_a_told_attack_are_one_happening(analyze_text, text: str) -> None:
    found = _assaults(analyze_text(text))
    assert len(found) == 1, found


def test_the_victims_of_a_dropped_casualty_verb_go_to_the_attack(analyze_text) -> None:
    found = _assaults(analyze_text("Gunmen opened fire in a market in Kano, killing two police officers."))
    assert len(found) == 1 and found[0][1] is not None, found


@pytest.mark.parametrize(("text", "rules"), [
    # two acts: taking ground, then killing
    ("The army recaptured the town of Dessie and killed 40 rebels.", ["assault.recapture.v1", "assault.kill.v1"]),
    # the bare definite noun is no mention of its own, so the relative clause's verb reports the bombing
    ("The bombing, which killed 12 people, shocked the city.", ["assault.kill.v1"]),
    # the force has an actor of its own: both mentions stay
    ("Two villagers were killed when soldiers opened fire on a crowd.", ["assault.kill.v1", "assault.open.v1"]),
    # a modified attack noun is news, not a back-reference: the casualty verb set in it stays
    ("In the deadly attacks that shook Kabul on Monday, six people were killed.",
     ["assault.kill.v1", "assault.attack.n1"]),
])
def test_a_casualty_verb_that_reports_keeps_its_mention(analyze_text, text: str, rules: list[str]) -> None:
    found = [rule for rule, _ in _assaults(analyze_text(text))]
    assert found == rules, found


def _accusations(analysis) -> list[str | None]:  # type: ignore[no-untyped-def]
    return [e.rule for e in analysis.events if e.type == "ACCUSE"]


@pytest.mark.parametrize("text", [
    "Police in Lagos said investigations into the fire were under way.",
    "An investigation into the cause of the crash has started.",
])
def test_an_inquiry_with_no_party_is_no_accusation(analyze_text, text: str) -> None:
    assert _accusations(analyze_text(text)) == []


def test_an_inquiry_against_a_named_party_is_an_accusation(analyze_text) -> None:
    found = _accusations(analyze_text("Peruvian prosecutors opened an investigation into President Dina Boluarte."))
    assert found, found


def test_a_bare_dated_noun_points_back(analyze_text) -> None:
    text = ("Serbian and Kosovar negotiators met in Brussels on Monday. "
            "An EU official said Monday's talks were constructive.")
    found = [e.evidence.text for e in analyze_text(text).events if e.type == "CONSULT"]
    assert len(found) == 1 and "met" in found[0], found


def test_a_dated_noun_with_more_to_say_is_kept(analyze_text) -> None:
    text = "Monday's failed talks in Geneva were the third round this year, diplomats said."
    found = [e.rule for e in analyze_text(text).events if e.type == "CONSULT"]
    assert found, found


@pytest.mark.parametrize("text", [
    "Kenya and Ethiopia held talks in Nairobi on Monday. The ministers stressed trade during the talks.",
    "Kenya and Ethiopia held talks in Nairobi on Monday. Border security was raised at the talks.",
])
def test_a_definite_meeting_that_sets_the_scene_points_back(analyze_text, text: str) -> None:
    # one mention (recorded once per side: both hold the talks), none for "the talks"
    found = sorted({e.evidence.text for e in analyze_text(text).events if e.type == "CONSULT"})
    assert len(found) == 1 and "held" in found[0], found


def test_a_definite_meeting_someone_joins_is_kept(analyze_text) -> None:
    text = "Kenya and Ethiopia held talks in Nairobi on Monday. Somalia returned to the talks on Tuesday."
    found = {e.evidence.text for e in analyze_text(text).events if e.type == "CONSULT"}
    assert len(found) == 2, found


@pytest.mark.parametrize(("text", "kind", "expected"), [
    ("The transport minister accepted responsibility for the delays.", "AGREE", False),
    ("Hamas accepted the truce framework put forward by Qatar.", "AGREE", True),
    # a denial of what someone said is a stance on that claim, not a rejection of a proposal
    ("Rwanda says the rebels shelled Goma, which Kigali's army denies.", "REJECT", False),
    ("Belarus denied the request for a transit corridor.", "REJECT", True),
])
def test_accept_and_deny_code_acts_only_with_an_act_as_object(analyze_text, text: str, kind: str,
                                                               expected: bool) -> None:
    found = [e.rule for e in analyze_text(text).events if e.type == kind]
    assert bool(found) is expected, found


@pytest.mark.parametrize(("text", "kind"), [
    ("The Nigerian government sent more troops to Borno state on Friday.", "MOBILIZE"),
    ("India will send paramilitary troops to Bihar state.", "MOBILIZE"),  # an area noun after a name the model misses
    ("Russia sent troops to Belarus for joint drills.", "AID"),  # a recipient: troops given to another party
    ("France is ready to contribute 2,000 troops to a peace-keeping force in Mali.", "AID"),  # given to a force
])
def test_troops_sent_to_nobody_are_a_deployment(analyze_text, text: str, kind: str) -> None:
    found = [e.type for e in analyze_text(text).events if e.type in ("AID", "MOBILIZE")]
    assert found == [kind], found


def test_a_pledge_of_aid_is_the_aid_it_promises(analyze_text) -> None:
    found = [(e.type, e.attribution.stance) for e in
             analyze_text("Japan pledged 20 million dollars in humanitarian aid to Sudan.").events]
    assert ("AID", "planned") in found and not any(kind == "AGREE" for kind, _ in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("Police were deployed in Hebron to prevent new clashes between settlers and residents.", 0),
    ("Patrols deterred the gangs from attacking the camp.", 0),
    ("The two militias kept a fragile truce through the summer.", 1),  # kept, not prevented
])
def test_a_prevented_act_did_not_happen(analyze_text, text: str, expected: int) -> None:
    found = [e.rule for e in analyze_text(text).events if e.type in ("ASSAULT", "AGREE")
             and e.rule and not e.rule.startswith("agree.agree")]
    assert len(found) == expected, found


@pytest.mark.parametrize(("text", "expected"), [
    ("Parliament passed a law banning street demonstrations.", 0),
    ("Thousands staged street demonstrations in the capital.", 1),  # held, not banned
])
def test_a_banned_act_did_not_happen(analyze_text, text: str, expected: int) -> None:
    found = [e.rule for e in analyze_text(text).events if e.type == "PROTEST"]
    assert len(found) == expected, found


def test_a_definite_meeting_noun_with_known_parties_points_back(analyze_text) -> None:
    text = ("Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Monday. "
            "The meeting between Ruto and Abiy was their first since the border dispute.")
    found = [e.evidence.text for e in analyze_text(text).events if e.type == "CONSULT"]
    assert len(found) == 1 and "met" in found[0], found


def test_a_definite_meeting_noun_that_is_started_is_reported(analyze_text) -> None:
    text = ("Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Monday. "
            "Ruto and Abiy began their talks on the dam on Tuesday.")
    found = [e.evidence.text for e in analyze_text(text).events if e.type == "CONSULT"]
    assert len(found) == 2, found


def test_a_definite_event_noun_with_known_parties_points_back(analyze_text) -> None:
    text = ("Georgian police arrested four Russian officers in Tbilisi on Wednesday. "
            "Moscow, angered by the arrest of the Russian officers, recalled its ambassador.")
    found = [e.evidence.text for e in analyze_text(text).events if e.type == "COERCE"]
    assert len(found) == 1 and "arrested" in found[0], found


@pytest.mark.parametrize(("text", "count"), [
    ("Gunmen attacked a market in Maiduguri on Sunday, police said. Four traders were wounded.", 1),
    ("Gunmen attacked a market in Maiduguri on Sunday, police said. Four traders were killed.", 2),
    ("Gunmen attacked a market in Maiduguri on Sunday. Four traders were wounded by gunfire.", 2),
])
def test_an_agentless_injury_after_a_told_attack_is_its_tally(analyze_text, text: str, count: int) -> None:
    assert len(_assaults(analyze_text(text))) == count


@pytest.mark.parametrize(("text", "count"), [
    ("Six people were killed and 20 injured in a bus crash near Mombasa on Friday.", 0),
    ("Three miners died and two were hurt in a landslide in Hpakant.", 0),
    ("Six people were killed in a bomb attack near Mombasa on Friday.", 1),
])
def test_deaths_in_a_mishap_are_no_assault(analyze_text, text: str, count: int) -> None:
    assert len(_assaults(analyze_text(text))) == count


def test_a_hypothetical_definite_noun_is_a_mention_of_its_own(analyze_text) -> None:
    text = ("Georgian police arrested four Russian officers in Tbilisi on Wednesday. "
            "The arrest of the Russian officers would be a grave mistake, Moscow said.")
    found = [e.attribution.stance for e in analyze_text(text).events if e.type == "COERCE"]
    assert len(found) == 2, found


def test_wanting_someone_to_act_is_a_request_not_the_act(analyze_text) -> None:
    found = [(e.type, e.rule) for e in
             analyze_text("Opposition parties in Bangkok want Prime Minister Srettha to resign.").events]
    assert any(kind == "REQUEST" for kind, _ in found), found
    assert not any(kind == "CONCEDE" for kind, _ in found), found


def test_a_definite_nominal_with_its_own_year_is_a_happening_of_its_own(analyze_text) -> None:
    text = ("Three US soldiers were killed in Iraq on Sunday. "
            "More than 2,900 US soldiers have died in Iraq since the March 2003 invasion.")
    found = [e.evidence.text for e in analyze_text(text).events if e.type == "ASSAULT"]
    assert any("invasion" in f for f in found), found


@pytest.mark.parametrize("text", [
    "The fourth-round talks on the nuclear issue ended on Sept. 19 in Beijing.",
    "The fifth round of the talks on the nuclear issue will begin on Nov. 9 in Beijing.",
])
def test_a_numbered_round_of_talks_is_a_session_of_its_own(analyze_text, text: str) -> None:
    assert [e.type for e in analyze_text(text).events] == ["CONSULT"]


def test_plain_definite_talks_still_point_back(analyze_text) -> None:
    assert not analyze_text("The talks on the nuclear issue ended on Sept. 19 in Beijing.").events


@pytest.mark.parametrize("text", [
    "Bolivia's president Hugo Banzer stepped down in 2001.",
    "The Kenyan police stepped up patrols in the capital on Sunday.",
])
def test_a_particle_labelled_as_an_adverb_still_makes_the_phrasal_verb(analyze_text, text: str) -> None:
    rules = [e.rule or "" for e in analyze_text(text).events]
    assert any(r.startswith(("concede.step", "mobilize.step", "petrarch.step")) for r in rules), rules


@pytest.mark.parametrize("text", [
    "The deadlock threatens the outcome of the conference.",
    "The crisis threatened to derail the peace talks.",
])
def test_a_state_of_affairs_threatens_no_one(analyze_text, text: str) -> None:
    analysis = analyze_text(text)
    assert not [e for e in analysis.events if e.type == "THREATEN"]
    assert not [a for a in analysis.actors if a.rule == "frame-source"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Asked if the rebels favoured military means to take power, the spokesman said no.", 0),
    ("Asked about the talks, the minister said nothing.", 0),
    ("The minister asked whether troops would stay.", 0),
    ("The UN asked the rebels to free the hostages.", 1),  # asked of someone: a request
])
def test_asking_a_question_is_no_request(analyze_text, text: str, expected: int) -> None:
    found = [e.rule for e in analyze_text(text).events if e.type == "REQUEST"]
    assert len(found) == expected, found
