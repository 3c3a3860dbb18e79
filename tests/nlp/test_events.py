"""Event coding (nlp/events.py): one table of sentences per PLOVER type, roles, moods and flags.

Sentences are written for these tests about many conflicts; each row states the
type the sentence must yield, and the country codes of actor and recipient as
the actor layer codes them (``None`` = not asserted here).
"""

from __future__ import annotations

import pytest

from sitroom.nlp.events.component import factual
from sitroom.nlp.events.patterns import patterns
from tests.conftest import actor_country, events_of_type

pytestmark = pytest.mark.model

TYPES = [
    # sentence, expected PLOVER type, actor country, recipient country
    ("Ethiopia and Eritrea agreed to resume peace talks in Nairobi.", "AGREE", "ETH", None),
    ("Colombia offered to mediate between Venezuela and Guyana.", "AGREE", "COL", None),
    ("French President Emmanuel Macron met with Indian Prime Minister Narendra Modi in Paris.", "CONSULT",
     "FRA", "IND"),
    ("Chinese Foreign Minister Wang Yi visited Moscow on Tuesday.", "CONSULT", "CHN", None),
    ("Germany praised Kenya for its role in the Haiti mission.", "SUPPORT", "DEU", "KEN"),
    ("Israel and the United Arab Emirates established diplomatic relations in 2020.", "COOPERATE", "ISR", "ARE"),
    # improving or expanding cooperation already under way is COOPERATE (establishing ties, above, is SUPPORT
    # in the PLOVER gold-standard records)
    ("Chile will improve its relations with Bolivia, the minister said.", "COOPERATE", "CHL", "BOL"),
    ("Vietnam expanded its cooperation with Laos in energy last year.", "COOPERATE", "VNM", "LAO"),
    ("Finland cooperated with Sweden on border security.", "COOPERATE", "FIN", "SWE"),
    ("Germany sent tanks to Ukraine.", "AID", "DEU", "UKR"),
    ("Turkey supplied drones to Azerbaijan.", "AID", "TUR", "AZE"),
    ("Sri Lankan President Gotabaya Rajapaksa resigned after months of protests.", "CONCEDE", None, None),
    ("The government of Peru lifted the curfew in Lima.", "CONCEDE", None, None),
    ("Armenia withdrew its troops from the border villages.", "RETREAT", "ARM", None),
    ("Russia released two American journalists.", "RETREAT", "RUS", None),
    ("Poland urged Germany to send more tanks.", "REQUEST", "POL", "DEU"),
    ("The United Nations called for a ceasefire in Sudan.", "REQUEST", None, None),
    ("Ukraine accused Russia of war crimes.", "ACCUSE", "UKR", "RUS"),
    ("Canada condemned India over the killing of a Sikh activist.", "ACCUSE", "CAN", "IND"),
    ("Serbia summoned the Croatian ambassador on Tuesday.", "ACCUSE", None, None),
    ("Iran rejected the proposal from the European Union.", "REJECT", "IRN", None),
    ("Hungary vetoed the European Union plan.", "REJECT", "HUN", None),
    ("China threatened Taiwan with military action.", "THREATEN", "CHN", "TWN"),
    ("North Korea threatened to launch missiles at Japan.", "THREATEN", "PRK", "JPN"),
    ("Thousands of students protested against the government in Bangladesh.", "PROTEST", None, None),
    ("Farmers in France blocked roads near Paris.", "PROTEST", None, None),
    ("The United States imposed sanctions on Iran.", "SANCTION", "USA", "IRN"),
    ("Niger expelled the French ambassador.", "SANCTION", "NER", None),
    # people of a nationality expelled: a deportation (CAMEO 174), not a diplomatic sanction
    ("Pakistan expelled more Afghans last month.", "COERCE", "PAK", None),
    ("Russia deployed troops to Belarus.", "MOBILIZE", "RUS", "BLR"),
    ("Israel mobilized 300,000 reservists.", "MOBILIZE", "ISR", None),
    ("Police in Georgia arrested dozens of protesters.", "COERCE", None, None),
    ("Russia annexed Crimea in 2014.", "COERCE", "RUS", None),
    ("Russian forces shelled Kharkiv on Sunday.", "ASSAULT", "RUS", None),
    ("Israel launched airstrikes on Gaza.", "ASSAULT", "ISR", None),
]


_country = actor_country
_of_type = events_of_type


def test_table_covers_all_sixteen_types() -> None:
    from typing import get_args

    from sitroom.records import EventType

    assert {row[1] for row in TYPES} == set(get_args(EventType))


@pytest.mark.parametrize(("text", "kind", "actor", "recipient"), TYPES)
def test_event_type_and_roles(analyze_text, text: str, kind: str, actor: str | None,
                              recipient: str | None) -> None:
    analysis = analyze_text(text)
    found = _of_type(analysis, kind)
    assert found, f"no {kind} in {[(e.type, e.rule) for e in analysis.events]}"
    event = found[0]
    if actor:
        assert _country(analysis, event.actor) == actor
    if recipient:
        assert _country(analysis, event.recipient) == recipient
    assert event.cameo and event.rule and -10 <= (event.intensity or 0) <= 10
    assert text[event.evidence.start:event.evidence.end] == event.evidence.text


FLAGS = [
    # sentence, type, stance, negated, counted as factual
    ("Russia did not attack Ukraine on Friday.", "ASSAULT", "asserted", True, False),
    ("If China invades Taiwan, Japan would impose sanctions on China.", "SANCTION", "conditional", False, False),
    ("If China invades Taiwan, Japan would impose sanctions on China.", "ASSAULT", "conditional", False, False),
    ("Hamas will release the hostages, Qatar said.", "RETREAT", "planned", False, False),
    ("The Kremlin denied that Russia had shelled Kharkiv.", "ASSAULT", "denied", False, False),
    ("The United States said it could not confirm that Iran had supplied missiles to Russia.", "AID",
     "unconfirmed", False, False),
    ("Israeli troops stormed the hospital in Gaza City on Monday.", "ASSAULT", "asserted", False, True),
]


@pytest.mark.parametrize(("text", "kind", "stance", "negated", "is_fact"), FLAGS)
def test_hypothetical_and_negated_events_are_flagged(analyze_text, text: str, kind: str, stance: str,
                                                     negated: bool, is_fact: bool) -> None:
    analysis = analyze_text(text)
    event = _of_type(analysis, kind)[0]
    assert event.attribution.stance == stance
    assert event.attribution.negated is negated
    assert (event in factual(analysis.events)) is is_fact


MOODS = [
    # an obligation or refusal is coded as the act of saying it (PLOVER/CAMEO practice); a planned act,
    # cooperative or conflictual, is one planned mention instead (tests/nlp/test_events_manual.py)
    ("The council said in a statement that Iraq must cooperate fully with the inspectors.", "REQUEST", None),
    ("Israel will not accept the ceasefire plan.", "REJECT", "ISR"),
]


@pytest.mark.parametrize(("text", "kind", "actor"), MOODS)
def test_mood_makes_its_own_asserted_event(analyze_text, text: str, kind: str, actor: str | None) -> None:
    analysis = analyze_text(text)
    found = [e for e in factual(analysis.events) if e.type == kind]
    assert found, [(e.type, e.rule, e.attribution.stance) for e in analysis.events]
    if actor:
        assert _country(analysis, found[0].actor) == actor


@pytest.mark.parametrize("text", [
    "The two sides failed to reach an agreement on the border.",
    "We could not agree on the disposition of our forces, the rebel negotiator said.",
])
def test_an_accord_not_reached_is_negated_not_refused(analyze_text, text: str) -> None:
    """Failing to agree is the accord negated: no one refused anything (blind annotators code it so)."""
    analysis = analyze_text(text)
    assert [(e.type, e.attribution.negated) for e in analysis.events] == [("AGREE", True)]


@pytest.mark.parametrize(("text", "recipient"), [
    ("The UN called for Israel to withdraw its troops from Lebanon.", "ISR"),
    ("Protesters calling for the government of Lebanon to resign have camped in Beirut.", "LBN"),
    ("The United States has led calls for Zaire to hold elections.", "COD"),
])
def test_calling_for_someone_to_act_is_a_request_not_the_act(analyze_text, text: str, recipient: str) -> None:
    """"for X to do Y" is the request's object, parsed as a clause: Y is asked for, not done."""
    analysis = analyze_text(text)
    assert [e.type for e in analysis.events] == ["REQUEST"], [(e.type, e.rule) for e in analysis.events]
    assert _country(analysis, analysis.events[0].recipient) == recipient


def test_frames_pick_the_specific_pattern(analyze_text) -> None:
    analysis = analyze_text("Spain recalled its ambassador from Argentina. Spain sent an envoy to Argentina.")
    rules = [e.rule for e in analysis.events]
    assert [e.type for e in analysis.events] == ["SANCTION"], rules  # "send an envoy" is no event
    assert analysis.events[0].cameo == "161"


def test_date_of_event_follows_its_clause(analyze_text) -> None:
    analysis = analyze_text("Russia invaded Ukraine in February 2022.")
    times = {t.id: t.value for t in analysis.times}
    event = _of_type(analysis, "ASSAULT")[0]
    assert times.get(event.date) == "2022-02"


@pytest.mark.parametrize("text", [
    "The two presidents will attend a summit in Nairobi in two weeks.",
    "Kenya said its new cooperation with Uganda would cover grain.",
])
def test_a_scheduled_meeting_is_no_promise(analyze_text, text: str) -> None:
    """A planned nominal (a summit, cooperation) is one planned mention, not also an AGREE."""
    pos = {p.id: p.pos for p in patterns()}
    events = analyze_text(text).events
    nominal = [e for e in events if pos.get(e.rule.split("+")[0]) == "NOUN"]
    assert nominal, [(e.type, e.rule) for e in events]
    assert not [e for e in nominal if e.type == "AGREE"], [(e.type, e.rule) for e in events]


@pytest.mark.parametrize(("text", "kept"), [
    ("The meeting ended without a statement.", False),  # a pointer to talks told elsewhere
    ("The president attended the summit in Nairobi.", True),  # the subject took part
    ("The attacks by rebels on the depot continued.", True),  # a participant is named
    ("Diplomats expect a summit in Nairobi next month.", True),  # news, not a back-reference
])
def test_a_bare_definite_nominal_is_a_back_reference(analyze_text, text: str, kept: bool) -> None:
    pos = {p.id: p.pos for p in patterns()}
    events = analyze_text(text).events
    nominal = [e for e in events if pos.get(e.rule.split("+")[0]) == "NOUN"]
    assert bool(nominal) is kept, [(e.type, e.rule, e.actor) for e in events]


@pytest.mark.parametrize(("text", "threat"), [
    ("Officials called the drought a serious threat to the region's security.", False),  # a danger
    ("Iran's threat against Israel alarmed shippers.", True),  # a warning someone issued
])
def test_a_nominal_threat_needs_its_issuer(analyze_text, text: str, threat: bool) -> None:
    events = analyze_text(text).events
    assert any(e.type == "THREATEN" for e in events) is threat, [(e.type, e.rule, e.actor) for e in events]


def test_cooperation_with_no_party_is_a_topic(analyze_text) -> None:
    topic = analyze_text("The forum discussed trade, cooperation and development in the region.").events
    assert not [e for e in topic if e.type == "COOPERATE"], [(e.type, e.rule) for e in topic]
    named = analyze_text("Officials praised military cooperation between Kenya and Uganda.").events
    assert [e for e in named if e.type == "COOPERATE"], [(e.type, e.rule) for e in named]


def test_sanctions_on_no_one_by_no_one_are_a_topic(analyze_text) -> None:
    topic = analyze_text("The new code covers sanctions, appeals and laboratory practices.").events
    assert not [e for e in topic if e.type == "SANCTION"], [(e.type, e.rule) for e in topic]
    named = analyze_text("The European Union imposed sanctions on Belarus on Monday.").events
    assert [e for e in named if e.type in ("SANCTION", "COERCE")], [(e.type, e.rule) for e in named]


def test_an_option_not_ruled_out_is_no_rejection(analyze_text) -> None:
    kept_open = analyze_text("The police could not rule out that others were involved.").events
    assert not [e for e in kept_open if e.type == "REJECT"], [(e.type, e.rule) for e in kept_open]
    ruled_out = analyze_text("India ruled out talks with Pakistan.").events
    assert [e for e in ruled_out if e.type == "REJECT"], [(e.type, e.rule) for e in ruled_out]


def test_ids_are_sequential(analyze_text) -> None:
    analysis = analyze_text("Germany sent tanks to Ukraine. Russia shelled Kharkiv. Poland urged Germany to act.")
    assert [e.id for e in analysis.events] == [f"e{i}" for i in range(1, len(analysis.events) + 1)]


@pytest.mark.parametrize(("text", "types"), [
    # a light verb and its nominal are one event; the content of a demand is not an event
    ("Israel launched an attack on Rafah.", ["ASSAULT"]),
    ("France urged Russia to withdraw its troops from Moldova.", ["REQUEST"]),
    ("The United States suspended military aid to Egypt.", ["SANCTION"]),
    ("Japan threatened to impose sanctions on North Korea.", ["THREATEN"]),
])
def test_one_mention_per_happening(analyze_text, text: str, types: list[str]) -> None:
    assert [e.type for e in analyze_text(text).events] == types


def test_nominal_event_takes_roles_from_possessive_and_preposition(analyze_text) -> None:
    analysis = analyze_text("Officials condemned Russia's invasion of Ukraine.")
    invasion = _of_type(analysis, "ASSAULT")[0]
    assert (_country(analysis, invasion.actor), _country(analysis, invasion.recipient)) == ("RUS", "UKR")
