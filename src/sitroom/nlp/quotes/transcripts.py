"""Transcript lines ("PESKOV: We will …"): a speaker label instead of quotation marks.

Interview and briefing transcripts name the speaker in a label before a colon,
often in capitals that the named-entity model does not see as a name. A label
counts only when it names an actor already found in the article (by mention,
or by the label's words matching the actor's name), so that "NOTE:" or
"UPDATE:" lines are not taken for speech, and only in a conversation.
In a bulletin where only a host and the outlet's own staff talk ("Our
correspondent Leila Haddad has the latest" ... "HADDAD: …") the outlet is
speaking, as in its prose: its staff's turns make no quote, and quotation
marks inside them are read like any other paragraph. In an interview, where a
named guest answers, the staff's questions are quoted like the guest's words.
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


@lru_cache(maxsize=1)
def _staff_pattern() -> re.Pattern[str]:
    nouns = "|".join(sorted((re.escape(str(x).lower()) for x in load_yaml("quotes.yaml").get("transcript_staff", [])),
                            key=len, reverse=True))
    name = r"[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,3}"
    return re.compile(rf"\b[Oo]ur\s+(?:[a-z-]+\s+){{0,2}}(?:{nouns})s?,?\s+({name})")


def outlet_staff(doc: Doc) -> tuple[set[str], set[str]]:
    """Actors the outlet introduces as its own staff ("our correspondent Leila Haddad"), and the
    lowercased words of their names (a label "HADDAD" is theirs even where it became an actor apart)."""
    text = doc_text(doc)
    staff: set[str] = set()
    words: set[str] = set()
    for m in _staff_pattern().finditer(text):
        words.update(w.lower() for w in m.group(1).split())
        found = actor_at(doc, m.start(1), m.end(1)) or name_match(doc, m.start(1), m.end(1))
        if found is not None:
            staff.add(found)
    return staff, words


_LIST_POS = frozenset({"PROPN", "PUNCT", "CCONJ", "ADP", "DET", "NUM", "SPACE"})


def _says_something(doc: Doc, start: int, end: int) -> bool:
    """A turn is not a bare list of names: "Group A: Jordan, Tajikistan and Macao" lists a draw, nobody
    speaks; a short answer ("PESKOV: Absolutely not.") still does."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return True
    return sum(t.pos_ == "PROPN" for t in span) < 2 or any(t.pos_ not in _LIST_POS for t in span)


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
    staff, staff_words = outlet_staff(doc)
    own: set[int] = set()  # paragraphs of the outlet's staff
    guests = False  # anyone else named speaks
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
        is_staff = speaker in staff or bool(staff_words and set(label.lower().split()) <= staff_words)
        if is_staff:
            own.add(k)
            speaker = speaker if speaker in staff or len(staff) != 1 else next(iter(staff))
        elif speaker is not None:
            guests = True
        if speaker is None:
            continue
        body_end = end
        while body_end > m.end() and text[body_end - 1] in " \t\r\n":
            body_end -= 1
        if not _says_something(doc, m.end(), body_end):
            continue
        out.append(TranscriptLine(m.end(), body_end, speaker, k))
    if own and not guests:
        # a bulletin: only the host and the outlet's own staff talk, so the outlet is speaking
        return []
    speakers = [t.speaker for t in out]
    if asked or len(set(speakers)) < len(speakers):
        return out
    return []
