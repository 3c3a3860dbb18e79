"""Events of the reference article (the RFA report of 21 October 2024)."""

from __future__ import annotations

import pytest

from sitroom.nlp.events.component import factual
from sitroom.records import Analysis, Event

pytestmark = pytest.mark.model


def _country(analysis: Analysis, actor_id: str | None) -> str | None:
    for a in analysis.actors:
        if a.id == actor_id:
            return a.country or (a.code if a.type == "igo" else None)
    return None


def _find(analysis: Analysis, kinds: tuple[str, ...], actor: str, recipient: str | None = None) -> list[Event]:
    return [e for e in analysis.events if e.type in kinds and _country(analysis, e.actor) == actor
            and (recipient is None or _country(analysis, e.recipient) == recipient)]


def _date(analysis: Analysis, event: Event) -> str | None:
    return next((t.value for t in analysis.times if t.id == event.date), None)


def test_summons_is_accuse_and_demand_is_request_on_monday(reference_analysis: Analysis) -> None:
    accuse = _find(reference_analysis, ("ACCUSE",), "KOR", "RUS")
    request = _find(reference_analysis, ("REQUEST",), "KOR", "RUS")
    assert accuse and request
    assert accuse[0].mode == "disapprove"
    assert _date(reference_analysis, accuse[0]) == "2024-10-21"
    assert _date(reference_analysis, request[0]) == "2024-10-21"
    assert accuse[0] in factual(reference_analysis.events)


def test_troops_to_russia_has_one_mention_per_source(reference_analysis: Analysis) -> None:
    sent = _find(reference_analysis, ("AID", "MOBILIZE"), "PRK", "RUS")
    assert len(sent) >= 3
    stances = {e.attribution.stance for e in sent}
    assert "asserted" in stances
    assert stances - {"asserted"}, "the United States' report should not read as a plain assertion"


def test_rutte_spoke_with_yoon(reference_analysis: Analysis) -> None:
    assert _find(reference_analysis, ("CONSULT",), "NATO", "KOR") or _find(reference_analysis, ("CONSULT",), "NLD")


def test_russia_will_continue_cooperation_is_planned(reference_analysis: Analysis) -> None:
    coop = _find(reference_analysis, ("COOPERATE",), "RUS", "PRK")
    assert coop and all(e.attribution.stance != "asserted" for e in coop)


def test_treaty_agreed_in_june_and_invasion_in_2022(reference_analysis: Analysis) -> None:
    agree = [e for e in _find(reference_analysis, ("AGREE",), "RUS", "PRK") if _date(reference_analysis, e)]
    assert agree and _date(reference_analysis, agree[0]) == "2024-06-19"
    invade = _find(reference_analysis, ("ASSAULT",), "RUS", "UKR")
    assert any(_date(reference_analysis, e) == "2022-02" for e in invade)


def test_escalation_statements_are_conditional(reference_analysis: Analysis) -> None:
    text = reference_analysis.document.text
    for e in reference_analysis.events:
        if "escalation" in text[e.evidence.start:e.evidence.end + 40] and e.type in ("AID", "MOBILIZE"):
            assert e.attribution.stance == "conditional", e
            assert e not in factual(reference_analysis.events)
