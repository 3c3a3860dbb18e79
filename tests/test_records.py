"""The record contract round-trips and its schema describes it."""

from __future__ import annotations

import jsonschema
import pytest
from pydantic import ValidationError

from sitroom.records import SCHEMA, Analysis, Document, Event, Evidence, Quote, json_schema


def sample() -> Analysis:
    text = "Peskov said: \"No.\""
    return Analysis(
        document=Document(id="x1", text=text, title="T", reference_date="2024-10-21"),
        quotes=[Quote(id="qt1", text="No.", kind="direct", speaker=None, cue="said", start=14, end=17)],
        events=[Event(id="e1", type="REJECT", evidence=Evidence(start=0, end=len(text), text=text))],
    )


def test_round_trip():
    a = sample()
    back = Analysis.from_json(a.to_json())
    assert back == a
    assert a.to_dict()["schema"] == SCHEMA == "sitroom/1"


def test_schema_validates_output():
    jsonschema.validate(sample().to_dict(), json_schema())
    broken = sample().to_dict()
    broken["events"][0]["type"] = "NOT_A_TYPE"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, json_schema())


def test_records_are_frozen_and_strict():
    a = sample()
    with pytest.raises(ValidationError):
        a.document.title = "changed"  # type: ignore[misc]
    with pytest.raises(ValidationError):
        Document(id="x", text="t", unknown_field=1)  # type: ignore[call-arg]
