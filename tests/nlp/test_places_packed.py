"""The packed name index gives back exactly the table it was packed from, after pickling too."""

from __future__ import annotations

import pickle
from dataclasses import astuple, dataclass

import pytest

from sitroom.nlp.places.packed import PackedIndex, decode_field, encode_field


@dataclass(frozen=True)
class Row:
    name: str
    country: str | None
    lat: float | None
    population: int
    capital: bool = False


def _fields(row: Row) -> tuple[object, ...]:
    return astuple(row)


TABLE = {
    "gaza": [Row("Gaza", "PSE", 31.50161, 410000), Row("Gaza", "MOZ", None, 0)],
    "kyiv": [Row("Kyiv", "UKR", 50.45466, 2797553, True)],
    "odd\tname": [Row("tab\there\\and\nline", "", -0.1, -5)],
    "": [Row("", None, 1e-7, 0)],
    "zürich": [Row("Zürich", "CHE", 47.36667, 341730)],
}


@pytest.mark.parametrize("value", [None, "", "x", "a\tb\\n\n", True, False, 0, -12, 3.14159, 1e-300, -0.0, 47.36667])
def test_fields_round_trip_with_their_types(value: object) -> None:
    back = decode_field(encode_field(value))
    assert back == value and type(back) is type(value)


def test_lookups_equal_the_table_and_survive_pickling() -> None:
    index = PackedIndex(TABLE, Row, _fields)
    for packed in (index, pickle.loads(pickle.dumps(index))):
        assert packed.as_dict() == TABLE
        assert packed.get("gaza")[1].country == "MOZ"
        assert packed.get("nowhere") == [] and packed.get("zzz") == [] and packed.get("a") == []
        assert packed.get("gaza")[0] is packed.get("gaza")[0]   # each record is made once


def test_a_used_index_pickles_without_its_made_records() -> None:
    index = PackedIndex(TABLE, Row, _fields)
    index.get("kyiv")
    state = pickle.loads(pickle.dumps(index)).__dict__
    assert state["_made"] == {} and state["_keys"] is None


def test_an_empty_table_and_a_key_with_a_line_break() -> None:
    assert PackedIndex({}, Row, _fields).get("x") == []
    with pytest.raises(ValueError):
        PackedIndex({"a\nb": []}, Row, _fields)


def test_an_unpackable_field_is_refused() -> None:
    with pytest.raises(TypeError):
        encode_field(object())
