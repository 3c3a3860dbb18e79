"""Where temporal expressions are: regex patterns over the text plus spaCy's DATE/TIME entities.

The small statistical model misses many news dates ("last Friday" after a
verb, "early October", "the third quarter"), and sometimes tags ages or
durations; patterns built from ``resources/times.yaml`` fill the gaps and the
two sources are merged into one list of non-overlapping character spans.
Names (months, weekdays) must be capitalised here, so "may", "fall" or
"sat" as ordinary words are not dates.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from sitroom.nlp.doctext import doc_text
from sitroom.nlp.times.holidays import holiday_names
from sitroom.nlp.times.lexicon import LEX, alternation, spelled_year_pattern


def _cap(words: list[str]) -> str:
    forms = {w.capitalize() for w in words} | {w.upper() for w in words}
    return alternation(forms)


def _ci(words: list[str] | str) -> str:
    """Lowercase or capitalised forms: modifiers may start a sentence."""
    items = [words] if isinstance(words, str) else words
    return alternation({w for item in items for w in (item, item[0].upper() + item[1:])})


def _plain(pattern: str) -> str:
    return re.sub(r"\((?!\?)", "(?:", pattern)


@lru_cache(maxsize=1)
def _patterns() -> re.Pattern[str]:
    ambiguous = LEX.ambiguous_months
    month_full = _cap([m for m in LEX.months if len(m) > 3 or m == "may"])
    month_abbr = _cap([m for m in LEX.months if len(m) <= 4 and m != "may"])
    month_safe = _cap([m for m in LEX.months if m not in ambiguous])
    month = rf"(?:{month_full}|{month_abbr}\.?)"
    month_alone = rf"(?:{month_safe}\b\.?)"
    weekday = _cap([w for w in LEX.weekdays if len(w) > 4])
    day = r"\d{1,2}(?:st|nd|rd|th)?\b"
    year = r"(?:1[5-9]|20)\d\d\b"
    part = (r"(?:" + _ci(["early", "mid", "late"]) + r"[- ]|" + _ci("the")
            + r" (?:very )?(?:beginning|start|middle|end) of )")
    mod = _ci(sorted(LEX.direction))
    soft = _ci(["earlier", "later"])
    units = alternation(LEX.units)
    num = r"(?:\d+|" + _ci(sorted(k for k in LEX.numbers)) + r")"
    daypart = alternation(LEX.day_parts)
    clock = r"\d{1,2}(?::\d\d)?\s?(?:[ap]\.m\.?|[ap]m\b)(?: [A-Z]{2,4}\b)?"
    season = alternation(LEX.seasons)
    any_year = rf"(?:{year}|{_plain(spelled_year_pattern('century'))}\b)"
    ordinal = _ci(sorted(LEX.ordinals))
    decade_word = _ci(sorted(LEX.decade_words))
    day_word = "(?:" + "|".join(w.replace(" ", "[- ]") for w in sorted(LEX.ordinal_words, key=len, reverse=True)) + ")"
    century_word = _ci([w.replace(" ", "-") for w in LEX.ordinal_words])
    holidays = alternation(holiday_names()).replace("'", "['\u2019]") + r"\b"
    prep_year = _ci(["in", "since", "by", "until", "of", "from", "to", "through", "during", "before", "after",
                     "fiscal", "year", "calendar", "between", "and", "or"])
    pieces = [
        # Monday, Oct. 26, 1998 / early October 2024 / Oct. 10 / 10 October 2024
        rf"(?:{weekday},? )?(?:{part})?{month} (?:{day}|{day_word}\b)(?:,? {year})?",
        rf"{day} (?:of )?{month}(?:,? {year})?",
        rf"{month_abbr}\.{day}(?:,? {year})?",  # "Oct.29": wire copy that drops the space
        rf"(?:{part})?{month},? (?:of |in )?{year}",
        rf"(?:(?:{part})|(?:{mod}|{soft}) ){month_alone}",
        # weekdays and days relative to today
        rf"(?:(?:{clock}|noon|midnight) )?(?:(?:{mod}|{soft}) )?{weekday}(?: (?:{daypart}))?(?:,? {clock})?",
        r"\b" + _ci(list(LEX.relative_days)) + rf"\b(?: (?:{daypart}))?",
        rf"\b{_ci(['last', 'this', 'late', 'early', 'mid'])}[- ](?:{daypart})\b"
        + r"(?: " + alternation(LEX.relative_days) + r"\b)?",
        # quarters (before "next year" so that "next year's first quarter" is one expression)
        rf"\b(?:{_ci('the')} |{_ci(['last', 'this', 'next'])} year['\u2019]s )?{ordinal}[- ](?:fiscal )?quarter"
        rf"(?: of (?:fiscal )?{year})?",
        # this week, early next month, the end of the year, the past two weeks, three years ago
        rf"\b(?:{part}|(?:{soft}) )?(?:{mod}) (?:weekend|{units})s?\b",
        rf"\b{_ci('the')} (?:beginning|start|middle|end) of (?:the |this |last |next )?(?:{units})\b",
        rf"\b{_ci('the')} (?:{mod}) (?:{num} |few |several |couple of )?(?:{units})s?\b",
        rf"\b(?:{num}|few|several) (?:{units})s? (?:ago|earlier|later|from now)\b",
        # "earlier in the day", "later that week": the day the story is on, whatever the parser tags
        rf"\b(?:{soft}) (?:in|on) (?:the|that) (?:day|morning|afternoon|evening|week|month|year)\b",
        # holidays and named days: Thanksgiving, last Christmas, Easter week, Election Day 1998
        # (not "Easter Island", "Christmas Island": a capitalised word after it makes it a name)
        rf"\b(?:(?:{mod}) )?{holidays}(?! (?!{weekday}|{month})[A-Z][a-z])(?: week(?:end)?)?(?:,? {year})?",
        # centuries: the 20th century, the nineteenth century
        rf"\b(?:{_ci('the')} )?(?:{part})?(?:\d{{1,2}}(?:st|nd|rd|th)|{century_word})[- ]century\b",
        # decades, seasons, years
        # earnings reports: the 1988 period, the corresponding period last year, the year-ago quarter
        rf"\b{_ci('the')} {year} (?:fiscal )?(?:period|quarter)\b",
        rf"\b{_ci('the')} (?:same|corresponding|comparable|year[- ]earlier|year[- ]ago|prior[- ]year|latest|"
        r"most recent|just[- ]ended) "
        r"(?:period|quarter)(?: (?:last year|a year (?:ago|earlier)))?\b",
        rf"\bQ[1-4](?: {year})?\b",
        rf"\b(?:{_ci('the')} )?(?:{part})?(?:1[0-9]|20)\d0'?s\b",
        rf"(?:{_ci('the')} )?(?:{part})?'\d0s\b",
        rf"\b(?:{_ci('the')} )?(?:{part})?{decade_word}\b",
        # a season, but not "the fall of Kabul"
        rf"\b(?:{mod}|{_ci('the')}|{part}) ?{season}\b(?: (?:of )?{any_year}|(?! of\b))",
        rf"\b{season} (?:of )?{any_year}",
        rf"\b{part}{year}",
        rf"\b{prep_year} (?P<y>{year})(?![-/]\d| ?(?:GMT|UTC|hours|hrs)\b)",  # "to 1800 GMT" is a clock
        rf"\b{year}(?=,? (?:and |or |to |through )?{year})",
        rf"\b{clock}|\b(?:at|by|until|before|after) (?P<c>noon|midnight)\b",
        # a 24-hour clock with its zone, as wires and live blogs write it: "11:35 GMT", "at 1400 GMT"
        r"(?<![^\n])(?:[01]?\d|2[0-3]):[0-5]\d ?(?:GMT|UTC)\b",
        # "on the 15th." (a day of this or a neighbouring month), not "on the 15th floor"
        r"\b[Oo]n (?P<o>the \d{1,2}(?:st|nd|rd|th))(?=\s*(?:[.,;:)]|$|and\b|or\b))",
        # years in words: a bare "two thousand" is a number, "the year two thousand" a year
        r"\b(?:the year )?" + _plain(spelled_year_pattern("century")) + r"\b",
        r"\b[Tt]he year " + _plain(spelled_year_pattern("millennium")) + r"\b",
    ]
    # Each piece starts at a word start, never inside a word ("10 October" is not matched in
    # "2310 October"); the look-behind first also spares the engine trying every piece at every
    # position inside a word, which was most of the cost of finding times.
    return re.compile(r"(?<!\w)(?:" + "|".join(f"(?:{p})" for p in pieces) + ")")


_NER_SKIP = re.compile(r"[- ](?:years?|months?|weeks?|days?)[- ]old\b|\baged?\b", re.I)
_LEAD = re.compile(r"^(?:(?:on|in|at|by|since|until|from|during|about|around|some|nearly|almost|for|of|"
                   r"over|through|to|as of|at least|at most|just|only|even|as early as|as late as|"
                   r"as soon as|no later than|not until)\s+)+", re.I)
_TRAIL = re.compile(r"[\s,.;:'\"]+$")
# an abbreviation's dot is part of the expression ("Oct.", "a.m."); a full stop after "June" is not
_ABBREVIATIONS = [m for m in LEX.months if len(m) <= 4 and m not in ("may", "june", "july")]
_KEEP_DOT = re.compile(r"[ap]\.m\.$|\b" + alternation(w.capitalize() for w in _ABBREVIATIONS) + r"\.$")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    chunk = text[start:end]
    lead = _LEAD.match(chunk)
    if lead and lead.end() < len(chunk):
        start += lead.end()
    chunk = text[start:end]
    trail = _TRAIL.search(chunk)
    if trail and trail.start() > 0 and not _KEEP_DOT.search(chunk):
        end = start + trail.start()
    return start, end


def pattern_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in _patterns().finditer(text):
        group = next((g for g in ("y", "c", "o") if m.group(g)), 0)
        start, end = m.span(group)
        spans.append(_trim(text, start, end))
    return spans


@lru_cache(maxsize=1)
def _time_word() -> re.Pattern[str]:
    words = [*LEX.months, *LEX.weekdays, *LEX.relative_days, *LEX.day_parts, *LEX.seasons, *LEX.decade_words,
             *LEX.units, "weekend", "quarter", "century", "now", "period", "fiscal"]
    return re.compile(r"\b" + alternation(words) + r"s?\b", re.I)


def _plausible(text: str) -> bool:
    """NER DATE/TIME spans that name a time: not ages, not a bare small number, not a stray name."""
    if _NER_SKIP.search(text) or re.fullmatch(r"\d{1,2}|0\d{3}", text.strip()):
        return False
    if _time_word().search(text):
        return True
    return bool(re.search(r"\b(?:1[5-9]|20)\d\d\b|\d[:/]\d|\d\s?[ap]\.?m\b", text))


def ner_spans(doc: Doc, patterns: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """spaCy's DATE/TIME entities that add something: an entity covering two pattern matches is a range
    ("Aug. 26 to Oct. 20") and is left to the patterns, which keep its ends apart."""
    spans = []
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME") or not _plausible(ent.text):
            continue
        start, end = _trim(text, ent.start_char, ent.end_char)
        if sum(1 for p in patterns if p[0] < end and start < p[1]) >= 2:
            continue  # a range or list of pattern matches: the patterns keep their ends apart
        cut = _ENDED.search(text, start, end) or _RANGE.search(text, start, end)
        if cut and _plausible(text[start:cut.start()]) and (
                _plausible(text[cut.end():end]) or _SHARED_MONTH_DAY.fullmatch(text[cut.end():end])):
            # "the quarter ended Sept. 30", "Sept. 14 to Thursday", "April 24 and 25": two times, not one
            spans.extend([(start, cut.start()), (cut.end(), end)])
        else:
            spans.append((start, end))
    return spans


_ENDED = re.compile(r"\s+end(?:ed|ing)\s+")
_RANGE = re.compile(r"\s+(?:to|through|until|till|and|or|-)\s+")
SHARED_DAY_GAP = re.compile(r"^(?:\s+(?:to|through|until|till|and|or)\s+|\s*[-\u2013]\s*)$")
# the second day of "April 24 and 25": it takes its month (and year) from the first
_SHARED_MONTH_DAY = re.compile(r"\d{1,2}(?:st|nd|rd|th)?")


_JOIN = re.compile(r"^(?:,? ?|\s+(?:on|at)\s+|\s*\([^()]{1,24}\)\s*)$")
_RELATIVE_GAP = re.compile(r"^\s+(?:before|after)\s+$", re.I)


@lru_cache(maxsize=1)
def _counted_unit() -> re.Pattern[str]:
    """'the day', 'two days', 'a week': the first half of 'the day before last Tuesday'."""
    count = alternation([*LEX.numbers, "the"])
    return re.compile(r"(?:" + count + r"|\d+) (?:day|week|month|year)s?", re.I)


def merge(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Union overlapping spans; join a clock time to the day right next to it ("9 a.m. Tuesday") and a
    count of days to the date it counts from ("two days after Oct. 3")."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(s for s in spans if s[1] > s[0]):
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        elif out and _JOIN.match(text[out[-1][1]:start]) and _has_clock(text[out[-1][0]:end]):
            out[-1] = (out[-1][0], end)
        elif (out and _RELATIVE_GAP.match(text[out[-1][1]:start])
              and _counted_unit().fullmatch(text[out[-1][0]:out[-1][1]])):
            out[-1] = (out[-1][0], end)  # "the day before last Tuesday": one expression, counted from a date
        else:
            out.append((start, end))
    return out


def _has_clock(chunk: str) -> bool:
    return bool(re.search(r"\d\s?[ap]\.?m\b|\d ?(?:GMT|UTC)\b|\bnoon\b|\bmidnight\b", chunk, re.I))


def detect(doc: Doc, text: str | None = None) -> list[tuple[int, int]]:
    """Character spans of the temporal expressions of ``doc``, token-aligned and non-overlapping."""
    text = doc_text(doc) if text is None else text
    found = pattern_spans(text)
    spans = merge(found + ner_spans(doc, found, text), text)
    aligned: list[tuple[int, int]] = []
    for start, end in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not span.text.strip():
            continue
        s, e = _trim(text, span.start_char, span.end_char)
        if aligned and s < aligned[-1][1]:
            aligned[-1] = (aligned[-1][0], max(e, aligned[-1][1]))
        else:
            aligned.append((s, e))
    return aligned
