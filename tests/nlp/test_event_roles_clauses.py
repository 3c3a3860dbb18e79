"""Roles read from beyond the verb's own arguments (sentences written for these tests).

A charge or a warning whose accused party is the subject of its that-clause
(nlp/events/complement_roles.py); the doer of a gerund after a passive; a visit's
host from the dateline; towns that are no actors; region adjectives; agreements of a
pair phrase both ways; rejected claims; a quoted "we"; agreement-keeping light verbs;
a stray second subject; the at/over phrase of a nominal protest; a relative pronoun under a
preposition.
"""

from __future__ import annotations

import pytest

from sitroom.records import Analysis
from tests.conftest import actor_named

pytestmark = pytest.mark.model


def _code(analysis: Analysis, actor_id: str | None) -> str | None:
    for a in analysis.actors:
        if a.id == actor_id:
            return a.code or a.country
    return None


def _pairs(analysis: Analysis, kind: str) -> list[tuple[str | None, str | None]]:
    return [(_code(analysis, e.actor), _code(analysis, e.recipient)) for e in analysis.events if e.type == kind]


@pytest.mark.parametrize(("text", "kind", "actor", "recipient"), [
    ("Kenyan President William Ruto warned on Monday that Somalia's decision could harm relations.",
     "THREATEN", "KENGOV", "SOM"),
    ("Japan's foreign ministry warned that China would face consequences if its ships entered the area.",
     "THREATEN", "JPN", "CHN"),
])
def test_the_clause_names_the_accused(analyze_text, text: str, kind: str, actor: str, recipient: str) -> None:
    pairs = _pairs(analyze_text(text), kind)
    assert any(a is not None and a.startswith(actor) and r == recipient for a, r in pairs), pairs


def test_a_warning_about_oneself_has_no_recipient(analyze_text) -> None:
    """"Iran warned that it would retaliate": the clause's subject is the warner."""
    assert _pairs(analyze_text("Iran warned on Monday that it would retaliate against any attack."),
                  "THREATEN") == [("IRN", None)]


@pytest.mark.parametrize(("text", "actor"), [
    ("Three Chilean soldiers accused of beating a Peruvian fisherman were acquitted on Monday.", "CHLMIL"),
    ("Two Kenyan policemen were arrested for shooting a Somali trader in Nairobi.", "KENCOP"),
])
def test_a_passive_subject_does_the_gerund(analyze_text, text: str, actor: str) -> None:
    """"accused of beating", "arrested for shooting": the accused, not the accuser, did the act."""
    assert actor in [a for a, _ in _pairs(analyze_text(text), "ASSAULT")]


def test_a_visit_naming_no_place_went_to_the_dateline(analyze_text) -> None:
    """"arrived here for a visit" in a story filed from Havana: Cuba hosts it."""
    analysis = analyze_text("HAVANA, Nov. 5 -- Chinese Defense Minister Liang Guanglie arrived here Friday for a "
                            "three-day visit. Cuba's leaders welcomed him.")
    assert ("CHNGOV", "CUB") in _pairs(analysis, "CONSULT")


def test_a_shrine_visit_is_not_hosted_by_the_dateline(analyze_text) -> None:
    """What was visited is named ("a shrine visit"): the dateline's state did not host it."""
    analysis = analyze_text("SEOUL, Nov. 2 -- Japan's prime minister made a shrine visit on Monday. South Korea "
                            "protested.")
    assert all(r != "KOR" for _, r in _pairs(analysis, "CONSULT"))


def test_a_town_tagged_as_an_organisation_is_no_party(analyze_text) -> None:
    """"recaptured Weldiya … from the militia": the town is a place (nlp/actors/ner.py), the militia the side."""
    analysis = analyze_text("Ethiopia's army said on Monday that it had recaptured Weldiya and Lalibela from the "
                            "militia.")
    assert "Weldiya" not in [a.name for a in analysis.actors]
    assert ("ETHMIL", "ETHREB") in _pairs(analysis, "ASSAULT")



@pytest.mark.parametrize(("text", "kind", "recipient"), [
    ("The Israeli foreign minister will visit the Arab country of Tunisia next week.", "CONSULT", "TUN"),
    ("Hu met on Monday with five African presidents, Yoweri Museveni of Uganda, Paul Kagame of Rwanda and "
     "John Kufuor of Ghana.", "CONSULT", "UGAGOV"),
])
def test_a_region_adjective_yields_to_the_state_named(analyze_text, text: str, kind: str, recipient: str) -> None:
    """"Arab", "African": the phrase's of-phrase or appositive names the party (nlp/events/vague.py)."""
    assert recipient in [r for _, r in _pairs(analyze_text(text), kind)]


def test_an_agreement_of_a_pair_phrase_binds_both_ways(analyze_text) -> None:
    """"The two sides agreed": both sides named before agreed, each with the other (nlp/events/mutual.py)."""
    pairs = _pairs(analyze_text("Talks between Peru and Chile opened in Lima on Monday. The two sides agreed to "
                                "meet again in March."), "AGREE")
    assert {("PER", "CHL"), ("CHL", "PER")} <= set(pairs), pairs


def test_rejected_claims_answer_their_claimant(analyze_text) -> None:
    """"rejects these claims": addressed to whoever made them just before (nlp/events/rebuttal.py)."""
    analysis = analyze_text("TAIPEI - Beijing has said the drills are punishment for separatist acts. Taiwan's "
                            "defence ministry rejects these claims and notes that Taiwan was never ruled by China.")
    assert ("TWNMIL", "CHN") in _pairs(analysis, "REJECT")


def test_we_in_a_quotation_is_its_speaker(analyze_text) -> None:
    """"We call on …," said X: the first person of a quotation is the one quoted (nlp/events/quoted_person.py)."""
    analysis = analyze_text('"We call on all parties to let aid workers do their jobs," said Lisa Brandt, the '
                            "charity's director in Chad.")
    names = {a.id: a.name for a in analysis.actors}
    requests = [e for e in analysis.events if e.type == "REQUEST"]
    assert any(names.get(e.actor or "") == "Lisa Brandt" for e in requests), requests


def test_who_keeps_an_agreement_is_its_party(analyze_text) -> None:
    """"will continue to respect the ceasefire": the one who keeps it is a party (light verbs)."""
    pairs = _pairs(analyze_text("Ethiopia will continue to respect the ceasefire, its foreign ministry said."),
                   "AGREE")
    assert any(a == "ETH" for a, _ in pairs), pairs


def test_a_stray_second_subject_is_the_partner(analyze_text) -> None:
    """"A and B met" parsed with both as the verb's subjects: A met B (nlp/events/subjects.py)."""
    pairs = _pairs(analyze_text("Palestinian leader Mahmoud Abbas and Israeli Foreign Minister Silvan Shalom met on "
                                "the sidelines of the summit on Wednesday."), "CONSULT")
    assert ("PSEGOV", "ISRGOV") in pairs, pairs


def test_a_protest_over_a_state_s_act_is_addressed_to_it(analyze_text) -> None:
    """"protests at the president's decision": the nominal protest's at/over phrase names its target."""
    analysis = analyze_text("Protests over the Ugandan government's border closure spread to three Kenyan towns "
                            "on Monday.")
    assert any(r is not None and r.startswith("UGA") for _, r in _pairs(analysis, "PROTEST"))


@pytest.mark.parametrize(("text", "kept"), [
    ("US Secretary of State Condoleezza Rice visited the region last week.", True),
    ("Turkish Defence Minister Turhan Tayan's visit will now be rescheduled for late April.", True),
    ("Japanese Prime Minister Junichiro Koizumi visited Yasukuni shrine on Monday.", False),
    ("Japan's prime minister made a shrine visit on Monday.", False),
])
def test_a_visit_to_no_named_place_keeps_its_consultation(analyze_text, text: str, kept: bool) -> None:
    """A visit with no host: told with no place or to "the region" it goes to the story's side; to a named
    facility of no other country it is a trip (hosts.py)."""
    analysis = analyze_text(text)
    assert any(e.type == "CONSULT" for e in analysis.events) is kept


def test_an_event_noun_predicated_of_a_mention_is_no_second_event(analyze_text) -> None:
    """"X's visit will be the first visit by …": the predicate describes the visit in its subject."""
    analysis = analyze_text("Chinese Premier Wen Jiabao's visit to Portugal will be the first visit by a Chinese "
                            "leader in ten years.")
    assert [e.type for e in analysis.events] == ["CONSULT"]


def test_a_body_removes_its_own_member_in_an_agentless_passive(analyze_text) -> None:
    """"was expelled from the ruling party": the party expels; it is no recipient."""
    analysis = analyze_text("Nigerian Vice President Atiku Abubakar was expelled from the ruling People's "
                            "Democratic Party (PDP) in September.", "2006-12-24")
    found = [e for e in analysis.events if e.type == "SANCTION"]
    assert found and "Democratic Party" in (actor_named(analysis, found[0].actor) or ""), \
        [(e.type, actor_named(analysis, e.actor), actor_named(analysis, e.recipient)) for e in analysis.events]
    assert "Atiku" in (actor_named(analysis, found[0].recipient) or "")


def test_a_relative_pronoun_under_a_preposition_stands_for_the_noun_it_describes(analyze_text) -> None:
    """"Kovac, with whom Pavel Novak met": the partner of the meeting is Kovac, not the pronoun."""
    analysis = analyze_text("Slovak President Michal Kovac, with whom Czech envoy Pavel Novak met on Monday, "
                            "said little.", "1997-02-10")
    found = [(actor_named(analysis, e.actor), actor_named(analysis, e.recipient))
             for e in analysis.events if e.type == "CONSULT"]
    assert any("Novak" in (a or "") and "Kovac" in (r or "") for a, r in found), found


def test_a_verb_conjunct_hung_on_a_preposition_shares_the_first_verb_s_subject(analyze_text) -> None:
    """"joined X in 2003 but later teamed up with Y": the parser joins "teamed" to "in"."""
    analysis = analyze_text("Tariq Ahmed Dar reportedly joined the Hizbul Mujahideen, the most powerful Kashmiri "
                            "guerrilla group, in 2003 but later teamed up with the Lashker.", "2005-11-13")
    found = [e for e in analysis.events if e.type == "COOPERATE"]
    assert found and actor_named(analysis, found[0].actor) == "Tariq Ahmed Dar", found
