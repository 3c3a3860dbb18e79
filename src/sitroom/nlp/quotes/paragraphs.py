"""Quotes and paragraphs: the paragraph a quote sits in, and the speaker it carries over.

Newsroom copy sets quotes paragraph by paragraph: a quote may run into the next paragraph (the mark
reopens it there), and a paragraph that is only a quote usually goes on in the voice of the statement
or quote just before it. These helpers hold that paragraph logic apart from the speaker cascade.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from sitroom.nlp.doctext import doc_text, sentence
from sitroom.nlp.quotes.spans import QuotedStretch
from sitroom.nlp.quotes.speakers import cue_of, speaker_of_cue
from sitroom.records import Attribution, QuoteKind

TRAIL = re.compile(r"[\s,;:\u2014\u2013-]+$")


@dataclass(frozen=True)
class Draft:
    start: int
    end: int
    text: str
    kind: QuoteKind
    speaker: str | None
    cue: Token | None
    rule: str
    para: int
    close_para: int = -1
    ends_para: bool = False
    attribution: Attribution | None = None
    cue_text: str | None = None  # the cue as written when no token stands for it (a frame's "declined")


def statement_before(doc: Doc, start: int, open_at: int) -> Token | None:
    """'The minister said sanctions were raised. "We certainly did."': a quote that opens a sentence
    after a reported statement in its own paragraph goes on in that speaker's voice. The speech
    verb of the sentence just before the quote, if that sentence reports one: of several, the one
    nearest the sentence's root, the last of those."""
    span = doc.char_span(start, open_at, alignment_mode="contract")
    if span is None or not len(span) or not doc_text(doc)[start:open_at].rstrip(" \"\u201c").endswith((".", "!", "?")):
        return None
    last = sentence(doc[span.end - 1])
    cues = [t for t in last if t.i < span.end and cue_of(t) is not None
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)]
    # the sentence's own statement, not one in a clause under it ("X denied …, although Paris has suggested …")
    return min(reversed(cues), key=lambda t: sum(1 for _ in t.ancestors), default=None)


def paragraph_speaker(doc: Doc, q: QuotedStretch, base: Draft, paras: list[tuple[int, int]],
                       done: list[Draft]) -> Draft | None:
    """A cueless quote in a paragraph that already has a speaker: the last direct quote's, else
    the speaker of the statement reported just before it."""
    same = [d for d in done if d.para == base.para and d.kind == "direct" and d.speaker]
    if same:
        return replace(base, speaker=same[-1].speaker, cue=same[-1].cue, rule="direct.same_paragraph")
    told = statement_before(doc, paras[base.para][0], q.open_at)
    if told is None:
        return None
    speaker, _ = speaker_of_cue(doc, told)
    return replace(base, speaker=speaker, cue=told, rule="direct.after_statement") if speaker else None


def para_index(paras: list[tuple[int, int]], pos: int) -> int:
    """The paragraph holding ``pos``, else the next one, else the last: the first whose end passes
    ``pos`` (``paragraph_spans`` gives non-empty paragraphs in text order)."""
    return min(bisect_right(paras, pos, key=lambda p: p[1]), len(paras) - 1)


def fills(text: str, para: tuple[int, int], q: QuotedStretch) -> bool:
    outside = text[para[0]:q.open_at] + text[q.close_at:para[1]]
    return not any(ch.isalnum() for ch in outside)


def per_paragraph(d: Draft, q: QuotedStretch, text: str, paras: list[tuple[int, int]]) -> list[Draft]:
    """Newsroom style reopens a quote at each paragraph it runs into; each paragraph's words are a quote
    of their own, with the speaker the first one resolved, so every record's offsets cover one passage."""
    if d.kind != "direct" or len(q.pieces) < 2:
        return [d]
    out = []
    for n, (s, e) in enumerate(q.pieces):
        last = n == len(q.pieces) - 1
        end = d.end if last else s + len(TRAIL.sub("", text[s:e])) or e
        out.append(replace(d, start=s, end=end, text=" ".join(text[s:end].split()), para=para_index(paras, s),
                           close_para=para_index(paras, end - 1), ends_para=d.ends_para if last else True,
                           rule=d.rule if n == 0 else "direct.paragraph_continued"))
    return out


def previous_paragraph_statement(doc: Doc, base: Draft, paras: list[tuple[int, int]]) -> Draft | None:
    """'… to local forces, Jeffrey said.' then a paragraph that is only a quote: the quote goes on in the
    voice of the statement that closed the paragraph before (its last sentence's speech verb)."""
    if base.para == 0:
        return None
    start, end = paras[base.para - 1]
    told = statement_before(doc, start, end)
    if told is None:
        return None
    speaker, _ = speaker_of_cue(doc, told)
    return replace(base, speaker=speaker, cue=told, rule="direct.after_paragraph") if speaker else None
