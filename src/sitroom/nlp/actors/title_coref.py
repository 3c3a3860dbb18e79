"""A title alone ("the president", "the prime minister's office") names the office holder named before.

"President Iajuddin Ahmed … The president ordered the deployment": wire copy names an office
holder once with the title and then uses the title alone. Without a country ("the Russian
president") the role table makes no actor of it, so the event has none. A definite title
of an office held by one person at a time is read as the person the article gave that title
before (by name and title, or by the dictionary's office on the date), when it gave it to
one person only: with two presidents named, "the president" is left alone. Titles that
many people share ("the official", "the minister", "the spokesman", "the commander") are
left alone: the latest one named is too often not the one meant.
"""

from __future__ import annotations

from spacy.tokens import Doc

from sitroom.nlp.actors.coref import _Index, _link
from sitroom.nlp.actors.drafts import ActorDraft
from sitroom.nlp.actors.lexicon import ActorLexicon
from sitroom.nlp.doctext import doc_text, token_table

SINGLE_HOLDER = frozenset({"president", "vice president", "acting president", "prime minister", "foreign minister",
                           "defence minister", "police chief", "intelligence chief"})
_LONGEST = 3


def _title_at(doc: Doc, j: int, lex: ActorLexicon) -> tuple[int, str] | None:
    """End token and canonical title of the longest singular title phrase starting at token ``j``."""
    starts, words = token_table(doc)  # the phrase's text from offsets: no Span or Token per try
    text = doc_text(doc)
    for n in range(_LONGEST, 0, -1):
        if j + n > len(doc):
            continue
        last = j + n - 1
        title = lex.titles.get(text[starts[j]:starts[last] + len(words[last])].lower())
        if title is not None and title.title in SINGLE_HOLDER and doc[last].tag_ not in ("NNS", "NNPS"):
            return j + n, title.title
    return None


def _holder(drafts: list[ActorDraft], title: str, before: int) -> ActorDraft | None:
    """The one person given this title before ``before``; None when the article names two."""
    mark = "title:" + title
    found = {id(d): d for d in drafts if d.type == "person" and mark in d.descriptors
             and any(m.end <= before for m in d.mentions)}
    return next(iter(found.values())) if len(found) == 1 else None


def link_titles(doc: Doc, drafts: list[ActorDraft], lex: ActorLexicon) -> None:
    """Add "the <title>" as a mention of the one earlier person with that title."""
    index = _Index(drafts)
    _, words = token_table(doc)
    for i in [i for i, word in enumerate(words[:-1]) if word.lower() == "the"]:
        found = _title_at(doc, i + 1, lex)
        if found is None:
            continue
        end, title = found
        last = doc[end - 1]
        nxt = doc[end] if end < len(doc) else None
        if nxt is not None and (nxt.lower_ == "of" or nxt.pos_ == "PROPN" and nxt.text[:1].isupper()):
            continue  # "the president of Kenya", "the president Ruto": the role rules read those
        if index.covered(doc[i].idx, last.idx + len(last)):
            continue
        target = _holder(drafts, title, doc[i].idx)
        if target is not None:
            _link(target, index, doc[i].idx, last.idx + len(last), last.i, "title_coref")
