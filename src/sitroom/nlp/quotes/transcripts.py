"""Transcript lines ("PESKOV: We will …"): a speaker label instead of quotation marks.

Interview and briefing transcripts name the speaker in a label before a colon,
often in capitals that the named-entity model does not see as a name. A label
counts only when it names an actor already found in the article (by mention,
or by the label's words matching the actor's name), so that "NOTE:" or
"UPDATE:" lines are not taken for speech, and only in a conversation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc

from sitroom.lexicon import load_yaml
from sitroom.nlp.actors.component import actor_at
from sitroom.nlp.doctext import doc_text
from sitroom.nlp.quotes.speakers import name_match

_LABEL = re.compile(r"([A-Z][A-Za-z.'\u2019\- ]{0,40}?)\s*:\s+(?=\S)")


@dataclass(frozen=True)
class TranscriptLine:
    start: int
    end: int
    speaker: str | None
    para: int


@lru_cache(maxsize=1)
def _anonymous() -> frozenset[str]:
    return frozenset(str(x).lower() for x in load_yaml("quotes.yaml").get("transcript_anonymous", []))


def label_speaker(doc: Doc, start: int, end: int) -> str | None:
    """The actor a transcript label names: a mention under it, else an actor whose name shares its words."""
    return actor_at(doc, start, end) or name_match(doc, start, end)


def transcript_quotes(doc: Doc, paras: list[tuple[int, int]]) -> list[TranscriptLine]:
    """Paragraphs that open with a speaker label; the quote is everything after the colon.

    Labels count only in a conversation: a speaker labelled twice, or an interviewer's
    label ("Q:", "Reporter:") somewhere in the article. A fact box of one-off
    "NAME: description" entries is not speech.
    """
    out: list[TranscriptLine] = []
    text = doc_text(doc)
    asked = False
    for k, (start, end) in enumerate(paras):
        m = _LABEL.match(text, start, end)
        if not m:
            continue
        label = m.group(1).strip()
        if label.lower() in _anonymous():
            asked = True
            continue
        if len(label.split()) > 4 or not (label.isupper() or label.istitle()):
            continue
        speaker = label_speaker(doc, m.start(1), m.start(1) + len(label))
        if speaker is None:
            continue
        body_end = end
        while body_end > m.end() and text[body_end - 1] in " \t\r\n":
            body_end -= 1
        out.append(TranscriptLine(m.end(), body_end, speaker, k))
    speakers = [t.speaker for t in out]
    if asked or len(set(speakers)) < len(speakers):
        return out
    return []
