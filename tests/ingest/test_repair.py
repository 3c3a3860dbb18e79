"""Unclean text: mojibake repaired and recorded at ingest; clean and lowercased text left alone."""

from __future__ import annotations

import json
import warnings

import pytest

from sitroom.config import Settings
from sitroom.errors import EncodingRepaired
from sitroom.ingest import Failure, read_inputs
from sitroom.ingest.repair import repair_text
from sitroom.ingest.text import document_from_text

MOJIBAKE = ("The minister said \u00e2\u20ac\u0153we will not retreat\u00e2\u20ac\u009d at the Caf\u00c3\u00a9 "
            "R\u00c3\u00bcdiger on Monday.")


def test_mojibake_is_repaired_and_recorded():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        doc = document_from_text(MOJIBAKE, fallback_date="2024-10-21", headers=False, where="wire.txt")
    assert "\u201cwe will not retreat\u201d" in doc.text and "Caf\u00e9 R\u00fcdiger" in doc.text
    assert doc.repairs
    assert any(issubclass(w.category, EncodingRepaired) and "W004" in str(w.message) for w in caught)


@pytest.mark.parametrize("text", [
    "Clean text with \u201ccurly quotes\u201d, a caf\u00e9 and \ufb01 ligature, \uff21 wide letter.",
    "all lowercase copy: the army said on monday it moved troops to the border.",
    "\u0627\u0644\u062c\u064a\u0634 \u0642\u0627\u0644 \u2014 \u0432\u043e\u0439\u0441\u043a\u0430 \u2014 \u519b\u961f",
])
def test_clean_text_is_untouched(text):
    fixed, steps = repair_text(text)
    assert (fixed, steps) == (text, [])
    assert document_from_text(text, fallback_date="2024-10-21", headers=False).repairs == []


def test_jsonl_title_and_body_repaired(tmp_path):
    dump = tmp_path / "d.jsonl"
    dump.write_text(json.dumps({"title": "Caf\u00c3\u00a9 talks", "text": MOJIBAKE, "published": "2024-10-21"}) + "\n")
    (doc,) = list(read_inputs([str(dump)], Settings()))
    assert not isinstance(doc, Failure)
    assert doc.title == "Caf\u00e9 talks" and "Caf\u00e9" in doc.text
    assert any(r.startswith("title:") for r in doc.repairs)


@pytest.mark.model
def test_lowercased_and_repaired_text_analyses(analyze_text):
    lower = analyze_text("the defence ministry said on monday that russia had sent troops to the border. "
                         "\u201cwe will respond,\u201d the minister said.")
    assert all(0 <= t.start < t.end <= len(lower.document.text) for t in lower.times)
    repaired = analyze_text(MOJIBAKE)
    assert repaired.document.repairs and repaired.quotes


def test_closing_quote_whose_last_byte_cp1252_lost_is_restored() -> None:
    raw = "\u201cthe cops lathi-charged us\u201d, said a student."
    mangled = raw.encode("utf-8").decode("cp1252", errors="replace")
    fixed, steps = repair_text(mangled)
    assert fixed == raw
    assert "restore:closing-quote-byte" in steps
