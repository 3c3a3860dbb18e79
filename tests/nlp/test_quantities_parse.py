"""Reading amounts without a model: numerals, number words, ranges, qualifiers, money and percent."""

from __future__ import annotations

import pytest

from sitroom.nlp.quantities.parse import amount, numeral, parse_amount, split_qualifier, words_of

# text, value, value_max, approximate, qualifier, currency, percent
AMOUNTS = [
    ("1,500", 1500, None, False, None, None, False),
    ("about 12,000", 12000, None, True, "about", None, False),
    ("almost 680,000", 680000, None, True, "almost", None, False),
    ("an additional 10,000", 10000, None, False, "an additional", None, False),
    ("more than 40,000", 40000, None, True, "more than", None, False),
    ("up to 1.5 million", 1_500_000, None, True, "up to", None, False),
    ("Some 200", 200, None, True, "some", None, False),
    ("at least 17", 17, None, True, "at least", None, False),
    ("a dozen", 12, None, False, None, None, False),
    ("two dozen", 24, None, False, None, None, False),
    ("dozens", 12, None, True, None, None, False),
    ("hundreds", 100, None, True, None, None, False),
    ("thousands", 1000, None, True, None, None, False),
    ("tens of thousands", 10000, None, True, None, None, False),
    ("hundreds of thousands", 100000, None, True, None, None, False),
    ("several hundred", 300, None, True, None, None, False),
    ("half a million", 500_000, None, False, None, None, False),
    ("twenty-five", 25, None, False, None, None, False),
    ("one hundred and fifty", 150, None, False, None, None, False),
    ("two hundred thousand", 200_000, None, False, None, None, False),
    ("3.5", 3.5, None, False, None, None, False),
    ("between 3,000 and 5,000", 3000, 5000, True, "between", None, False),
    ("3,000-5,000", 3000, 5000, True, None, None, False),
    ("from 10 to 20", 10, 20, True, "from", None, False),
    ("3 to 5 million", 3_000_000, 5_000_000, True, None, None, False),
    ("$425 million", 425_000_000, None, False, None, "USD", False),
    ("$20bn", 20_000_000_000, None, False, None, "USD", False),
    ("€1.5m", 1_500_000, None, False, None, "EUR", False),
    ("1.5 million euros", 1_500_000, None, False, None, "EUR", False),
    ("30%", 30, None, False, None, None, True),
    ("30 percent", 30, None, False, None, None, True),
]


@pytest.mark.parametrize("text,value,value_max,approx,qualifier,currency,percent", AMOUNTS)
def test_parse_amount(text, value, value_max, approx, qualifier, currency, percent):
    got = parse_amount(text)
    assert got is not None
    assert got.value == pytest.approx(value)
    assert (got.value_max is None) == (value_max is None)
    if value_max is not None:
        assert got.value_max == pytest.approx(value_max)
    assert got.approximate is approx
    assert got.qualifier == qualifier
    assert got.currency == currency
    assert got.percent is percent


@pytest.mark.parametrize("text", ["the", "troops", "", "about", "five-star"])
def test_not_an_amount(text):
    assert parse_amount(text) is None


@pytest.mark.parametrize("word,value", [
    ("1,500", 1500), ("680,000", 680000), ("1.5", 1.5), ("20bn", 2e10), ("3k", 3000), ("12", 12),
    ("1st", None), ("F-16", None), ("5:30", None), ("abc", None),
])
def test_numeral(word, value):
    got = numeral(word)
    assert (got is None) if value is None else got == pytest.approx(value)


def test_words_split_ranges_and_hyphenated_words_but_not_decimals():
    assert words_of("3,000-5,000 troops") == ["3,000", "-", "5,000", "troops"]
    assert words_of("Twenty-five") == ["twenty", "five"]  # a compound number, not a range
    assert words_of("1.5 million") == ["1.5", "million"]


def test_amount_flags_vague_words():
    assert amount(["thousands"]) == (1000.0, True)
    assert amount(["1,000"]) == (1000.0, False)
    assert amount(["troops"]) is None


def test_longest_qualifier_wins():
    assert split_qualifier(["more", "than", "100"]) == ("more than", True, ["100"])
    assert split_qualifier(["no", "fewer", "than", "5"]) == ("no fewer than", True, ["5"])
    assert split_qualifier(["100"]) == (None, False, ["100"])


def test_spaced_thousands_separator():
    """"7, 000" as some wire copy sets seven thousand; "7, 8" is no number."""
    assert parse_amount("some 7, 000").value == 7000
    assert parse_amount("1, 250, 000").value == 1250000
    assert parse_amount("7, 8") is None


def test_from_without_a_second_figure_is_the_figure():
    assert parse_amount("from 11 percent").value == 11


def test_a_bare_us_closing_a_conversion_is_dollars():
    assert parse_amount("5,500 US").currency == "USD"
