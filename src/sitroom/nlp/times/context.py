"""What the words around a time expression add to its normalised value.

The cascade in ``time_normalise`` sees only the expression; these rules look at its
neighbours: the day before it ("April 24 and 25"), the word before it ("in five years",
"ended Oct. 31") and its clause ("it is the second day of …").
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Token

from sitroom.nlp.times.calendar import Tense
from sitroom.nlp.times.lexicon import LEX, alternation
from sitroom.nlp.times.normalise import Norm, clean
from sitroom.nlp.times.patterns import SHARED_DAY_GAP
from sitroom.nlp.times.rules_relative import shift
from sitroom.nlp.times.tense import PRESENT_TAGS
from sitroom.nlp.times.text import NUM, number
from sitroom.records import Time


def shared_month(expression: str, previous: Time | None, text: str, start: int) -> Norm | None:
    """'April 24 and 25', 'May 3-5': a bare day number right after a day takes that day's month."""
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?", expression)
    if not m or previous is None or previous.grain != "day" or not previous.value:
        return None
    if not SHARED_DAY_GAP.match(text[previous.end:start]):
        return None
    try:
        day = date(int(previous.value[:4]), int(previous.value[5:7]), int(m.group(1)))
    except ValueError:
        return None
    return Norm(day.isoformat(), "day", None, "month_day_shared")


def in_context(norm: Norm, expression: str, text: str, start: int, verb: Token | None, tense: Tense,
                ref: date) -> Norm:
    """What the words around an expression add to its normalised value (see each rule)."""
    if norm.rule == "duration" and tense == "future":
        return _in_from_now(expression, text, start, ref) or norm
    if norm.value is None and verb is not None:
        return _nth_day_today(expression, verb, ref) or norm
    return _ended_on(norm, expression, text, start, ref) or norm


def _ended_on(norm: Norm, expression: str, text: str, start: int, ref: date) -> Norm | None:
    """'the quarter ended Oct. 31' in a story of Oct. 27: a period reported as ended closed on or before
    the reference date, so a year-less closing date after it is last year's."""
    if norm.grain != "day" or not norm.value or not re.search(r"\bended\s+$", text[max(0, start - 7):start]):
        return None
    if re.search(r"\b\d{4}\b", expression):
        return None
    day = date.fromisoformat(norm.value[:10])
    if day <= ref:
        return None
    try:
        return Norm(day.replace(year=day.year - 1).isoformat(), "day", norm.part, norm.rule + "+ended")
    except ValueError:  # Feb. 29
        return None


_IN_COUNT = re.compile(r"(?:about |some |nearly |almost |roughly )?" + NUM + r" (day|week|month|year)s?")


def _in_from_now(expression: str, text: str, start: int, ref: date) -> Norm | None:
    """'would be redeemed in five years', 'will vote in two weeks': in a future clause, "in" + a count
    is the date that far from the reference date, not a duration."""
    m = _IN_COUNT.fullmatch(clean(expression))
    if not m or not re.search(r"\bin\s+$", text[max(0, start - 4):start]):
        return None
    n = number(m.group(1))
    return shift(m.group(2), n, ref, "in_from_now") if n is not None else None


_NTH_DAY = re.compile(r"(?:the )?(?:\d{1,3}(?:st|nd|rd|th)|" + alternation(LEX.ordinal_words) + r") day")


def _nth_day_today(expression: str, verb: Token, ref: date) -> Norm | None:
    """'It's the second day of an offensive', 'today is the eighth day of the strike': the count of
    days names the day it is said on."""
    if not _NTH_DAY.fullmatch(clean(expression)) or verb.lemma_ != "be" or verb.tag_ not in PRESENT_TAGS:
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects or subjects[0].lower_ not in ("it", "this", "today", "tonight"):
        return None
    return Norm(ref.isoformat(), "day", None, "nth_day_today")
