"""The subject the parser hid under a wire dateline ("ADEN, Yemen - The navy struck …").

The small model often makes the dateline's place the head of the sentence and hangs the real
subject on it. Both the roles step (``subjects.py``) and the ``subjrole:`` frame condition
(``frame_roles.py``) need the repaired subject; this module imports neither, so the pattern
table's conditions can use it without an import cycle.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.nlp.doctext import sentence

_DASHES = frozenset({"-", "\u2013", "\u2014", "--"})


def after_dateline(subj: Token) -> Token:
    """The real subject when the parser made a dateline its head ("ADEN, Yemen - The navy struck …"):
    an upper-case place opening the sentence, a dash, then the noun phrase hung on it."""
    sent = sentence(subj)
    if subj.i != sent.start or not (subj.text.isupper() and len(subj.text) > 2):
        return subj
    dash = next((t for t in sent[: min(len(sent), 16)] if t.text in _DASHES), None)
    if dash is None or dash.i <= subj.i:
        return subj
    for t in subj.doc[dash.i + 1: sent.end]:
        if t.pos_ in ("NOUN", "PROPN", "PRON") and t.head.i < dash.i and subj in (t.head, *t.head.ancestors):
            return t
        if t.head.i > dash.i and t.pos_ in ("NOUN", "PROPN") and t.head.pos_ in ("NOUN", "PROPN") \
                and t.head.head.i < dash.i:
            return t.head
    return subj
