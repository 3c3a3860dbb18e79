"""An article read into ledger mentions: its events, completed, plus the statements that refer to them.

Deployments get their family and any party the article implies
(``inference``); denials and "cannot confirm" statements that point at a claim
("dismissed the reports as fake news") become mentions of that claim
(``references``). Everything after this step works on plain Mention values.
"""

from __future__ import annotations

from ..records import Analysis
from . import inference, references
from .mentions import Article, Mention, event_mentions


def mentions_from(analysis: Analysis) -> list[Mention]:
    """The article's mentions: events in text order, then the reference statements."""
    art = Article.of(analysis)
    found = inference.complete(event_mentions(art), art)
    return found + references.mentions(art, found)
