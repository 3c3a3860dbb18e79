"""Title-case lines: a capitalised verb there is no part of a name ("Kamau Said", "Putin Warns").

In a headline or subheading written in title case every word has a capital, so the
entity tagger runs a name into the verb after it. A person or organisation entity
whose last word is a verb of saying, in a line where nearly every word is
capitalised, loses that word.
"""

from __future__ import annotations

from spacy.tokens import Span

from sitroom.nlp.doctext import doc_text

_VERBS = frozenset({"said", "says", "say", "tells", "told", "warns", "warned", "claims", "claimed", "adds",
                    "added", "urges", "urged", "asks", "asked", "denies", "denied", "insists", "vows", "vowed",
                    "threatens", "rejects", "accuses", "slams", "blasts", "admits", "confirms"})
_TITLE_SHARE = 0.7


def title_case_line(text: str, start: int, end: int) -> bool:
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    words = [w for w in text[lo:hi if hi >= 0 else len(text)].split() if w[:1].isalpha()]
    return len(words) >= 3 and sum(1 for w in words if w[0].isupper()) >= _TITLE_SHARE * len(words)


def without_headline_verb(ent: Span) -> Span:
    """``ent`` without a trailing verb of saying when it stands in a title-case line."""
    if len(ent) < 2 or ent[-1].lower_ not in _VERBS:
        return ent
    if not title_case_line(doc_text(ent.doc), ent.start_char, ent.end_char):
        return ent
    return ent[:-1]
