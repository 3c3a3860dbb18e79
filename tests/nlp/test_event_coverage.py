"""Trigger coverage: intentions with their doer, and the row groups of ``event_patterns.csv`` added for
acts news tells with verbs and nouns the first table lacked (see docs/event-recall.md).

Every sentence is written for these tests. Each row names the type that must be found and, where it
matters, its stance or the actor's country; the ``NOT_EVENTS`` rows are background uses of the same
words that the sense frames must leave alone.
"""

from __future__ import annotations

import pytest

from tests.conftest import actor_country, actor_named, events_of_type

pytestmark = pytest.mark.model

INTENTIONS = [
    # sentence, type, actor country, stance
    ("Ecuador is ready to resume talks with Peru, the minister said.", "CONSULT", "ECU", "planned"),
    ("Chile is willing to send aid to Bolivia.", "AID", "CHL", "planned"),
    ("Ghana hopes to sign a trade agreement with Togo next month.", "AGREE", "GHA", "planned"),
    # a noun of intention: its owner, or the subject of the verb that announces it, is the doer
    ("Japan announced plans to send aid to Haiti.", "AID", "JPN", "planned"),
    ("Georgia's bid to hold talks with Russia was welcomed.", "CONSULT", "GEO", "planned"),
    # a decision taken is told as the act itself, as the annotated news codes it: not an intention
    ("Kenya's ruling party decided to withdraw from the coalition government.", "RETREAT", "KEN", "asserted"),
    ("The Kenyan opposition resolved to extend support to the new government.", "SUPPORT", "KEN", "asserted"),
]


@pytest.mark.parametrize(("text", "kind", "actor", "stance"), INTENTIONS)
def test_intended_or_decided_act_keeps_its_doer_and_stance(analyze_text, text: str, kind: str, actor: str,
                                                     stance: str) -> None:
    analysis = analyze_text(text)
    found = events_of_type(analysis, kind)
    assert found, f"no {kind} in {[(e.type, e.rule) for e in analysis.events]}"
    assert actor_country(analysis, found[0].actor) == actor
    assert found[0].attribution.stance == stance


FOUND = [
    # sentence, type, rule prefix of the coverage row that must code it
    ("A shopkeeper was robbed by two armed men in Nairobi on Monday.", "ASSAULT", "cov.rob"),
    ("A brief firefight near Jolo left the patrol shaken.", "ASSAULT", "assault.firefight"),
    ("A gunbattle broke out on Monday between police and smugglers.", "ASSAULT", "assault.break"),
    ("Rebels and troops skirmished near the border on Monday.", "ASSAULT", "assault.skirmish"),
    ("The footballer was questioned by police on Tuesday.", "ACCUSE", "accuse.question"),
    ("The two parties came to an agreement on the budget on Monday.", "AGREE", "cov.come"),
    ("The footballer was sacked as manager of the club on Monday.", "SANCTION", "cov.sack"),
    ("Ethiopia has aligned with Washington against the Islamists.", "COOPERATE", "cov.align"),
    ("The Congress party made up with its estranged ally on Monday.", "COOPERATE", "cov.make"),
    ("The party wants to tie up with the Front again.", "COOPERATE", "cov.tie"),
    ("The footballer will be interviewed by detectives later today.", "ACCUSE", "accuse.interview"),
    ("The president fired two cabinet ministers on Monday.", "SANCTION", "cov.fire"),
    ("The colonel was relieved of his command on Thursday.", "SANCTION", "cov.relieve"),
    ("Peru and Chile have deepened their ties since the border accord.", "COOPERATE", "cov.deepen"),
    ("The 1994 murder of two priests in Lima was never solved.", "ASSAULT", "cov.murder"),
    ("Police are investigating the shooting of a taxi driver in Lima.", "ASSAULT", "cov.shooting"),
    ("The beating of a journalist by riot police drew wide condemnation.", "ASSAULT", "cov.beating"),
    ("Gunmen raided the offices of a newspaper in Lagos on Monday.", "ASSAULT", "cov.raid"),
    ("Thousands of students hit the streets of Caracas on Monday.", "PROTEST", "cov.hit"),
    ("Thousands of workers poured into the streets of Lima on Monday.", "PROTEST", "cov.pour"),
    # the subject's role read through "a group of": the group is its members
    ("A group of rebels raided two houses near the border overnight.", "ASSAULT", "cov.raid"),
    ("The president survived a mutiny against her in 2003.", "ASSAULT", "cov.mutiny"),
    # a violent act named after "of" is still an act ("organisers of the 1960 coup"), unless a charge governs it
    ("He was one of the organisers of a military coup in 1960.", "ASSAULT", "cov.coup"),
    ("Rice voiced concern about a string of politically motivated murders.", "ASSAULT", "cov.murder"),
    ("Norway wants to strengthen its ties with Iceland.", "COOPERATE", "cov.strengthen"),
    ("Two commuters tackled the man on the platform.", "ASSAULT", "cov.tackle"),
    ("A reporter was mobbed by a crowd outside the court.", "ASSAULT", "cov.mob"),
    ("The guard was stabbed by an inmate.", "ASSAULT", "cov.stab"),
    ("The driver was charged over the crash.", "ACCUSE", "cov.charge"),
    ("Four officers faced assault charges.", "ACCUSE", "cov.charge"),
    ("The premier spoke highly of Ghana's role in the region.", "SUPPORT", "cov.speak"),
    ("Peru is pleased with the outcome of its talks with Chile.", "SUPPORT", "cov.pleased"),
    ("Bolivia is furious at Chile over the ruling.", "ACCUSE", "cov.furious"),
    ("Police exchanged fire with the kidnappers near the border.", "ASSAULT", "cov.exchange"),
    # capturing a person, or any capture by police, is an arrest; rebels capturing a town stay an attack
    ("The fugitive was captured in June last year.", "COERCE", "cov.capture"),
    ("Police captured two couriers of the network on Friday.", "COERCE", "cov.capture"),
    ("Two more rebels were captured in Trinkot, the provincial capital.", "COERCE", "cov.capture"),
    ("Fears grew over the possible prosecution of the chief minister.", "ACCUSE", "cov.prosecution"),
    # overthrowing, ousting, deposing or toppling a ruler is coercion of that ruler
    ("The communist president Najibullah was overthrown in April 1992.", "COERCE", "cov.overthrow"),
    ("A rebel congress deposed the president in mid-term.", "COERCE", "cov.depose"),
    # two sides signing a document, memorandum or declaration agree; a bill signed into law is no accord
    ("The two foreign ministers signed the document in Moscow on Friday.", "AGREE", "cov.sign"),
    ("The president assured his counterpart of his support on Friday.", "AGREE", "cov.assure"),
    # police taking goods away seize them
    ("Police took away 20,000 yuan and religious books.", "COERCE", "cov.take"),
    # holding an assembly, a jirga, a forum or a round of talks is a meeting
    ("Afghanistan is holding a peace jirga in Kabul this week.", "CONSULT", "cov.hold"),
    # taken in, held or brought for questioning: an arrest
    ("The colonel was taken in for questioning on Friday.", "COERCE", "cov.take"),
    ("Police held two men for questioning on Monday.", "COERCE", "cov.hold"),
    # a confession yields: the suspect concedes
    ("The three men confessed that they bought the heroin from a dealer.", "CONCEDE", "cov.confess"),
    # teaming up or joining forces with a party is cooperation; harassing someone is coercion
    ("Rebels joined forces with the army against the militia.", "COOPERATE", "cov.join"),
    ("Police harassed the journalists outside the court.", "COERCE", "cov.harass"),
    # kicked out of a country or town: expelled, not beaten
    ("After ten years the Russians were kicked out of Afghanistan.", "COERCE", "cov.kick"),
    # pressure put on a party, or that a party comes under from another, is a request
    ("Washington stepped up pressure on Tehran to halt enrichment.", "REQUEST", "cov.pressure"),
    ("The EU has come under intense pressure from all sides to offer deeper cuts.", "REQUEST", "cov.pressure"),
    # a general shutdown (bandh, hartal) is a strike; objects thrown at someone are force
    ("A general shutdown called by opposition parties paralysed Bihar on Monday.", "PROTEST", "cov.shutdown"),
    ("Protesters threw garbage bins at police outside the hotel.", "ASSAULT", "assault.throw"),
    # set phrases: throwing verbs, returning fire, calling a strike, a state of emergency, in custody
    ("An insurgent hurled a grenade at a patrol in the city.", "ASSAULT", "cov.hurl"),
    ("The soldiers returned fire and the gunmen fled.", "ASSAULT", "cov.return"),
    ("The main opposition party has called a mass strike for Monday.", "PROTEST", "cov.call"),
    ("The president declared a state of emergency across the country on Tuesday.", "COERCE", "cov.declare"),
    ("The former minister is currently in custody at a police station.", "COERCE", "cov.custody"),
    # nouns of coded acts: a search of a home, the capture of a person, claims of a wrong
    ("Police carried out a search of a flat in Hamburg used by the businessman.", "ACCUSE", "cov.search"),
    ("The operation resulted in the capture of a known smuggler of weapons.", "COERCE", "cov.capture"),
    ("The results sparked claims of fraud from the opposition.", "ACCUSE", "cov.claim"),
    # officials gathering or convening meet; observers or envoys arriving in a country visit it
    ("Finance ministers from 19 countries are gathering in Melbourne on Saturday.", "CONSULT", "cov.gather"),
    ("Observers from the European Union have arrived in Venezuela.", "CONSULT", "cov.arrive"),
    # a culprit named as such is accused; "suspect of" on a person too
    ("Police said the executive was a key conspirator in the bombings.", "ACCUSE", "cov.conspirator"),
    ("A man suspect of murdering the prison director escaped on Monday.", "ACCUSE", "cov.suspect"),
    # prosecuting is a legal accusation, as charging and indicting are
    ("The bureau said it would prosecute the chief minister in a fraud case.", "ACCUSE", "accuse.prosecute"),
    ("The Senegalese minister gave a conference with his Gambian counterpart.", "CONSULT", "cov.conference"),
    ("Tuareg rebels attacked an army post on Friday. On Saturday they entered Kidal.", "ASSAULT", "cov.enter"),
    ("President Blaise Compaore fled the capital on Friday.", "RETREAT", "cov.flee"),
    ("Hundreds of soldiers fanned out across the city.", "MOBILIZE", "cov.fan"),
    ("Nepal rejected the allegations of the Indian side.", "REJECT", "cov.reject"),
    ("Students burned an effigy of the governor outside the assembly.", "PROTEST", "cov.burn"),
    ("Chilean marines held an amphibious exercise near Arica.", "MOBILIZE", "cov.hold"),
    ("Rebel fighters encircled the garrison town.", "COERCE", "cov.encircle"),
    ("Ugandan troops crossed the border into Congo.", "ASSAULT", "cov.cross"),
    ("The coast guard intercepted a fishing boat off Palawan.", "COERCE", "cov.intercept"),
    ("A roadside bomb went off near an army convoy in Helmand.", "ASSAULT", "cov.go"),
    ("A bomb exploded at a bus station in Peshawar.", "ASSAULT", "cov.explode"),
    ("The Dutch premier reprimanded his foreign minister over the leak.", "ACCUSE", "cov.reprimand"),
    ("Ghana appreciated Togo's role in the mediation.", "SUPPORT", "cov.appreciate"),
    ("Brazil has long been critical of Venezuela's government.", "ACCUSE", "cov.critical"),
    ("The summit of the two Koreas will take place in Pyongyang next month.", "CONSULT", "cov.take"),
    ("Norway encouraged both sides to return to the negotiating table.", "REQUEST", "cov.encourage"),
    ("Chile expressed satisfaction with the ruling of the court.", "SUPPORT", "cov.express"),
    ("The two presidents vowed to strengthen ties between Peru and Chile.", "AGREE", "cov.vow"),
    ("Police suspected the smugglers of links to the cartel.", "ACCUSE", "cov.suspect"),
    ("Colombia froze peace talks with the ELN after the bombing.", "SANCTION", "cov.freeze"),
    ("Radar tracked six Russian warships operating near the Latvian coast.", "MOBILIZE", "cov.operate"),
    ("Seoul wants to establish contact with Pyongyang before the summit.", "CONSULT", "cov.establish"),
    ("The army and the rebels have maintained direct contact since the truce.", "CONSULT", "cov.maintain"),
    ("Ecuador voiced concern over the expulsion of its diplomats.", "ACCUSE", "cov.voice"),
    ("The minister re-asserted his government's displeasure over the vote.", "ACCUSE", "cov.assert"),
    # the subject hidden under a wire dateline still gives its role to ``subjrole:``
    ("BAMAKO, Mali, March 3 (Wire) - Fighters of the rebel alliance entered the town of Kidal on Sunday, the "
     "alliance said.", "ASSAULT", "cov.enter"),
    ("Chile said it retains the right to retaliate for the incursion.", "THREATEN", "cov.retaliate"),
    ("The general said his troops would not hesitate to use force against smugglers.", "THREATEN",
     "cov.hesitate"),
    ("Pakistan carried out its first nuclear test on Monday.", "MOBILIZE", "cov.test"),
    ("The president made an appeal for calm on Monday.", "REQUEST", "request.appeal.n1"),
    ("Washington has put its weight behind the government in Addis Ababa.", "SUPPORT", "cov.put"),
    ("Italy was expected to rally behind the United States.", "SUPPORT", "cov.rally"),
    ("Israel remained opposed to talks with Syria.", "REJECT", "cov.opposed"),
    ("Iran has turned its back on the talks.", "REJECT", "cov.turn"),
    ("More than 80 US soldiers have died this year in Taliban-linked violence.", "ASSAULT", "cov.die"),
    ("The secretary was briefed by Sunni leaders on the security situation.", "CONSULT", "cov.brief"),
    ("New Zealand is set to adopt the international convention against doping.", "AGREE", "cov.adopt"),
    ("Two people were hurt when attackers threw grenades into a restaurant.", "ASSAULT", "cov.throw"),
    ("The Chilean leader had an audience with the pope on Wednesday.", "CONSULT", "cov.audience"),
    ("A German court implicated Iranian leaders in the killing of four dissidents.", "ACCUSE", "cov.implicate"),
    ("The regional police have cracked 13 drug trafficking cases this year.", "COERCE", "cov.crack"),
    ("Police have uncovered a drug trafficking ring in the north.", "COERCE", "cov.uncover"),
    ("Putin came to Beijing on Monday.", "CONSULT", "petrarch.come"),
    ("Peru resolved the issue with Chile.", "CONCEDE", "petrarch.resolve"),
    ("Ugandan soldiers are aiding south Sudanese rebels.", "AID", "cov.aid"),
    ("The unrest by Tamil students spread to Jaffna.", "PROTEST", "protest.unrest"),
    ("The electoral commission barred the opposition leader from the election.", "COERCE", "cov.bar"),
    ("A sniper picked off two soldiers before he fled the scene.", "ASSAULT", "cov.pick"),
    ("The group renounced violence decades ago.", "RETREAT", "cov.renounce"),
    ("The suspect was handed over to the police for questioning.", "COERCE", "cov.hand"),
    ("The army sent in bulldozers on Thursday to tear down the home of a militant.", "ASSAULT", "cov.tear"),
    ("Two Iranians were given life sentences on Thursday.", "COERCE", "cov.sentence"),
    # the particle of "pulled out of" taken for a preposition with one of its own
    ("North Korea pulled out of the talks in November last year.", "SANCTION", "sanction.pull"),
    ("The opposition leader hit out at the government on Friday.", "ACCUSE", "cov.hit"),
    ("Russia reiterated its opposition to NATO expansion.", "REJECT", "cov.opposition"),
    ("Soldiers broke up clashes between rival gangs.", "COERCE", "coerce.break"),
    # territory taken by force is fighting, as "captured the town" is; seized goods stay a seizure (COERCE)
    ("Rebel forces seized the capital on Sunday.", "ASSAULT", "assault.seize"),
    ("The militia has seized Kindu after heavy fighting.", "ASSAULT", "cov.seize"),
    ("The towns conquered by the guerrillas since October lie in the east.", "ASSAULT", "cov.conquer"),
    ("Customs officers seized two tonnes of cocaine in the port.", "COERCE", "coerce.seize"),
    ("The senator defected to the opposition Labour Party on Friday.", "SUPPORT", "cov.defect"),
    ("A rebel faction broke away from the movement in April.", "REJECT", "cov.break"),
    # wanting a thing of someone is a demand ("wants concrete deeds from Georgia"); wanting to act is an intention
    ("Russia wants concrete deeds from Georgia.", "REQUEST", "request.want"),
    # a hyphened word the tokenizer splits in three still reads as the table's word
    ("North Korea test-fired a short-range missile on Monday.", "MOBILIZE", "mobilize.test-fire"),
    ("Japan expanded its co-operation with China in 2005.", "COOPERATE", "cooperate.co-operation"),
    # summoning a meeting convenes it; summoning an envoy is a protest (accuse.summon)
    ("The African Union summoned an emergency meeting for Tuesday.", "CONSULT", "consult.summon"),
]

NOT_EVENTS = [
    # sentence, rule prefix that must not fire: a background use of a coverage word
    ("The soldiers fired at the crowd and were relieved by another unit.", "cov.relieve"),
    ("The guard was convicted of murder in 1999.", "cov.murder"),
    ("The guard was found guilty of murder last August.", "cov.murder"),
    ("Two officers were charged with the shooting on Monday.", "cov.shooting"),
    ("The opposition to the president staged a rally in the capital.", "cov.opposition"),  # a party, not an act
    ("Oil prices came under pressure on Monday.", "cov.pressure"),  # no one presses: market language
    ("The decision was questioned by analysts in London.", "accuse.question"),  # doubt, not interrogation
    ("The minister dismissed the report as fake.", "cov.dismiss"),  # a rejection, no one removed from office
    ("Militias aligned with the government shelled the town.", "cov.align"),  # an allegiance, not an act
    ("They made up a story about the raid.", "cov.make"),
    ("The footballer was interviewed by reporters after the match.", "accuse.interview"),
    ("The prosecution said the evidence was clear.", "cov.prosecution"),  # the prosecutors, a party
    ("Analysts fear a build-up to a war in the region.", "mobilize.build-up"),  # leading to war, no troops
    ("The ousted president fled to Chile.", "cov.oust"),  # a title, no act told
    ("The president signed the document into law on Friday.", "cov.sign"),
    ("He took away the trash after the party.", "cov.take"),
    ("After ten years the Russians were kicked out of Afghanistan.", "cov.kick.v1"),  # expelled, not beaten
    ("Police raided the offices of a newspaper in Lagos on Monday.", "cov.raid"),
    ("Shares rallied 1.5 percent on Monday after the budget was announced.", "protest.rally"),
    ("Two insolvent finance companies will be wound up next month.", "assault.wound"),
    ("A stray rocket hit the street outside the market.", "cov.hit"),
    ("The former president died of a heart attack on Thursday.", "assault.attack"),  # an illness
    ("The unions called off the general strike.", "cov.call"),  # calling off yields (concede.call)
    # a communique's list of aims names no party
    ("The forum aims at deepening friendship and bolstering cooperation in the region.", "cov."),
    ("The relief agency fired up its generators.", "cov.fire"),
    ("The new minister promised to tackle inflation.", "cov.tackle"),
    ("The bank charged a small fee for each transfer.", "cov.charge"),
    ("The striker kicked the ball into the net.", "cov.kick"),
    ("Angry farmers gathered in the square.", "cov.angry"),
    ("Pleased customers returned to the shop.", "cov.pleased"),
    ("Thousands of residents fled the city.", "cov.flee"),
    ("The delegation entered the hall at noon.", "cov.enter"),
    ("The pilgrims crossed the border on foot.", "cov.cross"),
    ("The university held an exercise in public speaking.", "cov.hold"),
    ("The first round of the presidential election was held on Sunday.", "cov.hold"),
    ("A gas cylinder exploded in a restaurant kitchen.", "cov.explode"),
    ("The report was critical to the outcome.", "cov.critical"),
    ("The ceremony took place in the cathedral.", "cov.take"),
    ("A man suspected of the theft was arrested in Lima.", "cov.suspect"),
    ("The bakery operates near the central station.", "cov.operate"),
    ("The minister told reporters that the talks went well.", "cov.tell"),
    ("The shop reserves the right to refuse service.", "cov.respond"),
    ("Investors hesitated to buy the new bonds.", "cov.hesitate"),
    ("The lawyer asserted his client's innocence.", "cov.assert"),
    # a stranded "out of" after an object tells where the object went, not a phrasal verb
    ("Protests forced two presidents out of office in the past three years.", "coerce.force"),
    # a court appeal with nothing asked for and no one appealed to is no request
    ("The court will hear his appeal next month.", "request.appeal.n1"),
    # a market rallying is no show of support
    ("Share prices rallied behind the news of the deal.", "cov.rally"),
    # a press briefing consults no party
    ("The minister briefed reporters on Monday.", "cov.brief"),
    # coming to power or to light goes nowhere anyone hosts: no visit
    ("The party came to power in a coup in 1978.", "petrarch.come"),
    ("His role in the attacks came to light after a raid.", "petrarch.come"),
    # a CAMEO dictionary row codes acts between parties: a goal with neither side named is none
    ("The talks, aimed at resolving the nuclear issue on the peninsula, resumed in Beijing.", "petrarch.resolve"),
    ("Low interest rates are aiding economic growth.", "cov.aid"),  # no party aided
    # a state of affairs with no party in it is no act
    ("Calm was restored in the capital after an hour of unrest.", "protest.unrest"),
    # financing an attack is no aid to a party; a price encourages no one to act on a request
    ("He channelled money to finance the Bali bombings in 2002.", "aid.finance"),
    ("Low prices have encouraged drug addicts to buy more heroin.", "cov.encourage"),
]


@pytest.mark.parametrize(("text", "kind", "rule"), FOUND)
def test_coverage_row_codes_the_act(analyze_text, text: str, kind: str, rule: str) -> None:
    analysis = analyze_text(text)
    assert any(e.type == kind and e.rule.startswith(rule) for e in analysis.events), \
        [(e.type, e.rule) for e in analysis.events]


@pytest.mark.parametrize(("text", "rule"), NOT_EVENTS)
def test_sense_frame_leaves_background_use_alone(analyze_text, text: str, rule: str) -> None:
    analysis = analyze_text(text)
    assert not any(e.rule.startswith(rule) for e in analysis.events), [(e.type, e.rule) for e in analysis.events]


def test_claimant_owns_the_claimed_attack(analyze_text) -> None:
    """"X claimed responsibility for the attack": a back-reference, but the claim names who did it."""
    analysis = analyze_text("A car bomb hit a police post in Mogadishu. Al-Shabaab claimed responsibility "
                            "for the bombing on Sunday.")
    claimed = [e for e in events_of_type(analysis, "ASSAULT") if "bombing" in e.evidence.text]
    assert claimed
    assert "shabaab" in (actor_named(analysis, claimed[0].actor) or "").lower()


def test_nominalization_takes_its_verbs_object_frame(analyze_text) -> None:
    """"the closure of the crossing" is coded as "closed the crossing"; "the closure of the factory" as nothing."""
    found = analyze_text("Jordan announced the closure of the Allenby crossing on Monday.")
    assert any(e.rule.startswith("nominal.closure") and e.type == "SANCTION" for e in found.events), \
        [(e.type, e.rule) for e in found.events]
    background = analyze_text("The closure of the factory left 300 workers jobless.")
    assert not any(e.rule.startswith("nominal.") for e in background.events)


def test_nominal_rows_are_derived_only_from_object_frames() -> None:
    from sitroom.nlp.events.nominal import nominal_rows

    rows = [{"id": "x.close.v1", "lemma": "close", "pos": "VERB", "frame": "dobj:border|crossing",
             "plover_type": "SANCTION", "confidence": "0.9", "roles": ""},
            {"id": "x.close.v2", "lemma": "close", "pos": "VERB", "frame": "prep:to",
             "plover_type": "SANCTION", "confidence": "0.9", "roles": ""}]
    derived = nominal_rows(rows)
    assert {(r["lemma"], r["frame"]) for r in derived} == {("closure", "prep:of=border|crossing"),
                                                          ("closing", "prep:of=border|crossing")}
    assert all(float(r["confidence"]) < 0.9 for r in derived)


def test_support_won_from_someone_has_the_giver_as_actor(analyze_text) -> None:
    analysis = analyze_text("Ghana's peace plan won strong support from Nigeria on Monday.")
    found = [e for e in events_of_type(analysis, "SUPPORT") if e.rule.startswith("cov.win")]
    assert found, [(e.type, e.rule) for e in analysis.events]
    assert actor_country(analysis, found[0].actor) == "NGA"
    assert actor_country(analysis, found[0].recipient) == "GHA"


def test_clashes_set_off_by_a_killing_are_no_restatement(analyze_text) -> None:
    """"the killing sparked clashes": a second happening, not the killing named again."""
    analysis = analyze_text("The killing of a farmer by soldiers sparked two days of clashes between villagers "
                            "and troops in the district.")
    assert any(e.rule.startswith("assault.clash") for e in analysis.events), \
        [(e.type, e.rule) for e in analysis.events]


@pytest.mark.parametrize("text", [
    "Soldiers broke up clashes between rival gangs in the capital.",
    "Police dispersed a protest by students with tear gas.",
])
def test_a_gathering_or_fight_force_is_used_on_took_place(analyze_text, text: str) -> None:
    """Breaking up clashes or dispersing a protest codes the force and the happening it ended."""
    types = sorted(e.type for e in analyze_text(text).events)
    assert types in (["ASSAULT", "COERCE"], ["COERCE", "PROTEST"]), types


def test_visit_here_is_hosted_by_the_dateline_country() -> None:
    """"arrived here for a visit" under a foreign dateline: the dateline's country hosts the visit."""
    from sitroom.analysis import analyze_document
    from sitroom.records import Document

    text = ("Castro met a Chinese general on Friday.\n\n"
            "Chinese Defense Minister Cao Gangchuan arrived here Friday for a three-day visit.")
    doc = Document(id="t-here", text=text, dateline="HAVANA, Nov. 4 (Xinhua)", reference_date="2005-11-04")
    events = analyze_document(doc).events
    assert any(e.rule.startswith("consult.visit") for e in events), [(e.type, e.rule) for e in events]


def test_a_bare_verb_of_force_gives_its_noun_an_of_phrase_row() -> None:
    """A verb of force coded by its lemma alone ("seized", "executed") names the act by its noun with an
    of-phrase ("the seizure of the tanker"); a stance verb so coded ("approved") gives no noun row."""
    from sitroom.nlp.events.nominal import nominal_rows

    rows = [{"id": "x.seize.v1", "lemma": "seize", "pos": "VERB", "frame": "", "plover_type": "COERCE",
             "confidence": "0.8", "roles": ""},
            {"id": "x.approve.v1", "lemma": "approve", "pos": "VERB", "frame": "", "plover_type": "AGREE",
             "confidence": "0.8", "roles": ""}]
    assert {(r["lemma"], r["frame"]) for r in nominal_rows(rows)} == {("seizure", "prep:of")}


def test_the_noun_of_a_use_of_force_is_coded(analyze_text) -> None:
    found = analyze_text("The seizure of the tanker by Iranian forces angered Britain.")
    assert any(e.rule.startswith("nominal.seizure") and e.type == "COERCE" for e in found.events), \
        [(e.type, e.rule) for e in found.events]


def test_an_aim_of_the_same_act_is_no_second_mention(analyze_text) -> None:
    """"sent food aid *to help* Pakistan": one act of aid, whose recipient the aim names."""
    names_events = analyze_text("Japan sent food aid to help Pakistan.")
    found = events_of_type(names_events, "AID")
    assert len(found) == 1, [(e.rule, e.evidence.text) for e in found]
    assert actor_named(names_events, found[0].recipient) == "Pakistan"
