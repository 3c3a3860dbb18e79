"""Word alternations written as tries (nlp/times/lexicon.py) match what a flat longest-first one does."""

from __future__ import annotations

import re

import pytest

from sitroom.nlp.times.lexicon import LEX, alternation

WORDS = ["may", "mayor", "march", "mar", "this", "this past", "this coming", "june", "july", "a.m.", "Q1"]


def _flat(words: list[str]) -> str:
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", " ") for w in ordered) + ")"


@pytest.mark.parametrize("text", ["mayor", "may", "marching", "mar", "this past week", "this coming",
                                  "this", "julyx", "a.m.", "am", "Q1", "Q2", "", "thi"])
def test_trie_matches_like_a_flat_alternation(text: str) -> None:
    trie, flat = re.compile(alternation(WORDS)), re.compile(_flat(WORDS))
    got, want = trie.match(text), flat.match(text)
    assert (got and got.group(0)) == (want and want.group(0))


def test_trie_backtracks_to_a_shorter_word() -> None:
    # "this past" is tried first, fails on what follows, and "this" is matched instead
    pattern = re.compile(alternation(["this", "this past"]) + r" week")
    assert pattern.match("this week").group(0) == "this week"
    assert pattern.match("this past week").group(0) == "this past week"


def test_month_names_all_match() -> None:
    months = re.compile(alternation(LEX.months) + r"\Z")
    assert all(months.match(m) for m in LEX.months)
    assert not months.match("mayo")
