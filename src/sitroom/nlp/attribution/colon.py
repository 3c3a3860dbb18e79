"""Frames whose cue is a colon after a name: "Senator X: We will win the state." (headline style).

News headlines and round-ups attribute a statement by putting its source before a colon, with no
verb of saying ("Pollster X: the race is tightening", "- More from Y: “…”"). The source is a short
verbless stretch opening its line (or following a dash inside it) that names a person, an
organisation or a document; the content is the rest of the line, or the next line when the colon
ends one. Labels ("Update:", "Watch:", "Editor's note:"), stretches set in capitals (section heads,
transcript speaker labels, which the quotes layer reads itself) and places ("Syria: …", a topic
rather than a speaker) make no frame; the label words are in ``cues.yaml`` (``colon``).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from sitroom.lexicon import load_yaml
from sitroom.nlp.attribution.content import trim
from sitroom.nlp.attribution.cues import CueEntry, lexicon
from sitroom.nlp.attribution.phrases import RawFrame
from sitroom.nlp.attribution.sources import noun_phrase
from sitroom.nlp.doctext import doc_text, tokens_with_text

_ENTRY = CueEntry(stance="asserted", kind="speech")
_DASHES = (" - ", " \u2014 ", " \u2015 ", " \u2013 ")
_PLACES = frozenset({"GPE", "LOC", "DATE", "TIME", "FAC", "CARDINAL", "ORDINAL"})


@lru_cache(maxsize=1)
def _settings() -> tuple[int, frozenset[str], tuple[str, ...]]:
    raw = (load_yaml("cues.yaml") or {}).get("colon") or {}
    labels = frozenset(str(w).lower() for w in raw.get("labels") or ())
    lead_ins = tuple(str(w).lower() + " " for w in raw.get("lead_ins") or ())
    return int(raw.get("max_source_tokens", 8)), labels, lead_ins


def _prefix(doc: Doc, colon: Token) -> Span | None:
    """The stretch before the colon back to the line start or a dash in the line, without a lead-in."""
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, colon.idx) + 1
    start = max([line_start] + [text.rfind(d, line_start, colon.idx) + len(d) for d in _DASHES
                                if text.rfind(d, line_start, colon.idx) >= 0])
    while start < colon.idx and text[start] in " \t-\u2014\u2015\u2013\u2022*":
        start += 1
    _, _, lead_ins = _settings()
    head = text[start:colon.idx].lower()
    for lead in lead_ins:
        if head.startswith(lead):
            start += len(lead)
    return doc.char_span(start, colon.idx, alignment_mode="contract")


def inside_quotation(doc: Doc, colon: Token) -> bool:
    """A token inside a quotation opened earlier on its line: a colon there ('"VIDEO: …', a book
    title) belongs to what is quoted, and so does a light-verb cue (``light``)."""
    text = doc_text(doc)
    line = text[text.rfind("\n", 0, colon.idx) + 1:colon.idx]
    return line.count("\u201c") > line.count("\u201d") or line.count('"') % 2 == 1 or line.count("''") % 2 == 1


def _names_a_source(prefix: Span) -> bool:
    """A short verbless name: a proper noun that is no place, or a document or outlet noun."""
    max_tokens, labels, _ = _settings()
    words = [t for t in prefix if not t.is_punct]
    if not words or len(words) > max_tokens or not words[0].text[:1].isupper():
        return False
    if any(t.pos_ in ("VERB", "AUX") and t.tag_ != "VBN" for t in words) or prefix.text.lower() in labels:
        return False
    if all(t.text.isupper() for t in words if t.is_alpha):
        return False  # section heads and labels set in capitals ("PREVIOUSLY:"); transcripts are the quotes' own
    root = prefix.root
    lex = lexicon()
    if root.ent_type_ in _PLACES:
        return False
    if root.pos_ == "PROPN":
        return True
    lemma = root.lemma_.lower()
    return lemma in lex.evidence_nouns or lemma in lex.media_nouns


def _content(doc: Doc, colon: Token) -> tuple[int, int] | None:
    """The rest of the colon's line; the next non-empty line when the colon ends its line."""
    text = doc_text(doc)
    start = colon.idx + 1
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    if not text[start:end].strip():
        while end < len(text) and text[end].isspace():
            end += 1
        start = end
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
    start, end = trim(doc, start, end)
    words = text[start:end].split()
    return (start, end) if len(words) >= 2 else None


def colon_frames(doc: Doc) -> list[RawFrame]:
    """Frames of "Name: statement" lines."""
    frames: list[RawFrame] = []
    for colon in map(doc.__getitem__, tokens_with_text(doc, ":")):
        if inside_quotation(doc, colon):
            continue
        prefix = _prefix(doc, colon)
        if prefix is None or not len(prefix) or not _names_a_source(prefix):
            continue
        content = _content(doc, colon)
        if content is None:
            continue
        # the source as written is the whole stretch ("A and B: …"); the referent its head's phrase
        referent = noun_phrase(prefix.root)
        if referent.start < prefix.start or referent.end > prefix.end:
            referent = prefix
        frames.append(RawFrame(doc[colon.i:colon.i + 1], colon, _ENTRY, _ENTRY.stance, False, prefix, referent,
                               content[0], content[1], None, "colon"))
    return frames
