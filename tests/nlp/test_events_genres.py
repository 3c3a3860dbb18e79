"""Word sense outside political copy: hazards, mishaps, markets and policy are no acts of force or demands.

Every sentence here is written for this file; each row names the mechanism it checks.
"""

from __future__ import annotations

import pytest

from tests.conftest import events_of_type

pytestmark = pytest.mark.model

NO_EVENT = [
    # text, the type it must not make: a natural or economic hazard strikes (cause:@hazards)
    ("A strong earthquake struck the northern island on Tuesday, destroying hundreds of homes.", "ASSAULT"),
    ("Typhoon Mirinae hit the eastern coast, which was already hit by floods last month.", "ASSAULT"),
    ("Heavy monsoon rains pounded the capital for a third day.", "ASSAULT"),
    ("The cyclone, which struck the delta overnight, left thousands homeless.", "ASSAULT"),
    ("Thousands fled the quake-hit province.", "ASSAULT"),
    ("A powerful earthquake killed at least 300 people in northern Iran.", "ASSAULT"),  # parsed as a reduced relative
    ("Six people were struck dead by bolts of lightning across India.", "ASSAULT"),  # the hazard in an of-phrase
    ("The blaze killed nine people in a Moscow hostel.", "ASSAULT"),
    # an industrial blast, a fire, a crash or a collapse is a mishap
    ("Twelve workers were killed in a methane explosion at the state-run pit on Friday.", "ASSAULT"),
    ("The boiler explosion, which injured five workers, happened at dawn.", "ASSAULT"),
    ("A fierce inferno killed 40 shoppers in the market.", "ASSAULT"),
    ("A cargo plane crashed near the airport, killing all 12 crew members.", "ASSAULT"),
    ("A bushfire burned 40 homes on the outskirts of the city.", "ASSAULT"),
    ("The school roof collapsed during a storm, killing two pupils.", "ASSAULT"),
    # a standard, a need or a target met is no meeting
    ("The banks failed to meet credit requirements of the productive sector.", "CONSULT"),
    ("Ukraine has now met the technical criteria for market economy status.", "CONSULT"),
    ("Iran needs the plant to meet domestic energy needs.", "CONSULT"),
    # a thing on offer is no offer to act
    ("The visit offers a useful opportunity to review bilateral relations.", "AGREE"),
    ("The new engines offer a significant reduction in costs.", "AGREE"),
    # power or a programme abused is misused, nobody is hurt
    ("The minister abused his power to win contracts.", "ASSAULT"),
    ("Officials were found abusing the fertilizer support program.", "ASSAULT"),
    # a view, a scene or a picture captured is recorded, not seized
    ("The draft captures the views of ordinary citizens.", "ASSAULT"),
    ("Her last movements were captured on closed circuit television.", "ASSAULT"),
    # "talk of" something is a rumour, no talks
    ("There was talk of a financial crisis at the club.", "CONSULT"),
    # market demand
    ("Domestic demand for cement rose sharply in the third quarter.", "REQUEST"),
    ("Analysts expect global demand to slow next year as prices climb.", "REQUEST"),
    ("The ministry said supply and demand would balance by March.", "REQUEST"),
    # a market, a population or a programme's beneficiaries targeted
    ("The airline will target markets in South America with its new long-range jets.", "ASSAULT"),
    ("The scheme targets rural households in the poorest provinces.", "ASSAULT"),
    ("Six officials would be targeted for sanctions under the draft resolution.", "ASSAULT"),
    # market forces that support, hurt or press on prices
    ("Bank shares were supported by a weaker yen and strong earnings.", "SUPPORT"),
    ("Tokyo stocks ended lower, hurt by a rise in oil prices.", "ASSAULT"),
    ("Heavy selling pressure on property stocks dragged the index down.", "REQUEST"),
]

STILL_EVENT = [
    ("Rebel fighters struck an army post near the border, and warplanes pounded their camps.", "ASSAULT"),
    ("A roadside bomb blast killed three policemen.", "ASSAULT"),
    ("The government rejected the rebels' demand for a ceasefire in the north.", "REQUEST"),
    ("Militants frequently target police patrols and government officials in the province.", "ASSAULT"),
    ("The trade minister supported the ceasefire plan.", "SUPPORT"),
    ("Washington increased pressure on Tehran to halt enrichment.", "REQUEST"),
    ("Abbas met Olmert in Jerusalem on Tuesday.", "CONSULT"),
    ("The talks with the rebels lasted two hours.", "CONSULT"),
    ("President Museveni has offered amnesty to the rebels.", "AGREE"),
    ("The U.S. said it would not meet the hostage-takers' demands.", "REJECT"),  # demands met are yielded to
    ("Guards abused the prisoners at the camp.", "ASSAULT"),
    ("Rebels captured the town of Goma on Saturday.", "ASSAULT"),
]


@pytest.mark.parametrize(("text", "kind"), NO_EVENT)
def test_another_sense_makes_no_event(analyze_text, text: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    found = events_of_type(analyze_text(text), kind)
    assert not found, [(e.rule, e.evidence.text) for e in found]


@pytest.mark.parametrize(("text", "kind"), STILL_EVENT)
def test_the_political_sense_is_kept(analyze_text, text: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    assert events_of_type(analyze_text(text), kind)
