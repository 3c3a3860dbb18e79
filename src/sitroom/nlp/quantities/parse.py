"""Reading amounts: numerals and number words to values, with ranges and approximation.

Pure functions over lowercase words so that they can be tested table-wise
without a model: "1,500" -> 1500; "about 12,000" -> 12000, approximate;
"tens of thousands" -> 10000, approximate; "between 3,000 and 5,000" -> a range;
"$1.5bn" -> 1.5e9 with currency USD. The tables live in ``quantities.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from sitroom.lexicon import load_yaml

_NUMERAL = re.compile(r"^(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)(?P<suffix>[a-z]{0,2})$")
# "7, 000 policemen": a thousands separator followed by a space, as some wire copy sets it.
_SPACED_THOUSANDS = re.compile(r"(?<=\d),[ \u00a0](?=\d{3}\b)")
_SPLIT = re.compile(r"(?<=\d)([-\u2013\u2014])(?=[\d$€£])|(?<=[a-z])-(?=[a-z])|\s+")


@dataclass(frozen=True)
class Amount:
    value: float
    value_max: float | None = None
    approximate: bool = False
    qualifier: str | None = None
    currency: str | None = None
    percent: bool = False


@lru_cache(maxsize=1)
def lexicon() -> dict:
    return dict(load_yaml("quantities.yaml") or {})


@cache
def word_set(key: str) -> frozenset[str]:
    """A word list of ``quantities.yaml`` as a lowercase set (looked up per token, so built once)."""
    return frozenset(str(w).lower() for w in lexicon().get(key) or [])


@lru_cache(maxsize=1)
def number_words() -> dict[str, dict]:
    return {str(k).lower(): dict(v) for k, v in (lexicon().get("number_words") or {}).items()}


@lru_cache(maxsize=1)
def _currencies() -> dict[str, str]:
    return {str(k).lower(): str(v) for k, v in (lexicon().get("currencies") or {}).items()}


def currency_of(word: str) -> str | None:
    return _currencies().get(word.lower())


def numeral(word: str) -> float | None:
    """A written numeral ("1,500", "1.5", "20bn") as a number, or None."""
    m = _NUMERAL.match(word.lower())
    if not m:
        return None
    value = float(m.group("num").replace(",", ""))
    suffix = m.group("suffix")
    if not suffix:
        return value
    mult = (lexicon().get("multipliers") or {}).get(suffix)
    return value * float(mult) if mult else None


def is_number_word(word: str) -> bool:
    w = word.lower()
    return numeral(w) is not None or w in number_words()


def words_of(text: str) -> list[str]:
    """Lowercase words, splitting "3,000-5,000" and "twenty-five" but not "1.5"."""
    out: list[str] = []
    text = _SPACED_THOUSANDS.sub(",", text)  # only runs the span finder joined reach here
    for part in _SPLIT.split(text.lower().replace("\u2019", "'")):
        if part and part.strip():
            out.append(part.strip())
    return out


def amount(words: list[str]) -> tuple[float, bool] | None:
    """The value of one amount ("1.5 million", "a dozen", "hundreds of thousands") and whether it is vague."""
    table = number_words()
    total, current, approximate, seen = 0.0, None, False, False
    for w in words:
        if w in ("of", "and", ","):
            continue
        if w in ("a", "an"):
            current = current if current is not None else 1.0
            continue
        value = numeral(w)
        entry = table.get(w)
        if value is None and entry is None:
            return None
        seen = True
        if value is not None or not entry or not entry.get("scale"):
            v = value if value is not None else float(entry["value"]) if entry else 0.0
            approximate |= bool(entry and entry.get("approximate"))
            # "twenty five": a smaller number after a round one adds to it.
            current = v if current is None else current + v
            continue
        approximate |= bool(entry.get("approximate"))
        scale = float(entry["value"])
        current = (current if current is not None else 1.0) * scale
        if scale >= 1000:
            total += current
            current = None
    if not seen:
        return None
    return total + (current or 0.0), approximate


@lru_cache(maxsize=1)
def qualifiers() -> dict[str, dict]:
    return {str(k).lower(): dict(v or {}) for k, v in (lexicon().get("qualifiers") or {}).items()}


def split_qualifier(words: list[str]) -> tuple[str | None, bool, list[str]]:
    """The longest qualifier phrase at the start ("more than", "about"), its approximation, the rest."""
    quals = qualifiers()
    for n in range(min(3, len(words) - 1), 0, -1):
        phrase = " ".join(words[:n])
        if phrase in quals:
            return phrase, bool(quals[phrase].get("approximate")), words[n:]
    return None, False, words


def _split_range(words: list[str]) -> tuple[list[str], list[str]] | None:
    joiners = word_set("range_words")
    start = 1 if words and words[0] in ("between", "from") else 0
    for i in range(start + 1, len(words) - 1):
        if words[i] in joiners and (words[i] != "and" or start == 1):
            return words[start:i], words[i + 1:]
    return None


def _strip_money_and_percent(words: list[str]) -> tuple[list[str], str | None, bool]:
    percents = word_set("percent_words")
    currency: str | None = None
    percent = False
    out: list[str] = []
    for w in words:
        symbol = re.match(r"^(us\$|[$€£¥₩₹₽₴])(.*)$", w)
        if symbol:
            currency = currency_of(symbol.group(1))
            w = symbol.group(2)
            if not w:
                continue
        if w.endswith("%"):
            percent, w = True, w[:-1]
            if not w:
                continue
        if w in percents:
            percent = True
            continue
        if currency_of(w) and not is_number_word(w):
            currency = currency_of(w)
            continue
        if w in ("us", "u.s.") and out and w is words[-1]:
            currency = "USD"  # "(5,500 US)": the span finder takes a bare "US" only closing a bracket
            continue
        out.append(w)
    return out, currency, percent


def _trailing_scale(low: list[str], high: list[str]) -> float:
    """"3 to 5 million": a bare lower bound borrows the scale words of the upper one."""
    if len(low) != 1 or numeral(low[0]) is None or len(high) < 2:
        return 1.0
    head, whole = amount(high[:1]), amount(high)
    return whole[0] / head[0] if head and whole and head[0] else 1.0


def parse_amount(text: str) -> Amount | None:
    """Everything a quantity's text says about its value; None if it is not a number."""
    words, currency, percent = _strip_money_and_percent(words_of(text))
    qualifier, approximate, words = split_qualifier(words)
    rng = _split_range(words)
    if rng is not None:
        low, high = amount(rng[0]), amount(rng[1])
        if low is not None and high is not None and low[0] <= high[0]:
            lo = low[0] * _trailing_scale(rng[0], rng[1])
            lo = lo if lo <= high[0] else low[0]
            word = "between" if words[0] == "between" else "from" if words[0] == "from" else None
            return Amount(lo, high[0], True, qualifier or word, currency, percent)
    if words[:1] == ["from"] and len(words) > 1:
        words = words[1:]  # "from 11 percent to 14 percent": the old figure, set apart from the new
    parsed = amount(words)
    if parsed is None:
        return None
    return Amount(parsed[0], None, approximate or parsed[1], qualifier, currency, percent)
