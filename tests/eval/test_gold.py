"""Gold loading: good files load; bad ones fail with E030 naming the file and the JSON path."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from sitroom.errors import GoldFormatError
from sitroom.eval.gold import fold, load_gold

ARTICLE = "GAZA CITY, May 2 (Wire) - Israel said on Thursday it struck a depot. \u201cWe acted,\u201d it said.\n"
GOOD: dict[str, Any] = {
    "schema": "sitroom/1",
    "document": {"text_file": "a.txt", "reference_date": "2024-05-02"},
    "actors": [{"name": "Israel", "code": "ISR"}],
    "events": [{"type": "ASSAULT", "actor": "Israel", "evidence": "struck a depot"}],
    "quotes": [{"text": '"We acted,"', "speaker": "Israel"}],
    "times": [{"text": "on Thursday", "value": "2024-05-02"}],
}


def write(tmp_path: Path, data: Any, name: str = "a.gold.json") -> Path:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def test_good_gold_loads_with_its_article(tmp_path: Path) -> None:
    [doc] = load_gold(write(tmp_path, GOOD))
    assert doc.text == ARTICLE
    assert doc.name == "a"
    assert doc.gold.events is not None and doc.gold.events[0].type == ["ASSAULT"]
    assert doc.gold.places is None  # not annotated, so not scored
    assert doc.gold.events[0].given("actor") and not doc.gold.events[0].given("recipient")


def test_folder_loads_every_gold_file(tmp_path: Path) -> None:
    write(tmp_path, GOOD, "a.gold.json")
    write(tmp_path, {**GOOD, "document": {"text": "Inline text about Thursday.", "reference_date": None},
                     "events": None, "quotes": None, "times": [{"text": "Thursday"}]}, "b.gold.json")
    assert [d.name for d in load_gold(tmp_path)] == ["a", "b"]


BAD = [
    ("unknown event type", {**GOOD, "events": [{"type": "INVADE"}]}, "$.events[0].type[0]"),
    ("unknown key", {**GOOD, "times": [{"text": "on Thursday", "when": "x"}]}, "$.times[0].when"),
    ("no text", {**GOOD, "document": {"reference_date": "2024-05-02"}}, "$.document"),
    ("both texts", {**GOOD, "document": {"text": "x", "text_file": "a.txt"}}, "$.document"),
    ("missing article", {**GOOD, "document": {"text_file": "missing.txt"}}, "$.document.text_file"),
    ("evidence not in article", {**GOOD, "events": [{"type": "ASSAULT", "evidence": "bombed a depot"}]},
     "$.events[0].evidence"),
    ("quote not in article", {**GOOD, "quotes": [{"text": "We won", "speaker": "Israel"}]}, "$.quotes[0].text"),
    ("bad stance", {**GOOD, "events": [{"type": "ASSAULT", "stance": "likely"}]}, "$.events[0].stance"),
    ("wrong schema", {**GOOD, "schema": "other/2"}, "$.schema"),
    ("quantity without value", {**GOOD, "quantities": [{"claimant": "Israel"}]}, "$.quantities[0].value"),
    ("not json", "{not json", "$"),
]


@pytest.mark.parametrize(("name", "data", "json_path"), BAD, ids=[b[0] for b in BAD])
def test_bad_gold_is_e030_with_path(tmp_path: Path, name: str, data: Any, json_path: str) -> None:
    path = write(tmp_path, data)
    with pytest.raises(GoldFormatError) as info:
        load_gold(path)
    message = str(info.value)
    assert message.startswith("E030")
    assert f"at {json_path}:" in message
    assert str(path) in message
    assert "docs/eval.md" in message


def test_missing_path_and_empty_folder(tmp_path: Path) -> None:
    with pytest.raises(GoldFormatError, match="no such gold"):
        load_gold(tmp_path / "nope.json")
    with pytest.raises(GoldFormatError, match="no gold JSON"):
        load_gold(tmp_path)


def test_fold_keeps_offsets() -> None:
    text = "\u201cRussia\u2019s\u201d \u2014 ok"
    assert fold(text) == "\"russia's\" - ok"
    assert len(fold(text)) == len(text)


def test_own_corpus_gold_files_all_load() -> None:
    folder = Path(__file__).parents[1] / "fixtures" / "articles"
    docs = load_gold(folder)
    assert len(docs) >= 12
    for d in docs:
        assert d.gold.events and d.gold.times is not None and d.gold.quotes is not None


def test_reference_gold_loads() -> None:
    [doc] = load_gold(Path(__file__).parents[1] / "fixtures" / "reference.gold.json")
    assert "Zinoviev" in doc.text
