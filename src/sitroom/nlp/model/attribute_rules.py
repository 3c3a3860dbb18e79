"""The model's attribute ruler as lookup tables instead of a token Matcher.

en_core_web_sm maps every fine-grained tag to its coarse part of speech and morphology, and
patches some words, with about 180 ``AttributeRuler`` patterns. spaCy runs them through a
general ``Matcher``, which tries every pattern at every token; on newswire that is about a
seventh of the whole parse. These patterns are simple (one or two tokens, exact values or
IN / NOT_IN sets over TAG, LOWER, DEP and IS_SPACE), so they can be found by dictionary lookups
on the tokens' attribute arrays. The rules are applied exactly as the ruler applies them: every
match is found on the annotations as the parser left them, then the rules' attributes are set
in rule order, so a later rule overrides an earlier one on the same token. A pattern outside
that subset makes ``compile_rules`` return None, and the model's own ruler stays.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

# Pattern keys the tables can state, and the attribute array column each is read from.
_COLUMNS = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}
_ARRAY = [TAG, LOWER, DEP, IS_SPACE]


@dataclass(frozen=True)
class _Test:
    """One token's condition: per column, the accepted values, or the refused ones."""

    accept: tuple[tuple[int, frozenset[int]], ...]
    refuse: tuple[tuple[int, frozenset[int]], ...]
    search: tuple[tuple[int, re.Pattern[str]], ...] = ()

    def holds(self, row: list[int], text: Callable[[int], str]) -> bool:
        for col, values in self.accept:
            if row[col] not in values:
                return False
        for col, values in self.refuse:
            if row[col] in values:
                return False
        for col, rx in self.search:
            if not rx.search(text(row[col])):
                return False
        return True


@dataclass(frozen=True)
class _Pattern:
    rule: int
    tests: tuple[_Test, ...]
    index: int


def _value(key: str, value: Any) -> int:
    return int(value) if key == "IS_SPACE" else get_string_id(value)


def _test(spec: dict[str, Any]) -> _Test | None:
    accept, refuse, search = [], [], []
    for key, value in spec.items():
        if key not in _COLUMNS:
            return None
        col = _COLUMNS[key]
        if isinstance(value, dict):
            if set(value) - {"IN", "NOT_IN", "REGEX"} or "REGEX" in value and key in ("IS_SPACE",):
                return None
            if "REGEX" in value:
                search.append((col, re.compile(value["REGEX"])))
            if "IN" in value:
                accept.append((col, frozenset(_value(key, v) for v in value["IN"])))
            if "NOT_IN" in value:
                refuse.append((col, frozenset(_value(key, v) for v in value["NOT_IN"])))
        elif isinstance(value, str | bool | int):
            accept.append((col, frozenset({_value(key, value)})))
        else:
            return None
    return _Test(tuple(accept), tuple(refuse), tuple(search))


class AttributeRules:
    """The compiled patterns, indexed by one accepted value of their first token.

    Each pattern is filed under the most selective column its first token names (LOWER, then
    TAG, DEP, IS_SPACE), once per accepted value, so a token is tested only against the patterns
    filed under its own values, plus the few that accept any value (a regular expression).
    """

    def __init__(self) -> None:
        self.attrs: list[dict[Any, Any]] = []
        self.by_value: dict[tuple[int, int], list[_Pattern]] = defaultdict(list)
        self.general: list[_Pattern] = []

    def load(self, patterns: list[_Pattern], attrs: list[dict[Any, Any]]) -> None:
        self.attrs = attrs
        for pattern in patterns:
            accepted = dict(pattern.tests[0].accept)
            col = next((c for c in (1, 0, 2, 3) if c in accepted), None)
            if col is None:
                self.general.append(pattern)
                continue
            for value in accepted[col]:
                self.by_value[(col, value)].append(pattern)

    def matches(self, rows: list[list[int]], text: Callable[[int], str]) -> dict[int, set[int]]:
        """Token index -> the rules whose pattern targets it, all found before any is applied."""
        hits: dict[int, set[int]] = defaultdict(set)
        table, n = self.by_value, len(rows)
        for i, row in enumerate(rows):
            found = [p for col in range(4) for p in table.get((col, row[col]), ())]
            for pattern in found + self.general if self.general else found:
                tests = pattern.tests
                if i + len(tests) > n or not all(t.holds(rows[i + k], text) for k, t in enumerate(tests)):
                    continue
                hits[i + (pattern.index if pattern.index >= 0 else len(tests) + pattern.index)].add(pattern.rule)
        return hits

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        for i, rules in self.matches(doc.to_array(_ARRAY).tolist(), doc.vocab.strings.__getitem__).items():
            token = doc[i]
            for rule in sorted(rules):
                set_token_attrs(token, self.attrs[rule])
        return doc


def compile_rules(ruler: AttributeRuler) -> list[_Pattern] | None:
    """The ruler's patterns as table entries, or None when one of them is outside what they state."""
    patterns: list[_Pattern] = []
    for rule, index in enumerate(ruler.indices):
        for spec in ruler.matcher.get(ruler.vocab.strings[str(rule)])[1]:
            tests = [_test(token) for token in spec]
            if not tests or any(t is None for t in tests) or not -len(tests) <= index < len(tests):
                return None
            patterns.append(_Pattern(rule, tuple(t for t in tests if t is not None), index))
    return patterns


@Language.factory("sitroom_attribute_rules", assigns=["token.pos", "token.morph", "token.lemma", "token.tag",
                                                      "token.dep"])
def make_attribute_rules(nlp: Language, name: str) -> AttributeRules:
    """Built empty; ``install`` loads it with the model's own ruler's patterns."""
    return AttributeRules()


def install(nlp: Language) -> bool:
    """Replace the model's ``attribute_ruler`` by its tables where they state it exactly."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe("attribute_ruler")
    if not isinstance(ruler, AttributeRuler):
        return False
    patterns = compile_rules(ruler)
    if patterns is None:
        return False
    fast = nlp.replace_pipe("attribute_ruler", "sitroom_attribute_rules")
    assert isinstance(fast, AttributeRules)
    fast.load(patterns, list(ruler.attrs))
    return True
