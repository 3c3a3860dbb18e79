"""The times lexicon (``resources/times.yaml``) as typed tables, read once through ``sitroom.lexicon``."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sitroom.lexicon import load_yaml


@dataclass(frozen=True)
class TimeLexicon:
    months: dict[str, int]
    ambiguous_months: frozenset[str]
    weekdays: dict[str, int]
    parts: dict[str, str]
    direction: dict[str, str]
    relative_days: dict[str, int]
    day_parts: tuple[str, ...]
    day_part_of: dict[str, str]
    seasons: dict[str, str]
    ordinals: dict[str, int]
    numbers: dict[str, int | None]
    vague_counts: dict[str, tuple[int, int]]
    decade_words: dict[str, int]
    spelled: dict[str, dict[str, int]]
    units: tuple[str, ...]
    future_aux: frozenset[str]
    future_governors: frozenset[str]
    future_words: frozenset[str]
    future_lead: tuple[str, ...]
    scheduling: frozenset[str]
    holidays: dict[str, dict[str, Any]]
    ordinal_words: dict[str, int]


@lru_cache(maxsize=1)
def time_lexicon() -> TimeLexicon:
    data: dict[str, Any] = load_yaml("times.yaml")
    tense = data["tense"]
    return TimeLexicon(
        months=dict(data["months"]),
        ambiguous_months=frozenset(data["ambiguous_months"]),
        weekdays=dict(data["weekdays"]),
        parts=dict(data["parts"]),
        direction=dict(data["direction"]),
        relative_days=dict(data["relative_days"]),
        day_parts=tuple(data["day_parts"]),
        day_part_of=dict(data["day_part_of"]),
        seasons=dict(data["seasons"]),
        ordinals={str(k): v for k, v in data["ordinals"].items()},
        numbers=dict(data["numbers"]),
        vague_counts={k: (int(v[0]), int(v[1])) for k, v in data["vague_counts"].items()},
        decade_words=dict(data["decade_words"]),
        spelled={k: dict(v) for k, v in data["spelled"].items()},
        units=tuple(data["units"]),
        future_aux=frozenset(tense["future_aux"]),
        future_governors=frozenset(tense["future_governors"]),
        future_words=frozenset(tense["future_words"]),
        future_lead=tuple(tense["future_lead"]),
        scheduling=frozenset(tense["scheduling"]),
        ordinal_words=dict(data["ordinal_words"]),
        holidays={kind: dict(table) for kind, table in data["holidays"].items()},
    )


def alternation(words: Iterable[str]) -> str:
    """A non-capturing regex group matching any of ``words``, longest first ("this past" before "this").

    The words are written as a trie ("Ju(?:ly|ne)"): Python's engine tries a flat alternation's words
    one by one at every position, so the time patterns, with their months, weekdays and units in many
    places, spent most of their scan failing on first letters. A greedy optional tail tries the longer
    word of a prefix pair first, which is the only order that can change what is matched.
    """
    return _trie_group(tuple(sorted(set(words))))


@lru_cache(maxsize=256)
def _trie_group(words: tuple[str, ...]) -> str:
    # normalisers build their patterns per call: the trie is written once per word set
    return "(?:" + _trie(list(words)) + ")"


def _trie(words: list[str]) -> str:
    branches: dict[str, list[str]] = {}
    for w in words:
        if w:
            branches.setdefault(w[0], []).append(w[1:])
    alts = [re.escape(ch).replace(r"\ ", " ") + _trie(rest) for ch, rest in sorted(branches.items())]
    if "" in words:
        return "(?:" + "|".join(alts) + ")?" if alts else ""
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


LEX = time_lexicon()


def spelled_year_pattern(part: str = "both") -> str:
    """Regex for years said in words: "nineteen ninety-six" (part "century"), "two thousand one"
    ("millennium") or either ("both"); with "both" the groups 1-5 feed ``spelled_year``."""
    ones, teens, tens = (alternation(LEX.spelled[k]) for k in ("ones", "teens", "tens"))
    century = rf"({teens}) (?:hundred(?: and)? )?(?:({tens})(?:[- ]({ones}))?|({teens}))"
    millennium = rf"two thousand(?:(?: and)? ({teens}|{ones}))?"
    return {"century": century, "millennium": millennium}.get(part, f"(?:{century}|{millennium})")


def spelled_year(match: re.Match[str]) -> str:
    """The digits of a year matched by ``spelled_year_pattern`` (its groups 1-5)."""
    numbers = {**LEX.spelled["ones"], **LEX.spelled["teens"], **LEX.spelled["tens"]}
    century, tens, ones, small, millennium_rest = match.groups()
    if century is None:
        return str(2000 + (numbers[millennium_rest] if millennium_rest else 0))
    rest = numbers[small] if small else (numbers[tens] if tens else 0) + (numbers[ones] if ones else 0)
    return f"{numbers[century] * 100 + rest:04d}"
