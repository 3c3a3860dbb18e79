"""Arrests, questioning and trials: who accuses whom, and casualties told with the force that caused them."""

from __future__ import annotations

import pytest

from tests.conftest import events_of_type

pytestmark = pytest.mark.model


def _name(analysis, actor_id: str | None) -> str | None:
    return next((a.name for a in analysis.actors if a.id == actor_id), None)


def _no_attack_but_in(analyze_text, texts: tuple[str, ...], control: str) -> None:
    """No ASSAULT in any of ``texts``; exactly one in ``control``, where the same verb is used literally."""
    for text in texts:
        assert events_of_type(analyze_text(text), "ASSAULT") == [], text
    assert len(events_of_type(analyze_text(control), "ASSAULT")) == 1


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
    assert [(_name(analysis, e.recipient), e.rule) for e in accuse] == [("Saddam Hussein", "cov.trial.n1")]


def test_a_passive_infinitive_undergoes_on_the_subject_of_its_verb(analyze_text) -> None:
    analysis = analyze_text("Smith is expected to be arrested by police on Friday.")
    (arrest,) = events_of_type(analysis, "COERCE")
    assert _name(analysis, arrest.recipient) == "Smith"
    assert _name(analysis, arrest.actor) != "Smith"


def test_a_person_the_entity_model_missed_is_still_the_object_of_questioning(analyze_text) -> None:
    analysis = analyze_text("Paul Gascoigne, 38, was arrested on Monday. Police questioned Gascoigne on Tuesday.")
    (question,) = events_of_type(analysis, "ACCUSE")
    assert _name(analysis, question.recipient) == "Paul Gascoigne"


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


def test_suspending_a_person_is_a_sanction_on_them(analyze_text) -> None:
    analysis = analyze_text("The ruling party suspended Atiku Abubakar on Monday.")
    (sanction,) = events_of_type(analysis, "SANCTION")
    assert _name(analysis, sanction.recipient) == "Atiku Abubakar"
    assert sanction.rule == "cov.suspend.v8"


def test_a_gapped_passive_conjunct_has_its_subject_as_undergoer(nlp) -> None:
    from sitroom.nlp.events.arguments import objects, passive_voice

    text = ("During the raid late on Sunday four insurgents were killed and three coalition force soldiers "
            "wounded, it said.")
    doc = nlp(text)
    wounded = next(t for t in doc if t.lower_ == "wounded")
    assert passive_voice(wounded)
    assert [t.lower_ for t in objects(wounded)] == ["soldiers"]


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


def test_a_single_business_person_is_a_party_with_the_business_code(analyze_text) -> None:
    analysis = analyze_text("A businessman was tackled by three passengers on the platform on Monday.")
    (assault,) = events_of_type(analysis, "ASSAULT")
    victim = next(a for a in analysis.actors if a.id == assault.recipient)
    assert victim.role == "BUS" and victim.name == "business people"


def test_hitting_an_amount_is_no_attack(analyze_text) -> None:
    _no_attack_but_in(analyze_text, ("Trade volume between China and Mongolia from January to September hit 1.13 "
                                     "billion U.S. dollars.",), "Rebels hit the convoy on Monday.")


def test_leaders_of_the_pair_meet_each_other_both_ways(analyze_text) -> None:
    text = ("China and Mongolia held talks in 2003. Leaders of the two countries also often meet during "
            "international occasions.")
    analysis = analyze_text(text)
    meets = [e for e in events_of_type(analysis, "CONSULT") if e.rule.startswith("consult.meet.v1")]
    pairs = {(_name(analysis, e.actor), _name(analysis, e.recipient)) for e in meets}
    assert pairs == {("China", "Mongolia"), ("Mongolia", "China")}


def test_a_noun_of_time_over_talks_lends_them_its_verb(analyze_text) -> None:
    analysis = analyze_text("Russian and Ukrainian negotiators ended months of talks in Istanbul on Monday.")
    talks = [e for e in events_of_type(analysis, "CONSULT") if e.rule.startswith("consult.talk.n1")]
    assert talks and all(e.actor is not None for e in talks), analysis.events


def test_the_principal_an_act_is_done_on_behalf_of_is_its_actor_not_its_target(analyze_text) -> None:
    analysis = analyze_text("The minister signed the accord on behalf of the Greek government on Monday.")
    (accord,) = [e for e in events_of_type(analysis, "AGREE") if e.rule == "agree.sign.v1"]
    assert _name(analysis, accord.actor) == "Greek government" and accord.recipient is None


def test_a_denial_of_the_claims_lands_on_the_nearest_claims_only(analyze_text) -> None:
    text = ("Taliban spokesman Mohammad Hanif said only one rebel was killed. Afghan President Hamid Karzai "
            "accused the Pakistani government of supporting Taliban rebels. Islamabad denies the claims.")
    landed = [e for e in analyze_text(text).events if (e.rule or "").endswith("+denied_later")]
    assert [(e.type, e.attribution.stance) for e in landed] == [("SUPPORT", "denied")], landed


def test_a_participle_describing_a_meeting_is_that_meeting(analyze_text) -> None:
    analysis = analyze_text("The ministers attended the talks held in Beijing on Tuesday.")
    assert [e.rule for e in events_of_type(analysis, "CONSULT")] == ["consult.talk.n1"]


def test_capturing_votes_or_a_mood_is_no_attack_and_protesting_innocence_is_a_denial(analyze_text) -> None:
    for text in ("The ruling party captured 40 percent of the vote.", "The film captured the mood of the nation."):
        assert events_of_type(analyze_text(text), "ASSAULT") == [], text
    assert len(events_of_type(analyze_text("Rebels captured the town of Goma."), "ASSAULT")) == 1
    analysis = analyze_text("Zuma has repeatedly protested his innocence.")
    assert [e.type for e in analysis.events] == ["REJECT"]


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


def test_a_visit_goes_one_way_even_in_a_clause_of_two(analyze_text) -> None:
    text = ("Indonesia and Russia will sign an agreement on military cooperation during Indonesian President "
            "Susilo Bambang Yudhoyono's visit to Russia on Nov. 29, a spokesman said.")
    analysis = analyze_text(text)
    visits = [e for e in events_of_type(analysis, "CONSULT") if e.rule.startswith("consult.visit.n1")]
    assert [e.rule for e in visits] == ["consult.visit.n1"]


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


def test_a_surname_named_in_full_earlier_is_that_person_not_a_dictionary_namesake(analyze_text) -> None:
    text = ("Zhou Borong was greeted by the commander of the British forces here, Major-General Bryan Dutton. "
            "Dutton gave a veiled warning about deep-rooted fears.")
    names = [a.name for a in analyze_text(text, ref="1997-04-21").actors]
    assert "Bryan Dutton" in names and "Peter Dutton" not in names


def test_a_voiced_hope_that_another_party_acts_is_an_appeal_to_it(analyze_text) -> None:
    analysis = analyze_text("Tang expressed the hope that the Komei Party will carry forward the friendship.")
    (appeal,) = events_of_type(analysis, "REQUEST")
    assert (_name(analysis, appeal.actor), _name(analysis, appeal.recipient)) == ("Tang", "Komei Party")
    assert events_of_type(analyze_text("Tang expressed the hope that the talks would succeed."), "REQUEST") == []


def test_willing_to_further_cooperation_is_planned_and_attaching_importance_is_support(analyze_text) -> None:
    (coop,) = events_of_type(analyze_text("Mongolia is willing to further cooperation with China."), "COOPERATE")
    assert coop.attribution.stance == "planned"
    analysis = analyze_text("Mongolia attaches importance to ties with China.")
    assert [e.type for e in analysis.events] == ["SUPPORT"]


def test_the_owner_of_a_policy_does_what_the_policy_is_of(analyze_text) -> None:
    text = "He stressed Vietnam's consistent policy of attaching importance to friendly cooperation with Japan."
    analysis = analyze_text(text)
    (support,) = events_of_type(analysis, "SUPPORT")
    assert _name(analysis, support.actor) == "Vietnam"


def test_accelerating_negotiations_lends_them_the_subject(analyze_text) -> None:
    analysis = analyze_text("Vietnam and Japan have decided to accelerate negotiations on a trade agreement.")
    talks = [e for e in events_of_type(analysis, "CONSULT") if e.rule.startswith("consult.negotiation")]
    assert talks and _name(analysis, talks[0].actor) == "Vietnam"


def test_welcoming_a_visit_supports_the_visitor(analyze_text) -> None:
    analysis = analyze_text("Dung welcomed the first visit to Vietnam by Abe.", ref="2006-11-19")
    (support,) = events_of_type(analysis, "SUPPORT")
    assert _name(analysis, support.recipient) == "Shinzo Abe"


def test_helping_a_named_party_is_aid(analyze_text) -> None:
    analysis = analyze_text("Several German pharmaceutical companies helped Iraq to build agricultural plants.")
    (aid,) = events_of_type(analysis, "AID")
    assert _name(analysis, aid.recipient) == "Iraq"
    assert analyze_text("He helped build the road.").events == []


def test_the_party_helped_before_a_bare_infinitive_is_the_object(analyze_text) -> None:
    analysis = analyze_text("Japan will help Vietnam realize its target.")
    (aid,) = events_of_type(analysis, "AID")
    assert (_name(analysis, aid.actor), _name(analysis, aid.recipient)) == ("Japan", "Vietnam")


def test_granting_support_endorses(analyze_text) -> None:
    analysis = analyze_text("China had granted important support when Uganda strove for national independence.")
    assert [e.rule for e in events_of_type(analysis, "SUPPORT")] == ["cov.grant.v2"]


def test_naming_someone_as_a_terrorist_accuses_them(analyze_text) -> None:
    analysis = analyze_text("Pakistan said it had killed Hasan Mahsum, identified by China as its top terrorist.")
    (accuse,) = events_of_type(analysis, "ACCUSE")
    assert (_name(analysis, accuse.actor), _name(analysis, accuse.recipient)) == ("China", "Hasan Mahsum")
    assert events_of_type(analyze_text("Gomery described Chretien as the architect of the program."), "ACCUSE") == []
