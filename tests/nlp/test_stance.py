"""Clause modality (nlp/stance.py): modals, hedges, planners, conditions and negation, table-driven."""

from __future__ import annotations

from datetime import date

import pytest

from sitroom.nlp.attribution.stance import clause_stance, combine
from sitroom.nlp.pipeline import parse_document

CLAUSES = [
    # sentence, verb whose clause is judged, stance, negated
    ("Russia could send more troops to the front.", "send", "speculative", False),
    ("The rebels may have used chemical weapons in the city.", "used", "speculative", False),
    ("China will continue the naval drills near the island.", "continue", "planned", False),
    ("Seoul plans to deploy more ships to the area.", "deploy", "planned", False),
    ("Iran is expected to retaliate against Israel.", "retaliate", "speculative", False),  # a forecast
    ("Pyongyang is likely planning to launch another missile.", "launch", "speculative", False),
    ("Such a deployment would mark a major escalation of the conflict.", "mark", "conditional", False),
    ("The attack would be the deadliest this year, if confirmed.", "be", "conditional", False),
    ("Turkey said it would close the strait to warships.", "close", "planned", False),
    ("If the talks fail, the army will resume the offensive.", "resume", "conditional", False),
    ("The army did not withdraw from the disputed town.", "withdraw", "asserted", True),
    ("Kyiv never acknowledged the strike on the depot.", "acknowledged", "asserted", True),
    ("Sudan's army retook the capital's main bridge on Friday.", "retook", "asserted", False),
    ("Analysts warned of the possibility of militias attacking the convoy.", "attacking", "speculative", False),
    # an argument that names nobody negates the clause; "no fewer than" counts
    ("No civilians were hurt in the overnight shelling.", "hurt", "asserted", True),
    ("Nobody was injured when the depot burned down.", "injured", "asserted", True),
    ("The coastguard fired no warning shots at the trawler.", "fired", "asserted", True),
    ("No fewer than twelve soldiers were wounded in the ambush.", "wounded", "asserted", False),
    # a planner whose lemma the small model gets wrong ("hopes" -> "hop") still plans
    ("Ankara hopes to expand its trade with Baku next year.", "expand", "planned", False),
    # a hedged noun governing the clause
    ("Police fear the gang's apparent switch to targeting rural banks.", "targeting", "speculative", False),
    # an embedded question leaves the act open
    ("It is unclear whether the president will attend the summit in Lima.", "attend", "speculative", False),
    # a conjunct with its own subject keeps its own tense, not the first clause's modal
    ("The rebels would have to cross the river, and Chad has reinforced its border posts.",
     "reinforced", "asserted", False),
]


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "verb", "stance", "negated"), CLAUSES)
def test_clause_stance(nlp, sentence: str, verb: str, stance: str, negated: bool) -> None:
    doc = parse_document(nlp, sentence, date(2024, 10, 21))
    token = next(t for t in doc if t.text == verb)
    got, got_negated, cue = clause_stance(doc, token)
    assert (got, got_negated) == (stance, negated), (sentence, got, got_negated, cue)
    if stance != "asserted":
        assert cue is not None and cue.lower() in sentence.lower()


@pytest.mark.parametrize(
    ("frame", "clause", "expected"),
    [
        ("asserted", "speculative", "speculative"),
        ("speculative", "planned", "speculative"),
        ("speculative", "conditional", "conditional"),
        ("asserted", "asserted", "asserted"),
        ("reported", "asserted", "reported"),
        ("reported", "planned", "planned"),
        ("denied", "speculative", "denied"),
        ("unconfirmed", "asserted", "unconfirmed"),
        ("declined", "planned", "declined"),
        (None, "conditional", "conditional"),
        (None, "asserted", "asserted"),
    ],
)
def test_combine(frame: str | None, clause: str, expected: str) -> None:
    assert combine(frame, clause) == expected  # type: ignore[arg-type]
