"""Where numbers are: token runs that state an amount, with their qualifier, money and percent words.

A run grows from a numeral or number word over the words that belong to the
same amount ("tens of thousands", "1.5 million", "3,000-5,000", "between 3,000
and 5,000", "$20 billion", "30 percent") and takes the qualifier just before it
("about", "more than"). Runs that are dates, times, ordinals, ages, durations,
years, identifiers ("Article 5") or phone-like digit strings are not amounts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from sitroom.nlp.quantities.parse import (
    currency_of,
    is_number_word,
    number_words,
    numeral,
    parse_amount,
    qualifiers,
    word_set,
)
from sitroom.nlp.steps import Step, decide

# Dates, times and ranks are not amounts; numbers inside names of laws, products and events are labels.
_NOT_AMOUNT_ENTS = {"DATE", "TIME", "ORDINAL", "LAW", "PRODUCT", "WORK_OF_ART", "EVENT"}
_SYMBOLS = re.compile(r"^(us\$|[$€£¥₩₹₽₴])$", re.I)


@dataclass(frozen=True)
class NumberRun:
    start: int  # token index of the first token (qualifier included)
    end: int  # token index after the last token
    number_start: int  # first token of the amount itself
    anchor: int  # the last number token: the one the counted noun hangs from



def _excluded(doc: Doc) -> set[int]:
    """Tokens inside dates, times, ordinals and names (from the NER) and times (from the times layer)."""
    out = {t.i for ent in doc.ents if ent.label_ in _NOT_AMOUNT_ENTS for t in ent}
    for time in doc._.times or []:
        span = doc.char_span(time.start, time.end, alignment_mode="expand")
        if span is not None:
            out.update(range(span.start, span.end))
    return out


def _is_num(tok: Token) -> bool:
    return is_number_word(tok.lower_)


def _is_scale(tok: Token) -> bool:
    return bool(number_words().get(tok.lower_, {}).get("scale"))


def _starts_compound(doc: Doc, j: int) -> bool:
    """A number word glued by a hyphen to a word after it ("five-star", "10-point")."""
    return j + 2 < len(doc) and doc[j + 1].text == "-" and not doc[j].whitespace_ \
        and not doc[j + 1].whitespace_ and doc[j + 2].is_alpha and not is_number_word(doc[j + 2].text)


def _spaced_thousands(doc: Doc, j: int, skip: set[int]) -> bool:
    """A comma right after a numeral of one to three digits and a space before three digits: "7, 000"
    is seven thousand as some wire copy sets it, not a list "7, 8" (the group must be three digits)."""
    if j + 1 >= len(doc) or doc[j].text != "," or doc[j - 1].whitespace_:
        return False
    return bool(re.fullmatch(r"\d{1,3}", doc[j - 1].text) and re.fullmatch(r"\d{3}", doc[j + 1].text)
                and j + 1 not in skip)


def _grow(doc: Doc, i: int, skip: set[int]) -> int:
    """End (exclusive) of the amount that starts at token i."""
    joiners = word_set("range_words")
    j = i + 1
    while j < len(doc) and j not in skip:
        tok = doc[j]
        nxt = doc[j + 1] if j + 1 < len(doc) else None
        if _is_num(tok) and _starts_compound(doc, j):
            break  # "two five-star hotels": the second number belongs to the compound after it
        if _is_num(tok) and not (tok.lower_ == "one" and nxt is not None and nxt.lower_ == "of"):
            j += 1
        elif _spaced_thousands(doc, j, skip):
            j += 2  # "7, 000": the separator and the group of three after it
        elif tok.lower_ in ("of", "a", "an") and nxt is not None and _is_scale(nxt) and nxt.i not in skip:
            j += 1  # "tens of thousands", "half a million"
        elif (tok.lower_ in joiners or tok.lower_ == "and") and nxt is not None and _is_num(nxt) \
                and nxt.i not in skip and (numeral(doc[j - 1].lower_) is not None or tok.lower_ != "and"
                                           or _is_num(doc[j - 1])):
            j += 1
        else:
            break
    return j


def _qualifier_start(doc: Doc, i: int) -> int:
    """Index of the first qualifier token before i ("more than" -> index of "more"), else i."""
    quals = set(qualifiers()) | {"between", "from"}
    for n in (3, 2, 1):
        if i - n < 0:
            continue
        phrase = " ".join(t.lower_ for t in doc[i - n:i])
        if phrase in quals:
            return i - n
    return i


def _trailing(doc: Doc, j: int) -> int:
    """Take a currency word or percent word right after the amount ("20 billion dollars", "30 percent"),
    or a bare "US" closing a bracketed conversion ("7,000 dollars (5,500 US)")."""
    percents = word_set("percent_words")
    if j + 1 < len(doc) and doc[j].text in ("US", "U.S.") and doc[j + 1].text == ")":
        return j + 1
    if j < len(doc) and (doc[j].lower_ in percents or doc[j].text == "%" or currency_of(doc[j].lower_)):
        return j + 1
    if j + 1 < len(doc) and f"{doc[j].lower_} {doc[j + 1].lower_}" in percents:
        return j + 2
    return j


def _compound_modifier(doc: Doc, run: NumberRun) -> bool | None:
    if run.end + 1 < len(doc) and doc[run.end].text == "-" and not doc[run.end].whitespace_ \
            and doc[run.end + 1].is_alpha and not is_number_word(doc[run.end + 1].text):
        return True
    return None


def _unit_not_counted(doc: Doc, run: NumberRun) -> bool | None:
    after = [t for t in doc[run.end:run.end + 4] if t.text not in ("-", "\u2013")]
    following = " ".join(t.lower_ for t in after[:2])
    not_counts = word_set("not_counts")
    return True if after and (after[0].lower_ in not_counts or following in not_counts) else None


def _word_before_not_counted(doc: Doc, run: NumberRun) -> bool | None:
    if run.start == run.number_start and run.start > 0 and doc[run.start - 1].lower_ in word_set("not_counts_before"):
        return True
    return None


def _identifier(doc: Doc, run: NumberRun) -> bool | None:
    only = doc[run.number_start:run.end]
    return True if len(only) == 1 and re.fullmatch(r"\d{7,}", only.text.replace(",", "")) else None


def _a_year(doc: Doc, run: NumberRun) -> bool | None:
    only, anchor = doc[run.number_start:run.end], doc[run.anchor]
    if len(only) == 1 and re.fullmatch(r"1[89]\d\d|20\d\d", only.text) and run.start == run.number_start:
        return not (anchor.dep_ == "nummod" and anchor.head.pos_ == "NOUN")
    return None


def _name_number(doc: Doc, run: NumberRun) -> bool | None:
    anchor = doc[run.anchor]
    head = anchor.head
    named = head.pos_ == "PROPN" or (head.is_title and head.i == run.number_start - 1)
    if named and head.i < run.number_start and anchor.dep_ in ("nummod", "appos", "compound"):
        return True
    return None


def _weak_words(doc: Doc, run: NumberRun) -> bool | None:
    anchor = doc[run.anchor]
    weak = word_set("weak_number_words")
    words = [t.lower_ for t in doc[run.number_start:run.end] if t.lower_ not in ("a", "an")]
    if words and all(w in weak for w in words):
        return not (anchor.dep_ in ("nummod", "amod") and anchor.head.pos_ in ("NOUN", "PROPN")
                    and anchor.head.i > anchor.i)
    return None


def _definite_pair(doc: Doc, run: NumberRun) -> bool | None:
    """"the two sides", "between the two countries", "the two met": a definite "two" points back at a
    pair the text has just named (the parties of a meeting, a relation); like "both", it states no
    figure. Larger definite numbers ("the five countries") sum up a list and stay counts."""
    only = doc[run.number_start:run.end]
    if run.start == run.number_start and len(only) == 1 and only[0].lower_ in ("two", "2") \
            and run.start > 0 and doc[run.start - 1].lower_ in word_set("definite_before_pair"):
        return True
    return None


def _one_source(doc: Doc, run: NumberRun) -> bool | None:
    """"one official said", "said one captain": "one" before the subject of a reporting verb picks out
    an unnamed source (like "an official"); it counts nothing."""
    only, anchor = doc[run.number_start:run.end], doc[run.anchor]
    if run.start != run.number_start or len(only) != 1 or only[0].lower_ != "one" or anchor.dep_ != "nummod":
        return None
    noun = anchor.head
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_.lower() in word_set("claim_verbs"):
        return True
    return None


# Numbers that are not counts of anything, in order; the first step with a verdict decides.
_NOT_COUNTS: tuple[Step[bool], ...] = (
    Step("compound_modifier", _compound_modifier, "two-way talks, a 10-point plan"),
    Step("unit_not_counted", _unit_not_counted, "for 10 years, aged 45 (words in quantities.yaml)"),
    Step("word_before_not_counted", _word_before_not_counted, "number 10, page 3"),
    Step("identifier", _identifier, "a phone-like 5551234"),
    Step("a_year", _a_year, "in 1997 (but: 2000 troops)"),
    Step("name_number", _name_number, "Article 5, Resolution 2231, Flight 17"),
    Step("one_source", _one_source, "one official said"),
    Step("weak_words", _weak_words, "one of them (but: one soldier)"),
    Step("definite_pair", _definite_pair, "the two sides, between the two countries"),
)


def _not_a_count(doc: Doc, run: NumberRun) -> bool:
    """Durations, ages, years, identifiers and phone-like strings."""
    verdict = decide(_NOT_COUNTS, doc, run)
    return verdict is not None and verdict[1]


Split = tuple[NumberRun, NumberRun, float, float]


def _split_at_to(doc: Doc, run: NumberRun) -> Split | None:
    """The two runs either side of the "to" in "A to B", with their values."""
    to = next((t.i for t in doc[run.number_start + 1:run.anchor + 1] if t.lower_ == "to"), None)
    if to is None or to + 1 > run.anchor:
        return None
    first = NumberRun(run.number_start, to, run.number_start, to - 1)
    second = NumberRun(to + 1, run.end, to + 1, run.anchor)
    low, high = parse_amount(doc[first.start:first.end].text), parse_amount(doc[second.start:run.anchor + 1].text)
    if low is None or high is None:
        return None
    return first, second, low.value, high.value


def _change_to_level(doc: Doc, run: NumberRun) -> tuple[NumberRun, NumberRun] | None:
    """"down one to 48 percent": after a word of rise or fall, a first figure far below the second is
    the change and the second the level reached; a range spans figures of one order ("up 10 to 20")."""
    before = doc[run.start - 1] if run.start > 0 else None
    if before is None or run.start != run.number_start or not (
            before.lower_ in word_set("change_words") or before.lemma_.lower() in word_set("change_words")):
        return None
    split = _split_at_to(doc, run)
    if split is None or split[2] <= 0 or split[3] <= 3 * split[2]:
        return None
    return split[0], split[1]


def change_parts(doc: Doc, run: NumberRun) -> tuple[NumberRun, NumberRun] | None:
    """"cut from 40 to 30 percent", "rose from 11 to 14": a change states two figures, the old and the
    new, not a range; the two runs, or None. A decrease is always a change; an increase is one when
    "from" hangs on a verb other than a range verb ("ranged from 10 to 20 dead" is a range)."""
    if doc[run.start].lower_ != "from":
        return _change_to_level(doc, run)
    split = _split_at_to(doc, run)
    if split is None:
        return None
    head = doc[run.start].head
    if split[2] > split[3] or (head.pos_ in ("VERB", "AUX") and head.lemma_.lower() not in word_set("range_verbs")):
        return split[0], split[1]
    return None


def find_runs(doc: Doc) -> list[NumberRun]:
    """All amounts in the Doc, in text order."""
    skip = _excluded(doc)
    runs: list[NumberRun] = []
    i = 0
    while i < len(doc):
        tok = doc[i]
        if i in skip or not _is_num(tok) or tok.lower_ in ("a", "an"):
            i += 1
            continue
        end = _grow(doc, i, skip)
        number_start = i
        if i > 0 and doc[i - 1].lower_ in ("a", "an") and _is_scale(doc[i]):
            number_start = i - 1  # "a dozen", "a million"
        if number_start > 0 and _SYMBOLS.match(doc[number_start - 1].text):
            number_start -= 1  # "$ 20"
        anchor = end - 1
        end = _trailing(doc, end)
        run = NumberRun(_qualifier_start(doc, number_start), end, number_start, anchor)
        if not _not_a_count(doc, run):
            runs.append(run)
        i = end
    return runs
