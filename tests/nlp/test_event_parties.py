"""Parties named outside the subject and object slots (nlp/events/parties.py).

Each row is a sentence written for these tests, the event type and rule prefix
to look at, and the actor codes the actor and recipient must carry (an actor's
``code``, or its country when it has no code; ``"*"``: the actor is not checked). The rows cover "between A and B"
on a nominal trigger, on the "of" phrase inside it, on a verb's subject, on the verb or the last noun
before it when that subject is the event, and on the object of a verb with no subject; a
hyphenated pair before a noun; the subject of a relative clause's light verb;
a condemnation, acceptance or refusal of an earlier event (its own trigger, or a
noun that only points back); the "with" side of a two-sided event a verb happened
in; the armed groups of the role-noun lexicon; bare "soldiers" pointing back to the
armed force last named (nlp/actors/role_coref.py); "they" or "the two sides" of a
joint act after a pair was named; the state an attacked object lies in and the
government whose embassy a protest stood at (nlp/events/targets.py); a subject
stranded in a fronted list; and a battle in a passive's time clause.
"""

from __future__ import annotations

import pytest

from sitroom.records import Analysis

pytestmark = pytest.mark.model

ROWS = [
    # sentence, type, rule prefix, actor code, recipient code
    ("Clashes between Kenyan police and Somali militants erupted on Monday.", "ASSAULT", "assault.",
     "KENCOP", "SOMREB"),
    ("The meeting between the delegations of Japan and Peru ended without agreement.", "CONSULT",
     "consult.meeting.n", "JPN", "PER"),
    ("The war between Chad's army and the rebels broke out in 2020.", "ASSAULT", "assault.break.v", "TCDMIL",
     "TCDREB"),
    ("Clashes erupted in Nairobi on Monday evening between Kenyan police and Somali militants.", "ASSAULT",
     "assault.erupt.v", "KENCOP", "SOMREB"),
    ("Talks took place in Lima on Friday between Japan and Peru.", "CONSULT", "cov.take.v", "JPN", "PER"),
    ("Monday is the anniversary of establishing diplomatic ties between Japan and Peru.", "COOPERATE",
     "cooperate.establish.v", "JPN", "PER"),
    ("Officials in Tokyo are preparing a US-Japan summit for May.", "CONSULT", "consult.summit.n", "USA", "JPN"),
    ("Seoul condemned the large-scale military drills that the Chinese navy began around the island of Jeju "
     "on Thursday morning.", "MOBILIZE", "mobilize.drill.n", "CHNMIL", None),
    ("Seoul condemned the large-scale military drills that the Chinese navy began around the island of Jeju "
     "on Thursday morning.", "ACCUSE", "accuse.condemn.v", "KOR", "CHNMIL"),
    ("Nigeria bombed rebel camps on Sunday. Ghana condemned the air strikes.", "ACCUSE", "accuse.condemn.v",
     "GHA", "NGA"),
    ("Rebels attacked a convoy near Goma on Monday. Hours later, Ethiopia's army struck rebel positions. "
     "Kenya condemned the strikes.", "ACCUSE", "accuse.condemn.v", "KEN", "ETHMIL"),
    ("The Argentine navy attacked a fishing boat. Chile expressed concern about the attack.", "ACCUSE",
     "accuse.express.v", "CHL", "ARGMIL"),
    ("Twelve Nigerian soldiers have been killed in clashes with Boko Haram this year.", "ASSAULT",
     "assault.kill.v", "NGAREB", "NGAMIL"),
    ("Colombia's army said it had recaptured a bridge linking Cali to the capital after two days of heavy "
     "fighting with ELN guerrillas.", "ASSAULT", "assault.recapture.v", "COLMIL", "COLREB"),
    ("Armed gangs attacked three police stations in the capital of Haiti.", "ASSAULT", "assault.attack.v",
     "HTIREB", "HTICOP"),
    # accepting or refusing what an earlier event asked
    ("Chile asked Peru to extradite a banker. Peru agreed the request on Friday.", "AGREE", "agree.agree.v",
     "PER", "CHL"),
    # a bare plural for soldiers points back to the armed force last named
    ("Israeli troops entered the town on Monday. Three Palestinians were wounded by rubber bullets fired by "
     "soldiers.", "ASSAULT", "assault.wound.v", "ISRMIL", "PSE"),
    # a subject standing for a pair takes the two sides of the latest joint event
    ("Talks between Peru and Chile opened in Lima on Monday. The two sides agreed to meet again in March.",
     "AGREE", "agree.agree.v", "PER", "CHL"),
    ("Talks between Peru and Chile opened in Lima on Monday. Both must honour the accords signed by the two "
     "countries.", "AGREE", "", "PER", "CHL"),
    # the party an unnamed happening involved did it; a NATO-led mission is coded NATO
    ("An incident involving a convoy of the International Security Assistance Force (ISAF) killed an Afghan "
     "civilian near Kabul.", "ASSAULT", "assault.kill.v", "NATO", "AFGCVL"),
    ("ISAF troops shot dead an Afghan civilian near Kabul.", "ASSAULT", "assault.shoot.v", "NATO", "AFGCVL"),
    # the pair may be named by a "between" phrase where no event was coded, and ties (050) share it too
    ("Trade between Peru and Chile grew fast after the two countries normalized relations in 1990.", "COOPERATE",
     "cooperate.normalize.v", "PER", "CHL"),
    ("Lula and Milei's talks covered trade and border security. \"They agreed that the border is a serious "
     "issue,\" a spokesman said.", "AGREE", "agree.agree.v", "BRAGOV", "ARGGOV"),
    ("Lula and Milei's talks covered trade and border security.", "CONSULT", "consult.talk.n", "BRAGOV",
     "ARGGOV"),
    # a nominal joint act whose sides are a pair phrase (nlp/events/pair_mentions.py)
    ("Talks between Peru and Chile opened in Lima on Monday. A second meeting between the two sides is "
     "planned for March.", "CONSULT", "consult.meeting.n", "PER", "CHL"),
    ("Talks between Peru and Chile opened in Lima on Monday. A meeting between the foreign ministers of the "
     "two countries is planned for March.", "CONSULT", "consult.meeting.n", "PER", "CHL"),
    # the subject of a verb of taking part carries the nominal joint act it takes part in
    ("Sudan took part in the talks in Geneva on Monday.", "CONSULT", "consult.talk.n", "SDN", None),
    ("Ghana's president arrived in Lagos on Monday for a two-day visit.", "CONSULT", "consult.visit.n", "GHAGOV",
     None),
    ("The African Union convened an emergency summit on Friday.", "CONSULT", "consult.summit.n", "AU", None),
    # the state an attacked object lies in (nlp/events/targets.py)
    ("Ecuador said its jets hit four camps in Colombia on Tuesday.", "ASSAULT", "assault.hit.v", "ECU", "COL"),
    # a visit's host is the state of the place it went to (nlp/events/targets.py)
    ("Chile's foreign minister began a three-day visit to Lima on Monday, seeking closer ties with Peru.",
     "CONSULT", "consult.visit.n", "CHLGOV", "PER"),
    ("Ghana's president arrived in Lagos on Monday for a two-day visit. Nigeria hopes to expand trade.",
     "CONSULT", "consult.visit.n", "GHAGOV", "NGA"),
    # an agentless passive takes the actor of the assault it happened in (nlp/events/caused.py)
    ("Israel struck targets in Rafah on Monday. Health officials said twelve Palestinians were killed in the "
     "strikes.", "ASSAULT", "assault.kill.v", "ISR", "PSE"),
    # a subject the parser hung on a list in a fronted phrase (nlp/events/stranded.py)
    ("Prior to the two-way talks between Peru and Chile, Wang Lei, Chinese ambassador for border affairs, "
     "met with Kenji Sato Wednesday evening.", "CONSULT", "consult.meet.v", "CHNGOV", None),
    # a protest at a government's building is addressed to that government
    ("Greek students rallied outside the Turkish embassy in Athens on Friday.", "PROTEST", "protest.rally.v",
     "GRCCVL", "TURGOV"),  # the students are a group of civilians of their country (actors/counted.py)
    ("Hundreds of Filipino farmers demonstrated in front of the US embassy in Manila.", "PROTEST",
     "protest.demonstrate.v", "*", "USAGOV"),
    # an agreement is made with the partner of the act agreed on
    ("Peru has agreed to face-to-face talks with Chile.", "AGREE", "agree.agree.v", "PER", "CHL"),
    # a "between" phrase on the first of joined nouns names the parties of each
    ("The friendly exchange and cooperation between Peru and Chile have made progress, the minister said.",
     "COOPERATE", "cooperate.cooperation.n", "PER", "CHL"),
    # and so does "bilateral" on the first of them: the pair told before
    ("China and Peru signed a trade accord on Monday. The Chinese premier said bilateral exchanges and "
     "cooperation had grown fast.", "COOPERATE", "cooperate.cooperation.n", "CHN", "PER"),
    # the subject of a battle in the time clause of a passive
    ("Two Palestinians were killed by rubber bullets as Israeli troops battled the protesters.", "ASSAULT",
     "assault.kill.v", "ISRMIL", "PSE"),
]


def _code(analysis: Analysis, actor_id: str | None) -> str | None:
    for a in analysis.actors:
        if a.id == actor_id:
            return a.code or a.country
    return None


@pytest.mark.parametrize(("text", "kind", "rule", "actor", "recipient"), ROWS)
def test_parties(analyze_text, text: str, kind: str, rule: str, actor: str, recipient: str | None) -> None:
    analysis = analyze_text(text)
    events = [e for e in analysis.events if e.type == kind and (e.rule or "").startswith(rule)]
    assert events, [(e.type, e.rule) for e in analysis.events]
    got = [(_code(analysis, e.actor) if actor != "*" else "*", _code(analysis, e.recipient)) for e in events]
    assert (actor, recipient) in got


def test_an_actor_found_by_the_subject_is_kept(analyze_text) -> None:
    """A pair elsewhere in the clause never replaces a subject that is neither of its sides."""
    analysis = analyze_text("Norway hosted talks between Sri Lanka and the Tamil rebels in Oslo.")
    for event in analysis.events:
        assert _code(analysis, event.actor) in (None, "NOR"), event


def test_a_setting_lends_no_actor(analyze_text) -> None:
    """Those who took cover during an attack did not carry it out."""
    analysis = analyze_text("Kenyan police took cover during an attack on the market.")
    attacks = [e for e in analysis.events if e.type == "ASSAULT"]
    assert attacks
    assert all(_code(analysis, e.actor) != "KENCOP" for e in attacks)


def test_a_passive_with_no_known_cause_keeps_no_actor(analyze_text) -> None:
    """A blast nobody was named for lends the killing no actor."""
    analysis = analyze_text("Five soldiers were killed in a blast near Kandahar on Monday.")
    kills = [e for e in analysis.events if e.type == "ASSAULT"]
    assert kills
    assert all(e.actor is None for e in kills)
