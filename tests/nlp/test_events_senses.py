"""Word senses and kinds of act: metaphorical force is no attack, a participle or a state of affairs is no act,
and which act a phrase such as a voiced hope, withdrawn support or troops arriving somewhere tells."""

from __future__ import annotations

import pytest

from tests.conftest import actor_named, events_of_type

pytestmark = pytest.mark.model


def _no_attack_but_in(analyze_text, texts: tuple[str, ...], control: str) -> None:
    """No ASSAULT in any of ``texts``; exactly one in ``control``, where the same verb is used literally."""
    for text in texts:
        assert events_of_type(analyze_text(text), "ASSAULT") == [], text
    assert len(events_of_type(analyze_text(control), "ASSAULT")) == 1


def test_robbed_of_a_majority_is_no_robbery(analyze_text) -> None:
    text = "John Howard faces a vote on Monday. The deal would rob Howard of his upper house majority."
    assert events_of_type(analyze_text(text), "ASSAULT") == []


def test_a_tally_in_a_definite_attack_told_first_here_is_the_news(analyze_text) -> None:
    alone = events_of_type(analyze_text("Three soldiers were injured in the blast on Friday."), "ASSAULT")
    assert len(alone) == 1, alone
    told = analyze_text("A bomb went off near the barracks on Friday. Three soldiers were injured in the blast.")
    assert len(events_of_type(told, "ASSAULT")) == 1


def test_casualties_of_explosions_that_rocked_a_town_are_part_of_them(analyze_text) -> None:
    text = "Three bomb explosions rocked Narathiwat province on Friday, injuring three soldiers and 11 civilians."
    assaults = events_of_type(analyze_text(text), "ASSAULT")
    assert len(assaults) == 1, [(e.rule, e.evidence.text) for e in assaults]
    assert assaults[0].rule == "assault.explosion.n1" and assaults[0].recipient is not None


def test_a_hedge_with_its_own_infinitive_does_not_hedge_the_main_verb(analyze_text) -> None:
    text = ("Mottaki will visit Pakistan this week for talks with Pakistani leaders likely to touch on Tehran's "
            "nuclear programme, an official said Monday.")
    visits = [e for e in events_of_type(analyze_text(text), "CONSULT") if e.rule == "consult.visit.v1"]
    assert [e.attribution.stance for e in visits] == ["planned"]
    hedged = events_of_type(analyze_text("Iran will likely reject the offer."), "REJECT")
    assert [e.attribution.stance for e in hedged] == ["speculative"]


def test_a_converted_light_verb_row_yields_to_the_event_noun(analyze_text) -> None:
    analysis = analyze_text("The Iranian minister made a trip to China on Monday.")
    assert [e.type for e in analysis.events] == ["CONSULT"]
    assert analysis.events[0].rule == "consult.trip.n1"


def test_hitting_an_amount_is_no_attack(analyze_text) -> None:
    _no_attack_but_in(analyze_text, ("Trade volume between China and Mongolia from January to September hit 1.13 "
                                     "billion U.S. dollars.",), "Rebels hit the convoy on Monday.")


def test_a_participle_describing_a_meeting_is_that_meeting(analyze_text) -> None:
    analysis = analyze_text("The ministers attended the talks held in Beijing on Tuesday.")
    assert [e.rule for e in events_of_type(analysis, "CONSULT")] == ["consult.talk.n1"]


def test_withdrawing_support_is_a_sanction_and_killing_a_plan_a_rejection(analyze_text) -> None:
    analysis = analyze_text("The Congress party withdrew its support from the United Front government.")
    assert [e.type for e in analysis.events] == ["SANCTION"]
    killed = analyze_text("The new guidelines killed off a plan by Singapore Airlines and the Tata group.")
    assert "ASSAULT" not in [e.type for e in killed.events]
    assert "REJECT" in [e.type for e in killed.events]


def test_fighting_a_scourge_is_no_attack(analyze_text) -> None:
    _no_attack_but_in(analyze_text, ("The visit is aimed at cooperation to fight bird flu.",
                                     "Egypt stepped up the fight against terrorism."),
                      "The army fought the rebels near Goma.")


def test_a_fact_is_no_source_and_curbing_climate_change_no_coercion(analyze_text) -> None:
    text = ("He said the fact the PLA vehicles carried Hong Kong licence plates showed the Chinese army would "
            "heed the territory's laws.")
    assert "fact" not in [a.name for a in analyze_text(text).actors]
    assert events_of_type(analyze_text("Both countries could cooperate to curb climate change."), "COERCE") == []


def test_inflicting_casualties_and_repulsing_attackers_are_fighting(analyze_text) -> None:
    analysis = analyze_text("The rebels inflicted heavy casualties on the army.")
    assert [e.rule for e in events_of_type(analysis, "ASSAULT")] == ["cov.inflict.v1"]
    assert len(events_of_type(analyze_text("Its forces repulsed the attackers."), "ASSAULT")) == 1


def test_a_participle_with_an_article_names_people_not_an_act(analyze_text) -> None:
    assert analyze_text("Most of the arrested were members of Hamas.").events == []


def test_a_state_of_affairs_demands_nothing_but_violence_still_erupts(analyze_text) -> None:
    analysis = analyze_text("If the situation demands, the army will be deployed.")
    assert events_of_type(analysis, "REQUEST") == []
    assert len(events_of_type(analyze_text("Violence erupted in Kibera on Monday."), "ASSAULT")) == 1


def test_beating_a_rival_or_a_hit_to_popularity_is_no_attack(analyze_text) -> None:
    _no_attack_but_in(analyze_text, ("Chavez is expected to beat opposition candidate Manuel Rosales.",
                                     "The Liberal popularity in Quebec was hit hard by the scandal."),
                      "Police beat the protesters on Monday.")


def test_troops_heading_or_arriving_somewhere_are_moved_there(analyze_text) -> None:
    for text in ("More than 200 Chinese troops headed to Pakistan's northern region on Monday.",
                 "Chinese troops arrived in Hong Kong on Monday."):
        assert [e.type for e in analyze_text(text).events] == ["MOBILIZE"], text


def test_a_voiced_hope_that_another_party_acts_is_an_appeal_to_it(analyze_text) -> None:
    analysis = analyze_text("Tang expressed the hope that the Komei Party will carry forward the friendship.")
    (appeal,) = events_of_type(analysis, "REQUEST")
    assert (actor_named(analysis, appeal.actor), actor_named(analysis, appeal.recipient)) == ("Tang", "Komei Party")
    assert events_of_type(analyze_text("Tang expressed the hope that the talks would succeed."), "REQUEST") == []


def test_willing_to_further_cooperation_is_planned_and_attaching_importance_is_support(analyze_text) -> None:
    (coop,) = events_of_type(analyze_text("Mongolia is willing to further cooperation with China."), "COOPERATE")
    assert coop.attribution.stance == "planned"
    analysis = analyze_text("Mongolia attaches importance to ties with China.")
    assert [e.type for e in analysis.events] == ["SUPPORT"]


def test_helping_a_named_party_is_aid(analyze_text) -> None:
    analysis = analyze_text("Several German pharmaceutical companies helped Iraq to build agricultural plants.")
    (aid,) = events_of_type(analysis, "AID")
    assert actor_named(analysis, aid.recipient) == "Iraq"
    assert analyze_text("He helped build the road.").events == []


def test_granting_support_endorses(analyze_text) -> None:
    analysis = analyze_text("China had granted important support when Uganda strove for national independence.")
    assert [e.rule for e in events_of_type(analysis, "SUPPORT")] == ["cov.grant.v2"]


def test_striking_a_consensus_is_agreeing_not_attacking(analyze_text) -> None:
    analysis = analyze_text("The rebels and the government will try to strike a consensus on how to run Darfur.")
    assert events_of_type(analysis, "ASSAULT") == []
    assert [e.rule for e in events_of_type(analysis, "AGREE")][:1] == ["cov.strike.v1"]


def test_what_experience_demonstrated_or_security_compromised_is_no_protest_or_concession(analyze_text) -> None:
    shown = analyze_text("Progress is possible, as past experiences have demonstrated.")
    assert events_of_type(shown, "PROTEST") == []
    assert len(events_of_type(analyze_text("Students demonstrated in Colombo on Monday."), "PROTEST")) == 1
    endangered = analyze_text("Rajapakse said national security was compromised by that pact.")
    assert events_of_type(endangered, "CONCEDE") == []


def test_rallying_to_an_administration_supports_it(analyze_text) -> None:
    analysis = analyze_text("Warlord Hussein Aidid has rallied to the Somali government.", ref="2006-12-29")
    (support,) = events_of_type(analysis, "SUPPORT")
    assert actor_named(analysis, support.recipient) is not None and events_of_type(analysis, "PROTEST") == []


def test_support_given_or_pledged_and_congratulations_sent_endorse_their_recipient(analyze_text) -> None:
    given = analyze_text("Washington will give all necessary support to South Africa.", ref="1997-04-22")
    (support,) = events_of_type(given, "SUPPORT")
    assert (actor_named(given, support.actor), actor_named(given, support.recipient)) == ("United States",
                                                                                          "South Africa")
    pledged = analyze_text("The Congress party formally pledged support to the United Front.", ref="1997-04-18")
    assert [e.rule for e in events_of_type(pledged, "SUPPORT")] == ["cov.pledge.v1"]
    sent = analyze_text("South Korean President Kim Young-Sam sent a congratulatory message to Peru.")
    assert [e.rule for e in events_of_type(sent, "SUPPORT")] == ["cov.send.v1"]


def test_forging_pacts_is_agreeing(analyze_text) -> None:
    analysis = analyze_text("Rajapakse forged election pacts with the leftist JVP.", ref="2005-11-16")
    assert [e.rule for e in events_of_type(analysis, "AGREE")][:1] == ["cov.forge.v1"]


def test_a_war_on_drugs_and_destroying_unity_are_no_attacks(analyze_text) -> None:
    _no_attack_but_in(analyze_text, ("In April 2005, China launched a People's War on Drugs.",
                                     "The rebels want to destroy Sudanese unity."),
                      "Troops destroyed the village.")
    assert len(events_of_type(analyze_text("Israel launched a war on Hezbollah."), "ASSAULT")) == 1


def test_troops_sent_to_a_country_deploy_there_unless_sent_to_help_someone(analyze_text) -> None:
    sent = analyze_text("Greece has been sending troops to Afghanistan since 2002.", ref="2005-11-15")
    assert [e.type for e in sent.events] == ["MOBILIZE"]
    helping = analyze_text("Angola is sending 1,400 troops to Zaire to aid the rebels.", ref="1997-04-25")
    assert "AID" in {e.type for e in helping.events}


def test_ties_set_up_or_established_are_cooperation(analyze_text) -> None:
    for text in ("Egypt and Singapore set up diplomatic relations in November 1966.",
                 "Egypt and Singapore established diplomatic relations in November 1966.",
                 "China and Mongolia established a good-neighborly partnership of mutual trust in 2003."):
        types = {e.type for e in analyze_text(text, ref="2006-11-13").events}
        assert types == {"COOPERATE"}, (text, types)



def test_support_a_party_gives_is_an_act_but_support_nobody_gives_is_a_standing(analyze_text) -> None:
    given = analyze_text("Jordan's support for Lebanon angered Syria.", ref="2006-11-20")
    (support,) = events_of_type(given, "SUPPORT")
    assert (actor_named(given, support.actor), actor_named(given, support.recipient)) == ("Jordan", "Lebanon")
    for text in ("The candidate enjoys solid support in the north.",
                 "Opinion polls put support for Lula at 35 percent."):
        assert events_of_type(analyze_text(text, ref="2006-11-20"), "SUPPORT") == [], text


@pytest.mark.parametrize("text", [
    "China and Egypt held talks on bilateral cooperation on Monday.",
    "Putin and Hu discussed military cooperation on Monday.",
])
def test_cooperation_a_meeting_is_about_is_its_topic(analyze_text, text) -> None:
    analysis = analyze_text(text, ref="2005-11-14")
    assert events_of_type(analysis, "CONSULT") and events_of_type(analysis, "COOPERATE") == []


def test_reluctance_to_act_and_voting_out_a_government_are_rejections(analyze_text) -> None:
    reluctant = analyze_text("Brazil and Argentina were reluctant to join the free trade area.", ref="2005-11-04")
    assert sorted(actor_named(reluctant, e.actor) for e in events_of_type(reluctant, "REJECT")) == [
        "Argentina", "Brazil"]
    ousted = analyze_text("The Congress party voted out the coalition government on April 11.", ref="1997-04-18")
    assert [e.rule for e in events_of_type(ousted, "REJECT")] == ["cov.vote.v3"]


def test_forces_based_or_present_somewhere_are_deployed_there(analyze_text) -> None:
    based = analyze_text("Up to 10,000 Chinese soldiers will be based in Hong Kong.", ref="1997-04-21")
    assert [e.rule for e in events_of_type(based, "MOBILIZE")] == ["cov.base.v1"]
    present = analyze_text("Russian troops are present in Transdniestria.", ref="2006-12-04")
    assert [e.rule for e in events_of_type(present, "MOBILIZE")] == ["cov.present.a1"]
    assert events_of_type(analyze_text("The minister was present in parliament.", ref="2006-12-04"), "MOBILIZE") == []


def test_seeking_a_withdrawal_demands_it(analyze_text) -> None:
    analysis = analyze_text("The governor sought the complete withdrawal of American troops.", ref="1997-04-22")
    assert [e.rule for e in events_of_type(analysis, "REQUEST")] == ["request.seek.v4"]


def test_a_vow_threatens_only_what_it_promises_to_do_to_someone(analyze_text) -> None:
    promise = analyze_text("The coalition vowed on Friday to return to power.", ref="1997-04-18")
    assert events_of_type(promise, "THREATEN") == []
    threat = analyze_text("Hamas has vowed to destroy Israel.", ref="2005-11-16")
    assert [e.rule for e in events_of_type(threat, "THREATEN")] == ["threaten.vow.v1"]
