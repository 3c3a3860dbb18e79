"""What the header reader returns: the header's fields and every date it found, with the rule that found it.

Kept apart from the line classifiers so that the reference-date logic can read these records without
importing the header heuristics.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from .dates import DateMatch


@dataclass(frozen=True)
class FoundDate:
    """A date in the header or the lead dateline, with the step that found it.

    ``start``/``end`` are offsets into the body when the date stayed in it (a lead
    dateline); header lines are removed from the body, so theirs are None.
    """

    kind: str  # "published" | "updated" | "dateline"
    rule: str
    text: str
    when: datetime | None = None
    match: DateMatch | None = None
    start: int | None = None
    end: int | None = None


@dataclass
class Header:
    title: str | None = None
    subtitle: str | None = None
    dateline: str | None = None
    published: datetime | None = None
    updated: datetime | None = None
    authors: list[str] = field(default_factory=list)
    editor: str | None = None
    outlet: str | None = None
    update_notes: list[str] = field(default_factory=list)
    boilerplate: list[str] = field(default_factory=list)
    dates: list[FoundDate] = field(default_factory=list)
    body: str = ""
