"""The Doc's text and lookup tables over it (token offsets, parts of speech, sentences), built once per Doc.

spaCy rebuilds ``Doc.text`` by joining every token on each access, which is
quadratic when a component reads it in a loop. Every sitroom component reads
the text through ``doc_text``: ``pipeline.parse_document`` stores the text it
parsed, and a Doc made any other way (``nlp(text)`` in a test) gets it lazily.
"""

from __future__ import annotations

from collections.abc import Container

from spacy.attrs import IDX, LEMMA, LENGTH, POS, TAG
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc, Span, Token

from sitroom.nlp.extensions import register_extensions


def doc_length(doc: Doc) -> int:
    """``len(doc.text)`` without building the text."""
    last = doc[-1]
    return last.idx + len(last.text_with_ws)


def doc_text(doc: Doc) -> str:
    """``doc.text``, cached on ``doc._.text``; the cache is rebuilt if its length no longer matches the Doc."""
    if not len(doc):
        return ""
    # read where spaCy keeps ``doc._.text``: an Underscore object per call cost more than the rest
    cached = doc.user_data.get(_TEXT_KEY)  # type: ignore[call-overload]
    if not isinstance(cached, str) or len(cached) != doc_length(doc):
        if not Doc.has_extension("text"):
            register_extensions()
        cached = doc.text
        doc._.text = cached
    return cached


_TEXT_KEY = ("._.", "text", None, None)


def token_table(doc: Doc) -> tuple[list[int], list[str]]:
    """Each token's character offset and text, built once per Doc from two C arrays.

    A Python pass that touches ``doc[i]`` makes a Token object per word; scans that only need
    where the words are and what they say (dictionary names, surnames, determiners) read these
    lists instead, which cost a fraction of one such pass.
    """
    cached = doc.user_data.get("sitroom.token_table")
    if cached is not None and len(cached[0]) == len(doc):
        return cached  # type: ignore[no-any-return]
    text = doc_text(doc)
    starts: list[int] = doc.to_array(IDX).tolist() if len(doc) else []  # flat arrays: no list per word
    lengths: list[int] = doc.to_array(LENGTH).tolist() if len(doc) else []
    words = [text[s:s + n] for s, n in zip(starts, lengths, strict=True)]
    doc.user_data["sitroom.token_table"] = (starts, words)
    return starts, words


def tokens_with_pos(doc: Doc, tags: frozenset[str]) -> list[int]:
    """Indices of the tokens whose coarse part of speech is one of ``tags`` ("VERB", "NOUN"), read
    from the Doc's array, so that a scan for triggers makes Token objects only for its candidates."""
    if not len(doc):
        return []
    wanted = {POS_IDS[t] for t in tags}
    return [i for i, pos in enumerate(doc.to_array(POS).tolist()) if pos in wanted]


def tokens_with_tag(doc: Doc, tags: frozenset[str]) -> list[int]:
    """Indices of the tokens whose fine-grained tag is one of ``tags`` ("NN", "NNS"), read from the
    Doc's array as ``tokens_with_pos`` does."""
    if not len(doc):
        return []
    wanted = {doc.vocab.strings.add(t) for t in tags}
    return [i for i, tag in enumerate(doc.to_array(TAG).tolist()) if tag in wanted]


def tokens_with_lemma(doc: Doc, lemmas: Container[str]) -> list[int]:
    """Indices of the tokens whose lowercased lemma is one of ``lemmas``, read from the Doc's lemma
    array: each distinct lemma is looked up once, and Token objects are made only for the hits."""
    if not len(doc):
        return []
    strings = doc.vocab.strings
    seen: dict[int, bool] = {}
    out = []
    for i, h in enumerate(doc.to_array(LEMMA).tolist()):
        hit = seen.get(h)
        if hit is None:
            hit = seen[h] = strings[h].lower() in lemmas
        if hit:
            out.append(i)
    return out


def tokens_with_text(doc: Doc, text: str) -> list[int]:
    """Indices of the tokens written exactly ``text`` (":"), from the token table."""
    return [i for i, w in enumerate(token_table(doc)[1]) if w == text]


_SENTENCES = "sitroom.sentences"


def _sentence_table(doc: Doc) -> tuple[list[Span], list[int]]:
    cached = doc.user_data.get(_SENTENCES)
    if cached is not None and len(cached[1]) == len(doc):
        return cached  # type: ignore[no-any-return]
    sents = list(doc.sents)
    index = [0] * len(doc)
    for k, sent in enumerate(sents):
        index[sent.start:sent.end] = [k] * len(sent)
    doc.user_data[_SENTENCES] = (sents, index)
    return sents, index


def sentence(token: Token) -> Span:
    """``token.sent``, looked up in a table built once per Doc: ``Token.sent`` walks to the sentence's
    boundaries and makes a new Span on every access (about 3 µs, ten times reading a lemma), and the
    event, time, attribution and quote layers ask it for the same tokens many times per article."""
    sents, index = _sentence_table(token.doc)
    return sents[index[token.i]]


def sentences_back(token: Token, back: int) -> list[Span]:
    """Up to ``back`` sentences before ``token``'s, nearest first, not counting wordless ones (the parser
    may leave a closing quotation mark between paragraphs as a sentence of its own): what the layers that
    look a few sentences back for an antecedent, a pair or a statement look over."""
    sents, index = _sentence_table(token.doc)
    out: list[Span] = []
    k = index[token.i]
    while len(out) < back and k > 0:
        k -= 1
        if any(t.is_alpha for t in sents[k]):
            out.append(sents[k])
    return out


def sentence_back(token: Token, back: int) -> Span:
    """The earliest of ``sentences_back`` (``token``'s own sentence when there is none): where such a
    look back starts."""
    earlier = sentences_back(token, back)
    return earlier[-1] if earlier else sentence(token)
