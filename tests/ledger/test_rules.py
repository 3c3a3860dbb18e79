"""Pure ledger rules: date windows, event identity, stance polarity, claim status, number series."""

from __future__ import annotations

from datetime import date

import pytest

from sitroom.ledger import claims, dates, identity, numbers
from sitroom.ledger.claims import Statement


@pytest.mark.parametrize(("value", "grain", "expected"), [
    ("2024-10-18", "day", (date(2024, 10, 18), date(2024, 10, 18))),
    ("2024-10", "month", (date(2024, 10, 1), date(2024, 10, 31))),
    ("2024-02", "month", (date(2024, 2, 1), date(2024, 2, 29))),
    ("2024", "year", (date(2024, 1, 1), date(2024, 12, 31))),
    ("2024-W43", "week", (date(2024, 10, 21), date(2024, 10, 27))),
    ("2024-SU", "season", (date(2024, 6, 1), date(2024, 8, 31))),
    ("2024-WI", "season", (date(2024, 12, 1), date(2025, 2, 28))),
    ("2020s", "decade", (date(2020, 1, 1), date(2029, 12, 31))),
    ("2024-10-21T09:00", "time", (date(2024, 10, 21), date(2024, 10, 21))),
    (None, None, None),
    ("next spring", None, None),
    ("2024-13-01", "day", None),
])
def test_interval(value, grain, expected):
    assert dates.interval(value, grain) == expected


@pytest.mark.parametrize(("a", "b", "same"), [
    (("2024-10-18", "day"), ("2024-10-19", "day"), True),     # one day apart: tolerated
    (("2024-10-18", "day"), ("2024-10-21", "day"), False),    # three days apart: two events
    (("2024-10-18", "day"), ("2024-10", "month"), True),      # day inside the month
    (("2024-09-30", "day"), ("2024-10", "month"), True),      # edge of the month, within tolerance
    (("2024-09-20", "day"), ("2024-10", "month"), False),
    (("2024-10", "month"), ("2024-11", "month"), False),
    (("2024", "year"), ("2024-06-19", "day"), True),
    ((None, None), ("2024-06-19", "day"), None),
])
def test_date_window(a, b, same):
    assert dates.overlaps(dates.widened(*a), dates.interval(*b)) is same


def key(type_: str = "AID", actor: str | None = "PRK", recipient: str | None = "RUS", when: str | None = None,
        grain: str | None = None, place: str | None = None, country: str | None = None,
        probe: bool = False) -> identity.ClaimKey:
    span = (dates.widened if probe else dates.interval)(when, grain)
    return identity.ClaimKey(
        identity.family(type_), type_, (actor or "")[:3], actor, (recipient or "")[:3], recipient,
        span[0] if span else None, span[1] if span else None, place, country, None)


@pytest.mark.parametrize(("probe", "claim", "expected"), [
    (key(), key(), {"type": "same", "actor": "same", "recipient": "same", "date": "one unknown",
                    "place": "one unknown"}),
    (key(actor="PRKMIL"), key(actor="PRK"), {"actor": "broader/narrower"}),
    (key(actor="PRKMIL"), key(actor="PRKGOV"), {"actor": "same country"}),   # two organs of one state
    (key(recipient="UKR"), key(), None),
    (key("ASSAULT"), key(), None),
    (key("AID", when="2024-10-18", grain="day"), key("COOPERATE", when="2024-10", grain="month"),
     {"type": "compatible", "date": "within window"}),
    (key("AID"), key("COOPERATE"), None),  # compatible types need a date or place to agree
    (key("PROTEST", place="Kursk"), key("ACCUSE", place="Kursk"), {"type": "compatible", "place": "same name"}),
    (key(when="2024-10-18", grain="day"), key(when="2024-10-25", grain="day"), None),
    (key(place="Kursk", country="RU"), key(place="Belgorod", country="RU"), {"place": "same country"}),
    (key(place="Kursk", country="RU"), key(place="Kharkiv", country="UA"), None),
])
def test_match(probe, claim, expected):
    got = identity.match(probe, claim)
    if expected is None:
        assert got is None
    else:
        assert got is not None
        assert expected.items() <= got.as_dict().items()


def test_best_prefers_the_closest_claim():
    probe = key(when="2024-10-21", grain="day", probe=True, place="Seoul")
    loose = key(place=None)
    tight = key(when="2024-10-21", grain="day", place="Seoul")
    assert identity.best(probe, [("loose", loose), ("tight", tight)])[0] == "tight"
    assert identity.best(probe, [("other", key("ASSAULT"))]) is None


@pytest.mark.parametrize(("stance", "negated", "named", "expected"), [
    ("asserted", False, True, "assert"),
    ("asserted", True, True, "deny"),
    ("denied", False, True, "deny"),
    ("reported", False, True, "assert"),
    ("reported", False, False, "hedge"),
    ("planned", False, True, "assert"),
    ("unconfirmed", False, True, "hedge"),
    ("speculative", False, True, "hedge"),
    ("conditional", False, True, "hedge"),
    ("declined", False, True, "hedge"),
])
def test_polarity(stance, negated, named, expected):
    assert claims.polarity(stance, negated, named) == expected


def st(source: str, stance: str = "asserted", stated: str = "2024-10-18", negated: bool = False) -> Statement:
    return Statement(source, None, stance, negated, stated)


@pytest.mark.parametrize(("statements", "expected"), [
    ([st("KORSPY"), st("UKRGOV")], "corroborated"),
    ([st("KORSPY"), st("KORSPY"), st("KORSPY")], "single-source"),   # one agency, quoted thrice
    ([st("KORSPY"), st("RUSGOV", "denied")], "disputed"),
    ([st("RUSGOV", "denied")], "denied"),
    ([st("USAGOV", "unconfirmed"), st("NATO", "conditional")], "unconfirmed"),
    ([st("KORSPY"), st("USAGOV", "unconfirmed")], "single-source"),
    # a source's latest position counts: the US first could not confirm, then asserted
    ([st("USAGOV", "unconfirmed", "2024-10-18"), st("USAGOV", stated="2024-10-23"), st("KORSPY")],
     "corroborated"),
    # a retraction: asserted, later denied by the same source
    ([st("KORSPY", stated="2024-10-18"), st("KORSPY", "denied", "2024-10-30")], "denied"),
    ([st("KORSPY"), st("RUSGOV", negated=True)], "disputed"),
])
def test_status(statements, expected):
    assert claims.summarise(statements)[0] == expected


def fig(claimant: str, value: float, stated: str, unit: str = "troops") -> numbers.Figure:
    return numbers.Figure(claimant, None, unit, value, None, False, f"{value:g}", stated)


def test_number_series_per_claimant_over_time():
    got = {s.claimant_key: s for s in numbers.series([
        fig("KORSPY", 3000, "2024-10-23"), fig("KORSPY", 1500, "2024-10-18"), fig("KORSPY", 1500, "2024-10-18"),
        fig("UKRSPY", 10000, "2024-10-21"), fig("KORSPY", 11000, "2024-10-29"),
        fig("KORSPY", 4, "2024-10-20", unit="brigades"),
    ])}
    kor = [s for s in numbers.series([fig("KORSPY", 3000, "2024-10-23"), fig("KORSPY", 1500, "2024-10-18"),
                                      fig("KORSPY", 11000, "2024-10-29")])][0]
    assert [p.value for p in kor.points] == [1500, 3000, 11000]
    assert (kor.latest.value, kor.low, kor.high) == (11000, 1500, 11000)
    assert got["UKRSPY"].latest.value == 10000
    units = {(s.claimant_key, s.unit) for s in numbers.series([fig("KORSPY", 1, "2024-10-20", "brigades"),
                                                               fig("KORSPY", 1500, "2024-10-18")])}
    assert units == {("KORSPY", "brigades"), ("KORSPY", "troops")}


def test_the_same_wire_copy_in_several_outlets_counts_once():
    from types import SimpleNamespace

    copy = "Troops crossed the border overnight near the river, the first such incursion this year"
    texts = (copy, "  " + copy.upper() + " ", "Troops crossed the border overnight")
    rows = [SimpleNamespace(evidence_text=t) for t in texts]
    statements = [Statement("outlet:a", "A", "asserted", False, "2024-10-18"),
                  Statement("outlet:b", "B", "asserted", False, "2024-10-18"),
                  Statement("outlet:c", "C", "asserted", False, "2024-10-18")]
    merged = claims.one_per_wire_copy(statements, rows)
    assert [s.source_key for s in merged] == ["outlet:a", "outlet:a", "outlet:c"]
    assert claims.status(claims.positions(merged)) == "corroborated"   # a and c, not three
    assert len(claims.positions(merged)) == 2


def test_deployments_merge_however_coded_but_not_without_an_actor():
    def deploy(type_: str, actor: str | None = "PRK", **kw) -> identity.ClaimKey:
        k = key(type_, actor=actor, **kw)
        k.family = "DEPLOY"
        return k

    got = identity.match(deploy("MOBILIZE", when="2024-12-01", grain="day", place="Kursk", country="RU"),
                         deploy("AID", when="2024-10-18", grain="day", place="Vladivostok", country="RU"))
    assert got is not None and got.as_dict()["type"] == "same kind"
    assert got.as_dict()["date"] == "attribute (differs)"
    assert identity.match(deploy("MOBILIZE", actor=None), deploy("AID", actor=None)) is None
    assert identity.match(deploy("MOBILIZE", recipient="UKR"), deploy("AID")) is None   # another recipient
