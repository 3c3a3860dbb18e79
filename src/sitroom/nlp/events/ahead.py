"""An event noun dated after the day the article was written names something still to come.

"The African Union summoned an emergency meeting *for Tuesday*", written on a Monday, tells of a
meeting that has not happened, though nothing in the clause's grammar says so: the date does.
The times layer resolves weekday names and relative dates by tense, so a date past the
reference date is the writer's reading of the future. Only a time that hangs on the noun itself
counts ("a meeting for Tuesday", "Yudhoyono's visit to Russia on Nov. 29"): a time the parse
links from elsewhere in the clause is too often another verb's ("called on Rwanda to withdraw, and
… summoned a meeting for Tuesday" must not put the call on Tuesday).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitroom.records import Attribution
from sitroom.timevalues import bounds


def still_to_come(doc: Doc, token: Token, time_id: str | None, attribution: Attribution) -> Attribution:
    """``attribution`` made ``planned`` when the noun ``token`` states as a fact an own date after the
    article's day; unchanged otherwise."""
    ref = doc._.ref_date
    if ref is None or time_id is None or attribution.stance != "asserted" or attribution.negated:
        return attribution
    time = next((t for t in doc._.times or [] if t.id == time_id), None)
    span = bounds(time.value) if time is not None else None
    if time is None or span is None or span[0] <= ref:
        return attribution
    if not _dates_noun(doc, token, time.start, time.end):
        return attribution
    return attribution.model_copy(update={"stance": "planned", "cue": attribution.cue or time.text})


def _dates_noun(doc: Doc, token: Token, start: int, end: int) -> bool:
    """Whether the time at ``start:end`` hangs on the noun itself, through prepositions at most ("a
    summit *on* December 15", "a meeting next week"), not on a noun inside its phrase ("calls for a
    boycott of the May 29 elections": the elections are dated, not the calls)."""
    piece = doc.char_span(start, end, alignment_mode="expand")
    if piece is None:
        return False
    current = piece.root
    for _ in range(4):
        current = current.head
        if current.i == token.i:
            return True
        if current.pos_ != "ADP" or current.head.i == current.i:
            return False
    return False
