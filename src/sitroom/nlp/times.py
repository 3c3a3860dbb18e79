"""Times: temporal expressions normalised against the reference date (placeholder, see issue 4)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..records import Time


def times_in(doc: Doc, start: int, end: int) -> list[Time]:
    return [t for t in doc._.times or [] if start <= t.start and t.end <= end]


class TimeTagger:
    def __call__(self, doc: Doc) -> Doc:
        doc._.times = [
            Time(id=f"t{i}", text=ent.text, value=None, grain=None, start=ent.start_char, end=ent.end_char,
                 rule="ner")
            for i, ent in enumerate((e for e in doc.ents if e.label_ in ("DATE", "TIME")), 1)
        ]
        return doc


@Language.factory("sitroom_times", requires=["doc.ents", "doc._.ref_date"], assigns=["doc._.times"])
def make_time_tagger(nlp: Language, name: str) -> TimeTagger:
    return TimeTagger()
