"""A time counted from the clause it hangs on: "struck on Tuesday, *a day after* the army ordered …".

Wire copy dates a second event by its distance from the first: "a day after", "two weeks
before", "three years after". The phrase names the date of the clause (or noun) it
introduces, counted from the time of the clause it modifies: the order above was given
the day before Tuesday, and in "shelled the town on Friday, two days before the army
launched …" the launch is two days after Friday. Without a resolved time on the modified
clause the phrase stays undated (the story's day is not assumed). The phrase is found by
its parse: the span noun (``npadvmod``) under the subordinating "after"/"before" or under
the clause verb that word marks.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import timedelta

from spacy.tokens import Doc, Token

from sitroom.nlp.times.offsets import day_of
from sitroom.records import Time

_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10}
_OFFSET = re.compile(r"\b(an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
                     r"(day|week|month|year)s?\s+(after|before)\b", re.IGNORECASE)

# the time of the clause headed by a token, excluding one inside the counted phrase's own clause
ClauseTime = Callable[[list[Time], Token, range], "Time | None"]


def _token_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _modified(unit: Token, word: Token) -> tuple[Token, range] | None:
    """(the head the phrase modifies, token range of what the phrase introduces), from the parse."""
    if unit.dep_ != "npadvmod":
        return None
    if word.dep_ == "mark" and unit.head.i == word.head.i and word.head.dep_ == "advcl":
        clause = word.head
        return clause.head, range(clause.left_edge.i, clause.right_edge.i + 1)
    if word.dep_ == "prep" and unit.head.i == word.i and word.head.i != word.i:
        return word.head, range(word.left_edge.i, word.right_edge.i + 1)
    return None


def _shifted(anchor: Time, count: int, unit: str, back: bool) -> tuple[str, str] | None:
    """(value, grain) ``count`` units from the anchor's value, back or ahead."""
    sign = -1 if back else 1
    value = anchor.value or ""
    if unit in ("day", "week"):
        day = day_of(value)
        if day is None:
            return None
        return (day + timedelta(days=sign * count * (7 if unit == "week" else 1))).isoformat(), "day"
    if not re.match(r"^\d{4}", value):
        return None
    year = int(value[:4])
    if unit == "year":
        return f"{year + sign * count:04d}", "year"
    if not re.match(r"^\d{4}-\d\d", value):
        return None
    months = year * 12 + int(value[5:7]) - 1 + sign * count
    return f"{months // 12:04d}-{months % 12 + 1:02d}", "month"


def _split_off(times: list[Time], start: int, text: str) -> list[Time]:
    """'on March 8, two weeks before …' read as one date: the date ends at the comma before the phrase."""
    out = []
    for t in times:
        comma = text.rfind(",", t.start, start)
        if t.value is not None and t.start < start < t.end and comma > t.start:
            head = text[t.start:comma].rstrip()
            t = t.model_copy(update={"text": head, "end": t.start + len(head)})
        out.append(t)
    return out


def counted_times(doc: Doc, text: str, times: list[Time], clause_time: ClauseTime) -> list[Time]:
    """``times`` with each "N units after/before …" valued from the time of the clause it modifies;
    an unresolved time overlapping the phrase is replaced, a resolved one is left alone."""
    out = list(times)
    for m in _OFFSET.finditer(text):
        out = _split_off(out, m.start(), text)
        unit, word = _token_at(doc, m.start(2)), _token_at(doc, m.start(3))
        found = _modified(unit, word) if unit is not None and word is not None else None
        if found is None:
            continue
        anchor = clause_time(out, found[0], found[1])
        count = int(m.group(1)) if m.group(1).isdigit() else _COUNTS[m.group(1).lower()]
        shifted = _shifted(anchor, count, m.group(2).lower(), m.group(3).lower() == "after") if anchor else None
        overlapping = [t for t in out if t.start < m.end() and m.start() < t.end]
        if shifted is None or any(t.value is not None for t in overlapping):
            continue
        out = [t for t in out if t not in overlapping]
        out.append(Time(id="t0", text=m.group(0), value=shifted[0], grain=shifted[1],  # type: ignore[arg-type]
                        start=m.start(), end=m.end(), rule=f"counted:{anchor.start}"))  # type: ignore[union-attr]
    out.sort(key=lambda t: (t.start, t.end))
    ids = {t.start: f"t{i}" for i, t in enumerate(out, 1)}
    return [t.model_copy(update={"id": f"t{i}", "rule": _renumbered(t.rule, ids)}) for i, t in enumerate(out, 1)]


def _renumbered(rule: str | None, ids: dict[int, str]) -> str | None:
    """'counted:<anchor offset>' as 'counted:<anchor id>' once the times have their final ids."""
    if not rule or not rule.startswith("counted:"):
        return rule
    return f"counted:{ids.get(int(rule.split(':')[1]), 'reference')}"

