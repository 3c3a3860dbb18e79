"""The hot path's hand-made encodings and bindings equal what they replace."""

from __future__ import annotations

import json

import pytest

from sitroom.ledger import bulk, claims


@pytest.mark.parametrize("names", [[None], ["Ministry of \"Defence\""], ["Société Générale", None], ["北京", "a\\b"]])
def test_positions_json_is_json_dumps_of_the_dicts(names):
    statements = [claims.Statement(f"SRC{i}" if name else f"outlet:x{i}", name, stance, negated, stated, (i,),
                                   name is not None, f"d{i % 2}")
                  for i, name in enumerate(names)
                  for stance, negated, stated in (("asserted", False, "2024-01-02"), ("denied", True, None),
                                                  ("reported", False, "2024-01-01"))]
    listed = claims.positions(statements)
    assert claims.positions_json(listed) == json.dumps([p.as_dict() for p in listed])
    assert claims.positions_json([]) == "[]"


def test_positional_binds_by_name_whatever_the_key_order():
    rows = [{"a": 1, "b": 2}, {"b": 4, "a": 3}]
    assert bulk.positional(rows, ("a", "b")) == [(1, 2), (3, 4)]
    assert bulk.positional(rows, ("b",)) == [(2,), (4,)]


@pytest.mark.parametrize(("stance", "negated", "named", "expected"), [
    ("asserted", False, True, "single-source"),
    ("reported", False, False, "unconfirmed"),   # an outlet passing on a rumour holds no position
    ("asserted", True, True, "denied"),
    ("denied", False, True, "denied"),
    ("speculative", False, True, "unconfirmed"),
])
def test_a_lone_source_gets_the_status_the_general_rules_give(stance, negated, named, expected):
    lone = claims.positions([claims.Statement("SRC", "Source", stance, negated, "2024-01-01", (), named, "d1")])
    assert claims.status(lone) == expected
    # with a second, hedging source the general path runs on the same evidence and agrees
    other = claims.positions([claims.Statement("OTHER", "Other", "speculative", False, "2024-01-01", (), True, "d2")])
    assert claims.status(lone + other) == expected
