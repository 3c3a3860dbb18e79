"""Agreement of two gold files: a file agrees fully with itself; each difference costs what it should."""

from __future__ import annotations

from typing import Any

from sitroom.eval.agreement import agreement_report, gold_as_analysis

from .helpers import gold

EVENTS: list[dict[str, Any]] = [
    {"type": "ASSAULT", "actor": "army", "recipient": "RSF", "date": "2024-03-04", "source": "army",
     "evidence": "had shelled RSF positions"},
    {"type": "REJECT", "actor": "RSF", "stance": "denied", "source": "RSF", "evidence": "The RSF denied the report."},
]
PARTS: dict[str, Any] = {
    "events": EVENTS,
    "quotes": [{"text": "We will not retreat,", "speaker": "Mohamed Hamdan Dagalo"}],
    "times": [{"text": "on Monday", "value": "2024-03-04"}, {"text": "March 2024", "value": "2024-03"}],
    "quantities": [{"value": 40, "unit": "fighters", "claimant": "army"}],
}


def test_a_gold_file_agrees_with_itself() -> None:
    report = agreement_report([(gold(**PARTS), gold(**PARTS))])
    for name, counts in report.components.items():
        if name == "places":
            continue
        assert counts.fp == 0 and counts.fn == 0 and counts.tp > 0, name


def test_differences_cost_where_they_are() -> None:
    other = {**PARTS, "events": [{**EVENTS[0], "type": "COERCE", "recipient": "TCD"}, EVENTS[1]],
             "times": [PARTS["times"][0]]}
    c = agreement_report([(gold(**PARTS), gold(**other))]).components
    assert (c["event_type"].tp, c["event_type"].fp, c["event_type"].fn) == (1, 1, 1)
    assert (c["actor"].tp, c["actor"].fn) == (2, 0)  # the army is the actor in both
    assert (c["recipient"].tp, c["recipient"].fn) == (1, 1)  # Chad is not the RSF
    assert (c["times"].tp, c["times"].fn, c["times"].fp) == (1, 1, 0)
    assert c["quotes"].tp == 1 and c["quantity_claimant"].tp == 1


def test_event_dates_do_not_become_times() -> None:
    full, plain = gold_as_analysis(gold(events=[{**EVENTS[0], "date": "2023-04"}], times=[]))
    assert [t.value for t in full.times] == ["2023-04"] and plain.times == []
    assert full.events[0].date == full.times[0].id
