"""scripts/convert_petrarch.py on a small excerpt in the dictionaries' format."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from sitroom.lexicon import load_csv

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "convert_petrarch.py"

VERBS = """
&FOOD
+FOOD
+GRAIN
+RICE

####### VERB PATTERNS #######

---  DETAIN   [173]  ---
DETAIN
ROUND_UP
- * (INTO CUSTODY)                                    [173]         # DETAIN ROUND_UP
- * &FOOD                                             [0233]        # DETAIN
- * (ON BAIL)                                         [173]         # ROUND_UP
- &MILITARY * {CIVILIAN PEOPLE}                        [175]         # DETAIN
- * SUSPECTS (IN CITY) (FOR QUESTIONING)              [173]         # DETAIN
- * STATEMENT                                         [010]         # DETAIN

---  RUSH   [---]  ---
RUSH {RUSHES RUSHED }
- * UP                                                [042]         # RUSH
"""

AGENTS = """
!PERSON! = MAN, WOMAN
POLICE!PERSON! [~COP]
RIOT_POLICE [~COP]
REBEL [~REB]
"""


@pytest.fixture(scope="module")
def convert():
    spec = importlib.util.spec_from_file_location("convert_petrarch", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["convert_petrarch"] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def test_verb_patterns_become_frames(convert):
    stats = convert.Stats()
    rows = convert.convert_verbs(VERBS, convert.plover_map(), stats)
    got = {(r["lemma"], r["frame"], r["plover_type"], r["cameo"]) for r in rows}
    assert ("detain", "prep:into=custody", "COERCE", "173") in got
    assert ("round", "prt:up + prep:into=custody", "COERCE", "173") in got  # the synonym's particle is kept
    assert ("detain", "dobj:food|grain|rice", "REQUEST", "0233") in got  # a set expanded; 02 = appeal
    assert ("rush", "prt:up", "CONSULT", "042") in got
    assert ("round", "prt:up + dobj:food|grain|rice", "REQUEST", "0233") not in got  # not spread to synonyms
    assert ("detain", "prep:on=bail", "COERCE", "173") not in got
    assert not any(r["cameo"] == "010" for r in rows)   # public statements are no PLOVER event
    assert not any(r["cameo"] == "175" for r in rows)   # a condition on the subject does not fit a frame
    assert stats.too_complex == 2 and stats.unmapped == 1


def test_agents_expand_macros(convert):
    rows = convert.convert_agents(AGENTS)
    assert {(r["phrase"], r["code"]) for r in rows} == {
        ("policeman", "COP"), ("policewoman", "COP"), ("riot police", "COP"), ("rebel", "REB")}


def test_converted_data_is_shipped_with_its_source():
    text = (Path(__file__).resolve().parents[1] / "src/sitroom/resources/petrarch_verbs.csv").read_text()
    assert "openeventdata/petrarch2" in text[:600] and "MIT" in text[:600] and "commit" in text[:600]
    rows = load_csv("petrarch_verbs.csv")
    assert len(rows) > 1000 and all(r["plover_type"] for r in rows)
