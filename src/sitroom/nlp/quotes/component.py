"""Quotes: direct, partial and indirect speech, each with the actor who said it.

Where a quote is comes from the marks (``quote_spans``), who said it from the
attribution clause beside it (found on characters by ``quote_clauses``, read
with the parse by ``quote_speakers``), reported speech without marks from the
parse (``quote_indirect``) and transcript lines ("NAME: …") from
``quote_transcripts``. A split quote ("…," he said, "…") gives one Quote
per quoted stretch, both with the same speaker, so that every Quote's
[start, end) is exactly the quoted characters in ``doc.text`` (less the trailing comma
of a split quote); a quote running over several paragraphs gives one Quote per
paragraph, all with the speaker resolved for the first (``quote_paragraphs``).

Direct quotes without a speech verb that fill their paragraph continue the
speaker of the previous paragraph when that paragraph ended in a quote of theirs
or in a statement they are reported to have made ("…, Jeffrey said."); anything
else in between breaks the chain. A short quoted
term with no speech verb governing it and no attribution frame (scare quotes)
is nobody's quote and is not output. Frames come from ``attribution.frame_for``,
so wanting and planning ("intent") frames never make a speaker.

A frame whose source declines to say, denies or cannot confirm something is a
statement on record even when no speech verb reports it ("X declined to say
whether …"): an indirect quote of its content carries that stance unless a quote
already does (``quote_indirect.withheld``); an indirect quote whose cue is a
frame's cue takes that frame's attribution ("could not *confirm*" is unconfirmed).
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Token

from sitroom.nlp.actors.component import actor_for_token
from sitroom.nlp.attribution.component import frame_for
from sitroom.nlp.doctext import doc_text
from sitroom.nlp.quotes.agents import labelling_agent
from sitroom.nlp.quotes.clauses import clause_window
from sitroom.nlp.quotes.indirect import Reported, cue_frame, indirect_quotes, withheld
from sitroom.nlp.quotes.modality import with_content_modality
from sitroom.nlp.quotes.names import is_quoted_name
from sitroom.nlp.quotes.paragraphs import (
    TRAIL,
    Draft,
    fills,
    para_index,
    paragraph_speaker,
    per_paragraph,
    previous_paragraph_statement,
)
from sitroom.nlp.quotes.spans import QuotedStretch, find_quotes, paragraph_spans
from sitroom.nlp.quotes.speakers import (
    according_to,
    adjunct_of,
    cue_in_window,
    cue_lexicon,
    dash_signature,
    governing_cue,
    is_pronoun,
    last_cue,
    speaker_of_cue,
)
from sitroom.nlp.quotes.transcripts import transcript_quotes
from sitroom.records import Attribution, Quote


def _attribution(speaker: str | None, cue: Token | None) -> Attribution | None:
    if speaker is None and cue is None:
        return None
    info = cue_lexicon().get(cue.lemma_.lower()) if cue is not None else None
    stance = info.stance if info else "asserted"
    return Attribution(source=speaker, cue=cue.text if cue is not None else None, stance=stance)  # type: ignore[arg-type]


def _cue_attribution(doc: Doc, r: Reported) -> Attribution | None:
    """The attribution of the frame of this very cue, which knows the stance ("could not confirm",
    "declined to say"), the date and the relays; None when there is none or it names someone else."""
    frame = cue_frame(doc, r.cue, r.start, r.end)
    if frame is None or frame.attribution.source not in (None, r.speaker):
        return None
    return frame.attribution.model_copy(update={"source": r.speaker or frame.attribution.source})


def _is_direct(text: str, before: tuple[int, int], cue: Token | None) -> bool:
    """A quote stands as speech when it opens its sentence or follows a colon, "X said," or "X said"."""
    lead = text[before[0]:before[1]].rstrip()
    if not lead or lead.endswith(":"):
        return True
    if cue is None or cue.idx >= before[1]:
        return False
    return lead.endswith(",") or cue.idx + len(cue) == before[0] + len(lead)


_LIST_GLUE = re.compile(r"[\s,;\"'\u201c\u201d\u2018\u2019]*(?:(?:and|or)[\s\"'\u201c\u2018]*)?", re.I)


def _listed_after(text: str, q: QuotedStretch, done: list[Draft]) -> Draft | None:
    """'slogans such as "A," "B"': a quote set right after another, with only a comma or "and" between,
    is the next item of the same list and has the same speaker."""
    prev = [d for d in done if d.end <= q.open_at and d.speaker and d.kind != "indirect"]
    if not prev:
        return None
    last = max(prev, key=lambda d: d.end)
    gap = text[last.end:q.open_at + 1]
    m = _LIST_GLUE.fullmatch(gap)
    return last if m is not None and "\n" not in gap else None


class QuoteTagger:
    def __call__(self, doc: Doc) -> Doc:
        return self._tag(doc, doc_text(doc))

    def _tag(self, doc: Doc, text: str) -> Doc:
        paras = paragraph_spans(text)
        drafts = [Draft(t.start, t.end, " ".join(text[t.start:t.end].split()), "direct", t.speaker, None,
                         "direct.transcript", t.para, ends_para=True) for t in transcript_quotes(doc, paras)]
        transcript_paras = {d.para for d in drafts}
        stretches = [q for q in find_quotes(text) if para_index(paras, q.open_at) not in transcript_paras]
        fences = [(q.open_at, q.close_at) for q in stretches]
        for q in stretches:
            draft = self._resolve(doc, q, paras, fences, drafts)
            if draft is not None:
                drafts.extend(per_paragraph(draft, q, text, paras))
        quoted = [(q.open_at, q.close_at) for q in stretches]
        direct = [(d.start, d.end) for d in drafts if d.kind == "direct"]
        for r in indirect_quotes(doc, quoted, direct):
            drafts.append(Draft(r.start, r.end, " ".join(text[r.start:r.end].split()), "indirect",
                                 r.speaker, r.cue, r.rule, para_index(paras, r.start),
                                 attribution=_cue_attribution(doc, r)))
        drafts.extend(self._withheld(doc, text, paras, drafts))
        drafts.sort(key=lambda d: (d.start, d.end))
        doc._.quotes = [
            Quote(id=f"qt{i}", text=d.text, kind=d.kind, speaker=d.speaker,
                  cue=d.cue.text if d.cue is not None else d.cue_text, start=d.start, end=d.end,
                  attribution=d.attribution or _attribution(d.speaker, d.cue), rule=d.rule)
            for i, d in enumerate(drafts, 1)
        ]
        doc._.quotes = [with_content_modality(doc, q) for q in doc._.quotes]
        return doc

    @staticmethod
    def _withheld(doc: Doc, text: str, paras: list[tuple[int, int]], drafts: list[Draft]) -> list[Draft]:
        """"X declined to say whether …", "X could not confirm that …": the frame's stance is what X
        said, so it stands as an indirect quote of X when no quote carries it already."""
        carried = [(d.start, d.end, (d.attribution or _attribution(d.speaker, d.cue) or Attribution()).stance)
                   for d in drafts]
        return [Draft(f.start, f.end, " ".join(text[f.start:f.end].split()), "indirect", f.attribution.source,
                       None, f"indirect.frame_{f.attribution.stance}", para_index(paras, f.start),
                       attribution=f.attribution, cue_text=f.attribution.cue)
                for f in withheld(doc, carried)]

    def _resolve(self, doc: Doc, q: QuotedStretch, paras: list[tuple[int, int]],
                 fences: list[tuple[int, int]], done: list[Draft]) -> Draft | None:
        text = doc_text(doc)
        k_open, k_close = para_index(paras, q.open_at), para_index(paras, q.close_at - 1)
        span = (paras[k_open][0], paras[k_close][1])
        before, after = clause_window(text, span, q.open_at, q.close_at, fences)
        quoted = q.text(text)
        trimmed = TRAIL.sub("", quoted)
        last = q.pieces[-1]
        end = last[0] + len(TRAIL.sub("", text[last[0]:last[1]]))
        end = end if end > last[0] else last[1]
        cue = cue_in_window(doc, before, after, fences)
        base = Draft(q.start, end, trimmed or quoted, "direct", None, None, "", k_open, k_close,
                      ends_para=not text[after[1]:paras[k_close][1]].strip(" .\n"))
        if q.single is False and _is_direct(text, before, cue) or fills(text, paras[k_open], q):
            return self._direct(doc, q, base, cue, before, after, paras, done)
        if q.single and _is_direct(text, before, cue) and cue is not None:
            return self._direct(doc, q, base, cue, before, after, paras, done)
        return self._partial(doc, q, base)

    def _direct(self, doc: Doc, q: QuotedStretch, base: Draft, cue: Token | None, before: tuple[int, int],
                after: tuple[int, int], paras: list[tuple[int, int]], done: list[Draft]) -> Draft:
        if cue is not None and cue.lower_ == "according":
            source = according_to([cue])
            found = actor_for_token(doc, source) if source is not None else None
            return replace(base, speaker=found, rule="direct.according")
        if cue is not None:
            speaker, _ = speaker_of_cue(doc, cue, after[1] if cue.idx >= q.close_at else None)
            frame = frame_for(doc, q.start, q.end) if speaker is None else None
            if frame is not None and frame.attribution.source:  # e.g. a pronoun the frame resolved
                return replace(base, speaker=frame.attribution.source, cue=cue, rule="direct.cue_frame",
                               attribution=frame.attribution)
            return replace(base, speaker=speaker, cue=cue, rule="direct.cue")
        signed = dash_signature(doc, q.close_at, after[1])
        if signed is not None:
            return replace(base, speaker=signed, rule="direct.dash")
        intro = self._colon_intro(doc, q, paras, base.para)
        if intro is not None:
            speaker, _ = speaker_of_cue(doc, intro)
            return replace(base, speaker=speaker, cue=intro, rule="direct.colon_paragraph")
        in_paragraph = paragraph_speaker(doc, q, base, paras, done)
        if in_paragraph is not None:
            return in_paragraph
        if fills(doc_text(doc), paras[base.para], q) and base.para > 0:
            prev = [d for d in done if max(d.para, d.close_para) == base.para - 1 and d.kind == "direct"]
            if prev and prev[-1].speaker and prev[-1].ends_para:
                return replace(base, speaker=prev[-1].speaker, cue=None, rule="direct.continuation",
                               attribution=prev[-1].attribution or _attribution(prev[-1].speaker, prev[-1].cue))
        frame = frame_for(doc, q.start, q.end)
        if frame is not None:
            return replace(base, speaker=frame.attribution.source, rule="direct.frame",
                           attribution=frame.attribution)
        carried = previous_paragraph_statement(doc, base, paras) if fills(doc_text(doc), paras[base.para], q) else None
        if carried is not None:
            return carried
        listed = _listed_after(doc_text(doc), q, done)
        if listed is not None:
            return replace(base, speaker=listed.speaker, cue=listed.cue, rule="direct.listed",
                           attribution=listed.attribution or _attribution(listed.speaker, listed.cue))
        return replace(base, rule="direct.unattributed")

    @staticmethod
    def _colon_intro(doc: Doc, q: QuotedStretch, paras: list[tuple[int, int]], k: int) -> Token | None:
        """"Mwamba told lawmakers:" as a paragraph of its own, the quote opening the next one."""
        if k == 0 or q.open_at != paras[k][0]:
            return None
        p_start, p_end = paras[k - 1]
        if not doc_text(doc)[p_start:p_end].rstrip().endswith(":"):
            return None
        return last_cue(doc, p_start, p_end)

    def _partial(self, doc: Doc, q: QuotedStretch, base: Draft) -> Draft | None:
        if is_quoted_name(doc_text(doc), q.open_at, q.close_at):
            return None  # 'known as "Barbecue"': a name, nobody's words
        agentive = labelling_agent(doc, q.start, q.end)
        if agentive is not None:
            return replace(base, kind="partial", speaker=agentive[0], cue=agentive[1], rule="partial.agent")
        cues = [c for c in governing_cue(doc, q.start, q.end) if not adjunct_of(doc, q.start, q.end, c)]
        frame = frame_for(doc, q.start, q.end)
        speaker, cue = None, (cues[0] if cues else None)
        for verb in cues:  # an unresolved pronoun subject ("he was seeking") defers to the outer verb
            found, subj = speaker_of_cue(doc, verb)
            if found is not None:
                speaker, cue = found, verb
                break
            if not is_pronoun(subj):
                break
        # The innermost cue wins: a frame counts unless this quote's own verb sits inside it or is its cue.
        inner = cue is not None and frame is not None and (
            frame.start <= cue.idx < frame.end or frame.cue_start <= cue.idx < frame.cue_end)
        if frame is not None and frame.attribution.source and not (inner and speaker):
            return replace(base, kind="partial", speaker=frame.attribution.source, rule="partial.frame",
                           attribution=frame.attribution)
        if cue is None:
            return None  # scare quotes: nobody is said to have said this
        return replace(base, kind="partial", speaker=speaker, cue=cue, rule="partial.governing_verb")


@Language.factory("sitroom_quotes", requires=["doc._.actors", "doc._.frames"], assigns=["doc._.quotes"])
def make_quote_tagger(nlp: Language, name: str) -> QuoteTagger:
    return QuoteTagger()
