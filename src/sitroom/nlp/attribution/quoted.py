"""Who vouches for an event told inside a quotation that no reporting frame covers.

A speaker's quotation often runs on past the sentence that names them ('"We will not back
down," the minister said. "Our troops have withdrawn from the border."'), or resumes after an
interrupting cue; the quotes layer gives such a stretch its speaker (continuation, the paragraph's
speaker), while the attribution layer finds no cue over it. The quoted words are the speaker's
own: what they state is on the speaker's record, not the outlet's.
"""

from __future__ import annotations

from spacy.tokens import Doc

from sitroom.records import Attribution

_QUOTED_KINDS = frozenset({"direct", "partial"})


def quoted_attribution(doc: Doc, start: int, end: int) -> Attribution | None:
    """The attribution of the direct quotation with a known speaker that holds [start, end), if any."""
    for quote in getattr(doc._, "quotes", None) or []:
        if quote.kind in _QUOTED_KINDS and quote.speaker and quote.start <= start and end <= quote.end:
            base = quote.attribution or Attribution(source=quote.speaker, cue=quote.cue)
            return Attribution(source=quote.speaker, cue=base.cue, date=base.date, via=list(base.via))
    return None
