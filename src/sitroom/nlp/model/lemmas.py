"""The model's rule lemmatizer, with its exceptions first as it means them to be.

spaCy's rule lemmatizer lists the stems its suffix rules find, each known stem put first, then puts
its table of exceptions in front "so they get priority"; but an exception that the rules had already
found keeps its place behind the last known stem. So "coded" and "dined", both listed as exceptions,
come out as "cod" and "din", and "staged", "hoped" and "rated", whose stems with and without the e are
both verbs, as "stag", "hop" and "rat": a trigger table naming "stage" or "hope" never sees the verb.
Two things mend it: the exceptions are put first, and the table gains the e-verbs that spelling
settles. A one-syllable verb ending in one vowel and one consonant doubles that consonant before
"-ed" and "-ing" ("stagged", "hopping"), so a form with it single belongs to the verb with the e.
These are derived from the model's own verb list, not written by hand.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Token

# A one-syllable stem ending in a single vowel and a single consonant that doubles (not w, x or y).
_DOUBLING_STEM = re.compile(r"[^aeiouy]*[aeiouy][^aeiouywx]")


def e_verb_exceptions(verbs: set[str]) -> dict[str, str]:
    """Inflected form -> lemma for each verb "Xe" whose stem "X" is a doubling verb of the list too."""
    out: dict[str, str] = {}
    for lemma in verbs:
        stem = lemma[:-1]
        if lemma.endswith("e") and stem in verbs and _DOUBLING_STEM.fullmatch(stem):
            out[lemma + "d"] = lemma
            out[stem + "ing"] = lemma
    return out


def install(nlp: Language) -> int:
    """Add the e-verbs to a rule lemmatizer's exceptions and put exceptions first; how many were added."""
    if "lemmatizer" not in nlp.pipe_names:
        return 0
    lemmatizer = nlp.get_pipe("lemmatizer")
    if not isinstance(lemmatizer, Lemmatizer) or lemmatizer.mode != "rule":
        return 0
    lookups = lemmatizer.lookups
    index = lookups.get_table("lemma_index", {}).get("verb", [])
    table = lookups.get_table("lemma_exc").get("verb")
    if table is None:
        return 0
    added = 0
    for form, lemma in e_verb_exceptions(set(index)).items():
        if form not in table:
            table[form] = [lemma]
            added += 1
    # the instance's own attribute: the pipe calls ``self.lemmatize``, bound once to the mode's method
    first = _exceptions_first(lemmatizer.lemmatize, lookups.get_table("lemma_exc"))
    lemmatizer.lemmatize = first  # type: ignore[method-assign,assignment]
    return added


def _exceptions_first(lemmatize: Callable[[Token], list[str]], exceptions: Any) -> Callable[[Token], list[str]]:
    """Wrap the lemmatizer's method so that a listed exception comes before the stems the rules found."""

    def first(token: Token) -> list[str]:
        forms = lemmatize(token)
        preferred = exceptions.get(token.pos_.lower(), {}).get(token.lower_) if forms else None
        if not preferred or forms[0] in preferred or not any(f in forms for f in preferred):
            return forms  # nothing found, or a base form the lemmatizer returned before its rules
        return [*preferred, *(f for f in forms if f not in preferred)]

    return first
