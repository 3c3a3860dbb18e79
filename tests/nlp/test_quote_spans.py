"""Character-level quote detection: marks, nesting, apostrophes and quotes running over paragraphs."""

from __future__ import annotations

import pytest

from sitroom.nlp.quotes.spans import find_quotes, paragraph_spans

CASES = [
    # (text, expected quoted texts in order)
    ("He said: \u201cWe will stay.\u201d", ["We will stay."]),
    ('"First part," he said, "second part."', ["First part,", "second part."]),
    ("\u201cOne,\u201d she said. \u201cTwo.\u201d", ["One,", "Two."]),
    ("\u00ab Nous restons \u00bb, a dit le ministre.", ["Nous restons"]),
    ("\u201eWir bleiben\u201c, sagte er.", ["Wir bleiben"]),
    # nested single quotes stay inside the outer quote
    ("\u201cThey called it \u2018a provocation\u2019,\u201d he said.", ["They called it \u2018a provocation\u2019,"]),
    # a curly quote nested in a straight one stays inside it
    ('"He called it \u201cwar\u201d," she said.', ["He called it \u201cwar\u201d,"]),
    # a stray straight mark does not swallow the curly quotes after it
    ('"Stray mark. \u201cOne,\u201d he said. \u201cTwo.\u201d', ["One,", "Two."]),
    # mixed marks in careless copy: a curly opener closed by a straight mark
    ('\u201cDeals are not required,"  the chairman said, calling them "like candy."',
     ["Deals are not required,", "like candy."]),
    # lone single quotes (headline / British style)
    ("Putin says \u2018we will win\u2019 in speech", ["we will win"]),
    ("Minister calls strike 'reckless' and vows reply", ["reckless"]),
    # apostrophes are not quotes
    ("The rebels' leader didn't say when they'd return in the '90s.", []),
    ("Don\u2019t expect the Smiths\u2019 house to sell.", []),
    # a straight mark that is an inch sign, not a quote
    ('A 12" pipe burst near the "green zone" checkpoint.', ["green zone"]),
    # an unclosed straight mark in mid-paragraph is dropped, a curly one closes at the paragraph end
    ('The 5" shell hit.', []),
    ("He said \u201cwe are ready\n\nNext paragraph.", ["we are ready"]),
    # marks with no letters inside are not quotes
    ('He typed "" and left.', []),
    # a closing straight mark typed after a space, between a comma and the speech verb (wire copy)
    ('"We have limited access to information, " said the reporter. "Another quote."',
     ["We have limited access to information,", "Another quote."]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_find_quotes(text: str, expected: list[str]) -> None:
    assert [q.text(text) for q in find_quotes(text)] == expected


def test_quote_spanning_paragraphs_is_one_stretch() -> None:
    text = "\u201cFirst paragraph of the quote.\n\n\u201cSecond paragraph,\u201d she said.\n\nAfter."
    quotes = find_quotes(text)
    assert len(quotes) == 1
    q = quotes[0]
    assert q.text(text) == "First paragraph of the quote. Second paragraph,"
    assert len(q.pieces) == 2
    assert text[q.start:q.end].startswith("First") and text[q.start:q.end].endswith("paragraph,")


def test_offsets_are_the_quoted_characters() -> None:
    text = "Intro. \u201cQuoted words,\u201d he said."
    (q,) = find_quotes(text)
    assert text[q.start:q.end] == "Quoted words,"
    assert text[q.open_at] == "\u201c" and text[q.close_at - 1] == "\u201d"


@pytest.mark.parametrize(
    ("text", "count"),
    [("One.\n\nTwo.\n\n\nThree.", 3), ("Line one\nLine two\nLine three", 3), ("Para one\nwrapped.\n\nPara two.", 2)],
)
def test_paragraph_spans(text: str, count: int) -> None:
    spans = paragraph_spans(text)
    assert len(spans) == count
    assert all(text[s:e] == text[s:e].strip() for s, e in spans)
