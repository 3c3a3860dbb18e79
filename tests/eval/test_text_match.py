"""Span matching of times, quotes, places and quantities against gold text."""

import pytest

from sitroom.eval.matching import text_match


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
