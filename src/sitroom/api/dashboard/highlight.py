"""Article text cut into segments by the offsets of its records, for highlighting without trusting the text.

Spans may nest or overlap (a time inside an event's sentence, a speaker inside a
quote), so the text is cut at every span boundary and each segment carries the
kinds that cover it. Templates print segment text with autoescaping; nothing of the
article ever reaches the page as markup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...records import Analysis


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str          # event, quote, speaker, actor, time, place, number, term
    label: str = ""
    ref: str = ""      # record id, for anchors and focus


@dataclass
class Segment:
    text: str
    kinds: list[str] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    anchor: str | None = None
    focus: bool = False


def segments(text: str, spans: list[Span], focus: str | None = None) -> list[Segment]:
    """Cut ``text`` at every boundary of ``spans``; the first segment of each ref gets its anchor."""
    n = len(text)
    valid = [s for s in spans if 0 <= s.start < s.end <= n]
    cuts = sorted({0, n, *(s.start for s in valid), *(s.end for s in valid)})
    starts: dict[int, list[Span]] = {}
    for s in valid:
        starts.setdefault(s.start, []).append(s)
    out: list[Segment] = []
    active: list[Span] = []
    anchored: set[str] = set()
    for a, b in zip(cuts, cuts[1:], strict=False):
        active = [s for s in active if s.end > a] + starts.get(a, [])
        seg = Segment(text[a:b])
        for s in active:
            if s.kind not in seg.kinds:
                seg.kinds.append(s.kind)
            if s.label:
                seg.labels.append(s.label)
            if s.ref and s.ref not in anchored and s.start == a:
                anchored.add(s.ref)
                seg.anchor = seg.anchor or s.ref
            if focus and s.ref == focus:
                seg.focus = True
        out.append(seg)
    return out


def _name(analysis: Analysis, actor_id: str | None) -> str:
    for a in analysis.actors:
        if a.id == actor_id:
            return a.name
    return ""


def record_spans(analysis: Analysis) -> list[Span]:
    """Every highlighted item of an article, from its records' offsets."""
    spans: list[Span] = []
    speakers = {q.speaker for q in analysis.quotes if q.speaker}
    for e in analysis.events:
        who = f"{_name(analysis, e.actor)} → {_name(analysis, e.recipient)}".strip(" →")
        spans.append(Span(e.evidence.start, e.evidence.end, "event",
                          f"{e.type} {who} ({e.attribution.stance})", f"ev-{e.id}"))
    for q in analysis.quotes:
        spans.append(Span(q.start, q.end, "quote", f"quote: {_name(analysis, q.speaker) or 'unattributed'}",
                          f"quote-{q.id}"))
    for a in analysis.actors:
        kind = "speaker" if a.id in speakers else "actor"
        for start, end in a.mentions:
            spans.append(Span(start, end, kind, f"{a.name} ({a.code or a.type})"))
    for t in analysis.times:
        spans.append(Span(t.start, t.end, "time", f"time: {t.value or '?'}", f"time-{t.id}"))
    for p in analysis.places:
        spans.append(Span(p.start, p.end, "place", f"place: {p.name} {p.country or ''}".strip(), f"place-{p.id}"))
    for n in analysis.quantities:
        spans.append(Span(n.start, n.end, "number", f"number: {n.value:g} {n.unit or ''}".strip(), f"num-{n.id}"))
    return spans


def term_spans(text: str, terms: list[str | None]) -> list[Span]:
    """Where a claim's words occur in a sentence: each name whole, and its capitalised words of four
    letters or more on their own ("Putin" for "Vladimir Putin"), as whole words, case-insensitive."""
    words: set[str] = set()
    for term in terms:
        if not term or len(term.strip()) < 2:
            continue
        words.add(term.strip())
        words.update(w for w in re.findall(r"[^\W\d_][\w'-]*", term) if len(w) >= 4 and w[0].isupper())
    spans = []
    for word in words:
        for m in re.finditer(r"(?<!\w)" + re.escape(word) + r"(?!\w)", text, flags=re.IGNORECASE):
            spans.append(Span(m.start(), m.end(), "term", word))
    return spans
