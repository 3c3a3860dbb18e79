"""Roles on wire prose: a passive subject shared by conjoined participles (or doing a passive verb's
complement), a "by" phrase the parser hung off its noun, a name in apposition to
the noun a role sits on, and singular personal pronouns that never borrow a body as antecedent.
Sentences written for the tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _roles(a, event_type):
    names = {x.id: x.name for x in a.actors}
    return [(names.get(e.actor or ""), names.get(e.recipient or "")) for e in a.events if e.type == event_type]


def test_a_name_in_apposition_is_the_passive_subject(analyze_text):
    a = analyze_text("Police said on Friday the man's brother, Kemal Arslan, 35, was arrested and charged "
                     "over the attack.")
    assert any(r == "Kemal Arslan" for _, r in _roles(a, "COERCE")), _roles(a, "COERCE")


def test_conjoined_participles_share_the_passive_subject(analyze_text):
    a = analyze_text("The trader was followed and robbed of his cash by a gang of armed bandits.")
    assert any(r == "civilians" for _, r in _roles(a, "ASSAULT")), _roles(a, "ASSAULT")


def test_a_participle_with_its_own_passive_auxiliary_shares_the_subject(analyze_text):
    a = analyze_text("Rights groups said Ahmed Rashid was detained on Monday and was beaten by guards.")
    assert any(r == "Ahmed Rashid" for _, r in _roles(a, "ASSAULT")), _roles(a, "ASSAULT")


def test_a_participle_with_an_active_auxiliary_is_its_own_clause(nlp):
    from sitroom.nlp.events.arguments import shared_passive
    doc = nlp("Ahmed Rashid was detained and has admitted the charges.")
    admitted = next(t for t in doc if t.lower_ == "admitted")
    assert admitted.dep_ == "conj" and not shared_passive(admitted)


def test_he_does_not_take_the_police_as_antecedent(analyze_text):
    a = analyze_text("Police said he was overpowered by the commuters.")
    assert _roles(a, "ASSAULT") and all(r != "police" for _, r in _roles(a, "ASSAULT")), _roles(a, "ASSAULT")


def test_he_still_takes_a_reporting_person(analyze_text):
    a = analyze_text("Minister John Smith said he had met Peru's president.")
    assert any(x == "John Smith" for x, _ in _roles(a, "CONSULT")), _roles(a, "CONSULT")


@pytest.mark.parametrize("text, event_type, actor", [
    ("Egypt has exerted more efforts to improve its relations with Turkey.", "COOPERATE", "Egypt"),
    ("Ghana is willing to see more cooperation with India.", "COOPERATE", "Ghana"),
    ("Chile's army is confident of forging friendly ties with Peru's armed forces.", "COOPERATE",
     "Chilean military"),
])
def test_the_controlling_subject_is_the_cooperating_side(analyze_text, text, event_type, actor):
    a = analyze_text(text)
    assert any(x == actor for x, _ in _roles(a, event_type)), _roles(a, event_type)


def test_a_hostile_act_takes_no_controlling_subject(analyze_text):
    a = analyze_text("Ghana warned of attacks on India.")
    assert all(x != "Ghana" for x, _ in _roles(a, "ASSAULT")), _roles(a, "ASSAULT")


@pytest.mark.parametrize("text, event_type, actor", [
    ("Some protesters were seen throwing stones at police.", "ASSAULT", "protesters"),
    ("The rebels were reported to have attacked the town.", "ASSAULT", "rebels"),
])
def test_a_passive_verbs_subject_does_its_complement(analyze_text, text, event_type, actor):
    a = analyze_text(text)
    assert any(x == actor for x, _ in _roles(a, event_type)), _roles(a, event_type)


def test_a_passive_complement_keeps_its_undergoer(analyze_text):
    a = analyze_text("The hostages were expected to be freed by the rebels on Monday.")
    assert all(x != "civilians" for x, _ in _roles(a, "CONCEDE") + _roles(a, "COERCE")), a.events


@pytest.mark.parametrize("text", [
    "The uprisings led to the invasion of Afghanistan by the Soviet Union in December 1979.",
    "It led to the invasion of Afghanistan by the then Soviet Union in December 1979.",
])
def test_a_by_phrase_hung_on_the_verb_above_names_the_nouns_doer(analyze_text, text):
    a = analyze_text(text)
    assert ("Soviet Union", "Afghanistan") in _roles(a, "ASSAULT"), _roles(a, "ASSAULT")


def test_a_chain_of_conjoined_objects_is_followed(analyze_text):
    a = analyze_text("Chavez urged officials, prosecutors and the military to stand ready.")
    assert any(r == "military" for _, r in _roles(a, "REQUEST")), _roles(a, "REQUEST")


@pytest.mark.parametrize("text, doer", [
    # the claimant of an attack
    ("Hamas has claimed responsibility for launching the homemade rockets into Israel.", "Hamas"),
    ("A bomb exploded in the Ghion hotel in March. That attack was claimed by Hamas.", "Hamas"),
    # the agent of a passive light verb in the noun's relative clause, hung on the noun or a place after it
    ("The bombings that were carried out by the rebels killed ten people.", "rebels"),
    ("Police blamed the bombings in the capital that were carried out by four terrorists.", "rebels"),
])
def test_an_attack_takes_the_doer_its_clause_names(analyze_text, text, doer):
    a = analyze_text(text)
    assert any(x == doer for x, _ in _roles(a, "ASSAULT")), _roles(a, "ASSAULT")


def test_a_bilateral_act_takes_the_pair_named_before(analyze_text):
    a = analyze_text("Chinese President Hu Jintao met Mongolian President Nambaryn Enkhbayar on Friday. Hu said the "
                     "bilateral economic and trade cooperation had seen rapid development in recent years.")
    assert ("Hu Jintao", "Nambaryn Enkhbayar") in _roles(a, "COOPERATE"), _roles(a, "COOPERATE")


@pytest.mark.parametrize("text, answer, demand", [
    ("Mobutu dismissed a rebel ultimatum to quit power by Sunday.", "REJECT", "THREATEN"),
    ("The government accepted the rebels' demands on Monday.", "CONCEDE", "REQUEST"),
])
def test_an_answered_demand_is_its_owners_act(analyze_text, text, answer, demand):
    a = analyze_text(text)
    assert _roles(a, answer), a.events
    made = [e for e in a.events if e.type == demand]
    assert made and made[0].attribution.stance == "asserted", made
    assert any(x == "rebels" for x, _ in _roles(a, demand)), _roles(a, demand)


def test_a_joint_noun_takes_the_pair_its_clause_has_as_subject(analyze_text):
    a = analyze_text("China and France have achieved a breakthrough in economic and trade cooperation.")
    assert {("China", "France"), ("France", "China")} <= set(_roles(a, "COOPERATE")), _roles(a, "COOPERATE")


def test_a_definite_joint_noun_points_back_and_takes_no_pair(analyze_text):
    a = analyze_text("They hope African countries and China make full use of the summit.")
    assert not _roles(a, "CONSULT"), _roles(a, "CONSULT")


def test_an_accord_signed_by_two_parties_binds_both(analyze_text):
    a = analyze_text("The marines are held under the Visiting Forces Agreement, signed by the United States and "
                     "the Philippines in 1999.")
    assert {("United States", "Philippines"), ("Philippines", "United States")} <= set(_roles(a, "AGREE")), \
        _roles(a, "AGREE")
