"""Actor and recipient of events in harder syntax (nlp/event_roles.py).

Each row is a sentence written for these tests, the event type to look at, and
the country codes the actor and recipient must carry (``None``: no actor or
recipient of that event may be coded at all; ``"*"``: not checked). The rows cover
datelines parsed as subjects, conjoined subjects, verbs coordinated with a reported
clause, finite verbs misparsed as modifiers, infinitives of a possessed noun,
gerunds after "accused X of", nominal events in a clause's setting ("after talks with",
"in an attack on"), the noun of "put X on alert", nominal events someone suffers, faces or receives, and
the possessor of an act done to someone ("the envoy's detention").
"""

from __future__ import annotations

import pytest

from sitroom.records import Analysis
from tests.conftest import actor_country, events_of_type

pytestmark = pytest.mark.model

ROLES = [
    # sentence, type, actor country, recipient country
    # a dateline the parser made the subject
    ("DILI, Timor-Leste - Indonesia sent food aid to East Timor on Monday, officials said.", "AID", "IDN", "*"),
    ("LIMA, Peru - Chile expelled Bolivia's ambassador on Tuesday, the ministry said.", "SANCTION", "CHL", "*"),
    # a relative clause between subject and verb; a verb coordinated past a reported clause
    ("Nigeria, which has mediated between the two sides for years, called for restraint.", "REQUEST", "NGA",
     None),
    ("Egypt says the future of Libya is a matter for Libyans and has called for new elections.", "REQUEST",
     "EGY", None),
    ("Kenya's foreign minister said three soldiers had been wounded and warned Somalia of a firm response.",
     "THREATEN", "KEN", "*"),
    # a possessed plan or decision and its infinitive
    ("Analysts doubt Serbia's readiness to attack Kosovo.", "ASSAULT", "SRB", "*"),
    ("Moscow's decision to deploy troops to Belarus surprised observers.", "MOBILIZE", "RUS", "*"),
    # "accused X of doing": X did it
    ("Ethiopia accused Sudan of shelling its border posts.", "ASSAULT", "SDN", "*"),
    ("Armenia accused Azerbaijan of attacking Armenian villages.", "ACCUSE", "ARM", "AZE"),
    # a two-sided nominal event setting the clause: the subject took part
    ("Colombia's army retook the village after three days of fighting with ELN guerrillas.", "ASSAULT", "COL",
     "*"),
    ("Kosovo's prime minister resigned after talks with Serbia.", "CONSULT", "XKX", "SRB"),
    ("Eritrea's army crossed the border in a surprise attack on Ethiopia.", "ASSAULT", "ERI", "ETH"),
    ("Three Malian civilians died in an attack on the village.", "ASSAULT", None, "*"),
    ("Two more U.S. marines died in clashes on Monday.", "ASSAULT", None, "USA"),  # the dead did no act
    # a reduced relative the parser made a clause of its own, leaving the verb after it without a subject
    ("The sources said Israeli troops backed by 15 military jeeps raided eastern Nablus early on Monday.", "ASSAULT",
     "ISR", "*"),
    # a passive's "by" phrase hung on the object of its own preposition
    ("The former minister was indicted on corruption charges by Kenyan police on Monday.", "ACCUSE", "KEN", "*"),
    # the noun an action verb puts something "on"
    ("Chile has put its navy on high alert.", "MOBILIZE", "CHL", "*"),
    # a nominal event undergone by the subject of suffer, face, receive, come under
    ("Peru suffered an attack by Ecuadorian troops on Monday.", "ASSAULT", "ECU", "PER"),
    ("Peru received humanitarian aid from Japan last week.", "AID", "JPN", "PER"),
    ("The Chilean government came under criticism from Argentina.", "ACCUSE", "ARG", "CHL"),
    # a passive of giving: its subject receives ("was given aid", "was given a life sentence")
    ("Peru was given humanitarian aid by Japan last week.", "AID", "JPN", "PER"),
    ("The Peruvian ambassador was given a life sentence by an Ecuadorian court.", "COERCE", "ECU", "PER"),
    # the possessor of an act done to someone is who it befalls; with an "of" phrase it is the doer again
    ("Rights groups protested against the Kenyan envoy's detention.", "COERCE", None, "KEN"),
    ("The UN condemned the Ugandan minister's murder.", "ASSAULT", None, "UGA"),
    ("The UN condemned Kenya's arrest of two Somali journalists.", "COERCE", "KEN", "SOM"),
    # a bare infinitive the parser joined to "expected" shares the doer of the infinitive before it
    ("Premier Wen Jiabao is expected to sign a trade deal with Portugal, and meet President Jorge Sampaio, "
     "a French official said.", "CONSULT", "CHN", "PRT"),
    # "whose" stands for the noun its clause describes
    ("The Kenyan opposition, whose support is crucial to the coalition, walked out.", "SUPPORT", "KEN", "*"),
]

CONJOINED = [
    # sentence, type, the actor countries each with an event of their own
    ("France and Germany sanctioned Belarus on Friday.", "SANCTION", {"FRA", "DEU"}),
    ("Canada, Australia and Japan condemned North Korea's missile launch.", "ACCUSE", {"CAN", "AUS", "JPN"}),
]

JOINED_RECIPIENTS = [
    # sentence, type, the recipient countries each with an event of their own
    ("Ghana urged Togo and Benin to open their borders.", "REQUEST", {"TGO", "BEN"}),
    ("Troops shot dead two Kenyans and a Somali near the border.", "ASSAULT", {"KEN", "SOM"}),
    ("Police arrested two Kenyans and a Somali in Nairobi.", "COERCE", {"KEN", "SOM"}),
    # joined modifiers of one noun phrase: "Ugandan and Burundian troops" are two parties
    ("Militants stepped up their attacks on Ugandan and Burundian troops in Mogadishu.", "ASSAULT", {"UGA", "BDI"}),
]

NOT_PARTNERS = [
    # sentence, type, a country that shares the subject and must not be made the recipient
    ("Kenya and Uganda attacked al-Shabaab positions in Somalia.", "ASSAULT", "UGA"),
    ("Turkey and Qatar sent aid to Syria.", "AID", "QAT"),
]


_country = actor_country
_of_type = events_of_type


def _check(analysis: Analysis, actor_id: str | None, expected: str | None) -> None:
    if expected == "*":
        return
    if expected is None:
        assert actor_id is None, f"unexpected {_country(analysis, actor_id)}"
        return
    assert _country(analysis, actor_id) == expected


@pytest.mark.parametrize(("text", "kind", "actor", "recipient"), ROLES)
def test_roles_in_harder_syntax(analyze_text, text: str, kind: str, actor: str | None,
                                recipient: str | None) -> None:
    analysis = analyze_text(text)
    found = _of_type(analysis, kind)
    assert found, f"no {kind} in {[(e.type, e.rule) for e in analysis.events]}"
    event = found[0]
    _check(analysis, event.actor, actor)
    _check(analysis, event.recipient, recipient)


@pytest.mark.parametrize(("text", "kind", "actors"), CONJOINED)
def test_each_conjoined_subject_acts(analyze_text, text: str, kind: str, actors: set[str]) -> None:
    analysis = analyze_text(text)
    got = {_country(analysis, e.actor) for e in _of_type(analysis, kind)}
    assert actors <= got


@pytest.mark.parametrize(("text", "kind", "recipients"), JOINED_RECIPIENTS)
def test_each_joined_recipient_receives(analyze_text, text: str, kind: str, recipients: set[str]) -> None:
    analysis = analyze_text(text)
    got = {_country(analysis, e.recipient) for e in _of_type(analysis, kind)}
    assert recipients <= got, got


@pytest.mark.parametrize(("text", "kind", "partner"), NOT_PARTNERS)
def test_fellow_subject_is_no_recipient(analyze_text, text: str, kind: str, partner: str) -> None:
    analysis = analyze_text(text)
    found = _of_type(analysis, kind)
    assert found
    assert all(_country(analysis, e.recipient) != partner for e in found)
    assert partner in {_country(analysis, e.actor) for e in found}


def test_talks_of_two_are_held_by_both(analyze_text) -> None:
    """Two subjects holding talks each hold them with the other: one record per side."""
    analysis = analyze_text("Ghana and Togo held talks in Accra.")
    found = [e for e in analysis.events if e.type == "CONSULT"]
    pairs = {(_country(analysis, e.actor), _country(analysis, e.recipient)) for e in found}
    assert pairs == {("GHA", "TGO"), ("TGO", "GHA")}


def test_joint_act_with_a_third_party_is_one_event_per_subject(analyze_text) -> None:
    """Two subjects that act together towards a third party each act towards it; they are not each
    other's partners."""
    analysis = analyze_text("Ghana and Togo met with Nigeria in Accra.")
    found = [e for e in analysis.events if e.type == "CONSULT"]
    pairs = {(_country(analysis, e.actor), _country(analysis, e.recipient)) for e in found}
    assert pairs == {("GHA", "NGA"), ("TGO", "NGA")}
