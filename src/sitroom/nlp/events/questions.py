"""A yes/no question asserts nothing: "Is there any talk of negotiations?"

Interview transcripts and live blogs quote questions. A polar question (its verb or
auxiliary comes first: "Is there …?", "Will Russia attack …?", "Did the army shell …?")
asks *whether* something is so; its triggers report no event, by the speaker or by
anyone else. A wh-question ("Why did the army shell the town?") presupposes its
event and is left alone, as is any sentence that does not end in a question mark.
A speaker label before the question ("PRESENTER: Is there …?") is skipped.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitroom.nlp.doctext import sentence

_INVERTED = frozenset({"be", "do", "have"})  # auxiliaries that open a polar question; modals by tag


def _opening(sent: Span) -> Token | None:
    """The first word of the sentence after an optional "LABEL:" speaker tag."""
    words = [t for t in sent if not t.is_space]
    for i, tok in enumerate(words[:5]):
        if tok.text == ":":
            words = words[i + 1:]
            break
    return words[0] if words else None


def polar_question(token: Token) -> bool:
    """True when ``token`` stands in a sentence that asks a yes/no question."""
    sent = sentence(token)
    last = next((t for t in reversed(sent) if not t.is_space and t.text not in ('"', "'", "\u201d", ")")), None)
    if last is None or last.text != "?":
        return False
    first = _opening(sent)
    if first is None:
        return False
    return first.tag_ == "MD" or (first.pos_ == "AUX" and first.lemma_.lower() in _INVERTED)


_ASKING = frozenset({"ask", "inquire", "enquire"})
_WH = frozenset({"WRB", "WP", "WDT", "WP$"})


def put_question(token: Token) -> bool:
    """"Asked if the rebels favoured military means, he said …", "asked whether troops would stay",
    "if asked": asking a question (mostly a reporter's) is no request for anything."""
    if token.lemma_.lower() not in _ASKING:
        return False
    for clause in (c for c in token.children if c.dep_ in ("ccomp", "advcl", "xcomp")):
        if any(g.dep_ == "mark" and g.lower_ in ("if", "whether") for g in clause.children):
            return True
        if clause.i > token.i and any(g.tag_ in _WH and g.i < clause.i for g in clause.children):
            return True
    if any(c.dep_ == "prep" and c.lower_ in ("about", "on") for c in token.children) and not any(
            c.dep_ in ("nsubj", "dobj", "dative") for c in token.children):
        return True  # "Asked about the talks, the minister said …"
    return token.tag_ == "VBN" and any(c.dep_ == "mark" and c.lower_ == "if" for c in token.children)
