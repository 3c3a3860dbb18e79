"""Span matching of times, quotes, places and quantities against gold text."""

import pytest

from sitroom.eval.matching import quantity_text_match, text_match, value_match


@pytest.mark.parametrize(
    ("gold", "pred", "expected"),
    [
        ("in May", "May", True),  # a short prediction that is a whole word of the gold span
        ("on Tuesday", "Tuesday", True),
        ("the mayor's office", "may", False),  # three letters inside another word
        ("last week", "last week on Monday", True),  # gold inside the prediction
        ("early March", "March", True),
        ("in May", "", False),
        ("now", "Nov", False),
    ],
)
def test_text_match(gold: str, pred: str, expected: bool) -> None:
    assert text_match(gold, pred) is expected


@pytest.mark.parametrize(
    ("gold", "pred", "expected"),
    [
        ("2.8 tons", "some 2.8", True),  # the prediction keeps a qualifier, the gold the unit
        ("2 million drug addicts", "at least 2 million", True),
        ("3,100 police", "over 3,100", True),
        ("3,100 police", "over 3,200", False),
        ("20 dead", "as many as 20", True),
        ("120 dead", "some 20", False),  # a short number is a whole word of the gold text
        ("eight parties", "from eight", False),  # no digit: the texts must match as they are
    ],
)
def test_quantity_text_match(gold: str, pred: str, expected: bool) -> None:
    assert quantity_text_match(gold, pred) is expected


@pytest.mark.parametrize(
    ("gold", "pred", "expected"),
    [
        ("1997-04-12", "1997-04-12T15:00", True),
        ("1997-W15", "1997-W15-WE", True),  # the weekend of the gold week
        ("1997-W15-WE", "1997-W15", False),  # a whole week is not its weekend
        ("1997-W15", "1997-W16-WE", False),
        ("1997-04", "1997-04-12", False),  # a day is not the month the gold names
    ],
)
def test_value_match(gold: str, pred: str, expected: bool) -> None:
    assert value_match(gold, pred) is expected
