""""The country" points back to the country last named.

"China and Mongolia set up a partnership in 2003, when Hu Jintao paid a state visit to *the country*",
"Mbeki arrived in Zimbabwe on Monday … his first trip to *the country* this year": wire copy names a
country once and then calls it "the country". A bare singular "the country" (or "this country") with no
modifier of its own is read as a mention of the latest country named before it, a few sentences back at
most; one with a modifier ("the whole country", "the country's north" stays, since only the head is
linked) or with no country named near it is left alone.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitroom.nlp.actors.coref import _Index, link_back
from sitroom.nlp.actors.drafts import ActorDraft

NOUNS = frozenset({"country", "nation"})
_DETERMINERS = frozenset({"the", "this"})
SENTENCES_BACK = 3
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})


def _bare_pointer(tok: Token) -> bool:
    """"the country" as a whole phrase: a determiner and nothing else before it."""
    if tok.lower_ not in NOUNS or tok.tag_ != "NN" or tok.dep_ == "compound":
        return False
    before = [c for c in tok.children if c.i < tok.i]
    return len(before) == 1 and before[0].dep_ == "det" and before[0].lower_ in _DETERMINERS


def _named(doc: Doc, head: int) -> bool:
    """A country named as a party, not a modifier of another noun ("*Chinese* President Hu": Hu's country,
    not the country the next "the country" means)."""
    return 0 <= head < len(doc) and doc[head].dep_ not in _MODIFIER_DEPS


def link_country_nouns(doc: Doc, drafts: list[ActorDraft]) -> None:
    """Add each bare "the country" as a mention of the latest earlier country, a few sentences back."""
    index = _Index(drafts)
    for tok in (t for t in doc if _bare_pointer(t)):
        if index.covered(tok.idx, tok.idx + len(tok)):
            continue
        link_back(drafts, index, tok, SENTENCES_BACK,
                  lambda d, m: d.type == "state" and _named(doc, m.head), "country_noun")
