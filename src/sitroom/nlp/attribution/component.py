"""Attribution frames: who makes the claim in a stretch of text, with what cue and stance.

The component turns the raw frames of ``rules`` into ``Frame``s whose
sources are actor ids, links reporting chains ("X said …, AFP reported":
source X, via AFP; "Z cited Y reports saying …": source Y, via Z) and dates
each statement. Other components ask ``frame_for``/``attribution_for`` (the
innermost frame over a span, unless a sourceless cue sits inside a frame whose
source denies, cannot confirm or declines: then that frame) or
``attribution_at_token`` (that frame merged with the clause's own modality).

How stances combine (``stance.combine``): a frame that is denied, unconfirmed
or declined keeps its stance whatever the clause says; otherwise a clause
modality other than asserted wins ("X said Russia could send troops" ->
speculative; "…, the agency reported" around "will continue" -> planned);
otherwise the frame's stance holds. Negation comes from the clause.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from sitroom.nlp.actors import component as actors
from sitroom.nlp.attribution import pronoun_sources as referents
from sitroom.nlp.attribution.cues import verb_cue
from sitroom.nlp.attribution.frame_stance import frame_stance
from sitroom.nlp.attribution.phrase_sources import phrase_actors
from sitroom.nlp.attribution.rules import RawFrame, find_frames
from sitroom.nlp.attribution.stance import clause_stance, combine
from sitroom.nlp.doctext import doc_text
from sitroom.nlp.quotes.anaphora import resolve_unresolved
from sitroom.nlp.span_index import doc_index
from sitroom.nlp.times import component as times
from sitroom.records import Attribution

_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i"})
# frames that can relay another frame, and that say who vouches for a clause; wanting and
# planning ("intent") describe the content's own actor and are left to clause modality
_RELAY_KINDS = frozenset({"speech", "report", "denial", "belief"})
# stances by which a named source withholds its word from what a sourceless cue inside relays
_WITHHOLDING = frozenset({"denied", "unconfirmed", "declined"})


@dataclass(frozen=True)
class Frame:
    """A reporting frame: ``attribution`` holds for the content span [start, end).

    ``cue_start``/``cue_end`` locate the cue words, ``source_start``/``source_end`` the source
    phrase as written (a pronoun or "who" included; the actor id is in ``attribution.source``),
    ``kind`` the cue's kind in ``cues.yaml`` (speech, report, denial, belief, intent) and ``rule``
    the rule that found it. Frames of kind ``intent`` ("planning to") describe the content's
    own actor; ``attribution_for`` skips them and leaves that to clause modality.
    """

    attribution: Attribution
    start: int
    end: int
    cue_start: int
    cue_end: int
    rule: str
    kind: str = "speech"
    source_start: int | None = None
    source_end: int | None = None


def _relay_spans(frames: Sequence[Frame]) -> list[tuple[int, int, tuple[int, Frame]]]:
    return [(f.start, f.end, (k, f)) for k, f in enumerate(frames) if f.kind in _RELAY_KINDS]


def _frames_over(doc: Doc, start: int, end: int) -> list[Frame]:
    """The relaying frames that touch [start, end), in the frame list's order (a sorted index:
    this is asked for every clause and quote)."""
    frames = doc._.frames or []
    if end <= start:
        return [f for f in frames if f.kind in _RELAY_KINDS]
    near = doc_index(doc, "relay_frames", frames, _relay_spans).overlapping(start, end)
    return [f for _, _, (_, f) in sorted(near, key=lambda x: x[2][0])]


def frame_for(doc: Doc, start: int, end: int) -> Frame | None:
    """The frame that says who vouches for [start, end), or None (the outlet's own voice).

    That is the innermost frame covering the span (of equal spans, one with a source), except
    that a sourceless cue ("reports that", "reportedly") inside a frame whose source denies,
    cannot confirm or declines to say gives way to that frame: "X could not confirm reports
    that Y" leaves Y unconfirmed by X, not merely reported by nobody.
    """
    covering = sorted(
        (f for f in _frames_over(doc, start, end) if f.start <= start and end <= f.end),
        key=lambda f: (f.end - f.start, f.attribution.source is None),
    )
    if not covering:
        return None
    inner = covering[0]
    if inner.attribution.source is None:
        for outer in covering[1:]:
            if outer.attribution.source is not None and outer.attribution.stance in _WITHHOLDING:
                return outer
    return inner


def attribution_for(doc: Doc, start: int, end: int) -> Attribution | None:
    """Attribution of the frame over [start, end) (see ``frame_for``), or None (the outlet's own voice)."""
    frame = frame_for(doc, start, end)
    return frame.attribution if frame else None


def attribution_at_token(doc: Doc, verb: Token) -> Attribution:
    """Attribution of the clause headed by ``verb``: its frame's, with the clause's modality merged in.

    Outside any frame the outlet speaks (source None) and only the clause's own
    modality and negation apply.
    """
    frame = attribution_for(doc, verb.idx, verb.idx + len(verb))
    stance, negated, _cue = clause_stance(doc, verb)
    if frame is None:
        return Attribution(source=None, cue=None, stance=stance, negated=negated)
    return frame.model_copy(update={"stance": combine(frame.stance, stance), "negated": negated})


def _actor_role(doc: Doc, actor_id: str | None) -> str | None:
    for actor in doc._.actors or []:
        if actor.id == actor_id:
            return actor.role
    return None


def _source_actor(doc: Doc, source: Span | None) -> str | None:
    """The actor of a source phrase; when the actor layer finds none, the discourse default of the
    quote layer ("he" continues the last named person speaking, "the minister" the last one titled so)."""
    if source is None or referents.possessed_body(source):
        return None
    found = referents.person_beside(doc, source) or actors.actor_for_phrase(doc, source)
    if found is None:
        found = resolve_unresolved(doc, source.root, source.root, lambda t: verb_cue(t) is not None)
    return found or referents.continued_official(doc, source)


def _aside(verb: Token, anchor: Token) -> bool:
    """'X, speaking in his address on Sunday, said': a subjectless participle on the cue verb."""
    on_cue = verb.dep_ == "advcl" and verb.head.i == anchor.i
    on_speaker = verb.dep_ == "acl" and verb.head.dep_ == "nsubj" and verb.head.head.i == anchor.i
    return (on_cue or on_speaker) and verb.tag_ == "VBG" and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _statement_date(doc: Doc, raw: RawFrame) -> str | None:
    """Time of the statement: a time expression attached to the cue verb or its subject, not its content."""
    finder = getattr(times, "time_for_token", None)
    if finder is not None:
        found = finder(doc, raw.anchor)
        if found is not None:
            return getattr(found, "id", found)
    content = raw.content_head
    for t in times.times_near(doc, raw.anchor):
        tok = doc.char_span(t.start, t.end, alignment_mode="expand")
        if tok is None:
            continue
        node = tok.root
        for _ in range(8):
            if node.i == raw.anchor.i:
                return t.id
            if (content is not None and node.i == content.i) or node.i == node.head.i or (
                node.pos_ in ("VERB", "AUX") and node.i != tok.root.i and not _aside(node, raw.anchor)):
                break
            node = node.head
    return None


def _embedding(frames: list[RawFrame], inner: RawFrame) -> RawFrame | None:
    """The frame whose cue directly governs ``inner``'s cue (no other cue in between), if any."""
    for f in frames:
        # "X said …, according to AFP": the according-phrase hangs from the inner cue, or from the
        # end of its content, while its own content holds the inner cue
        if f is not inner and f.rule == "according-to" and (
                f.anchor.head.i == inner.anchor.i
                or (f.start <= inner.anchor.idx < f.end and inner.start <= f.anchor.idx < inner.end)):
            return f
    anchors = {f.anchor.i: f for f in frames if f is not inner and f.entry.kind in _RELAY_KINDS}
    node = inner.anchor
    for _ in range(10):
        if node.head.i == node.i or node.dep_ in ("advcl", "appos"):
            # an adverbial clause ("…, while X insisted") or an apposition (", a figure that could
            # not be verified") is the writer's aside, not reported content
            return None
        node = node.head
        outer = anchors.get(node.i)
        if outer is not None:
            if outer.start <= inner.anchor.idx < outer.end:
                return outer
            return None
    return None


def _agrees(pronoun: str, actor_type: str | None) -> bool:
    if pronoun in ("he", "she", "i"):
        return actor_type == "person"
    if pronoun in ("it", "they", "we"):
        return actor_type in ("state", "igo", "org", "group")
    return False


def _prune(raws: list[RawFrame]) -> list[RawFrame]:
    """Drop sourceless noun frames inside another frame ("could not confirm reports that …"):
    the outer frame already says who vouches, and with what stance."""
    kept = []
    for r in raws:
        if r.rule == "noun" and r.source is None and any(
            o is not r and o.start <= r.start and r.end <= o.end for o in raws
        ):
            continue
        kept.append(r)
    return kept


def _outer_frames(raws: list[RawFrame]) -> dict[int, RawFrame | None]:
    """Each frame's relaying frame; a relay is never itself inside the frame it relays."""
    outer = {id(r): _embedding(raws, r) for r in raws}
    for r in raws:
        o = outer[id(r)]
        if o is not None and outer.get(id(o)) is r:
            outer[id(r) if r.rule == "according-to" else id(o)] = None
    return outer


def _cut_relay_tails(doc: Doc, raws: list[RawFrame], outer_of: dict[int, RawFrame | None]) -> None:
    """Content ends before a trailing "according to X" that relays the whole statement."""
    for r in raws:
        outer = outer_of[id(r)]
        if outer is not None and outer.rule == "according-to" and r.start <= outer.anchor.idx < r.end:
            end = outer.cue.start_char
            text = doc_text(doc)
            while end > r.start and not text[end - 1].isalnum() and text[end - 1] not in "”\"’)":
                end -= 1
            r.end = end


def build_frames(doc: Doc) -> list[Frame]:
    raws = _prune(find_frames(doc))
    outer_of = _outer_frames(raws)
    _cut_relay_tails(doc, raws, outer_of)
    sources = {id(r): _source_actor(doc, r.referent) for r in raws}
    # a pronoun subject in reported speech ("X said it estimated", "Y said he could not confirm")
    # is the reporting speaker when it agrees with them; else whatever coreference found, if anything
    types = {a.id: a.type for a in doc._.actors or []}
    for r in raws:
        if r.referent is None or r.referent.root.lower_ not in _PRONOUNS:
            continue
        outer = outer_of[id(r)]
        speaker = sources[id(outer)] if outer is not None and outer.rule != "according-to" else None
        if speaker is not None and (sources[id(r)] is None or _agrees(r.referent.root.lower_, types.get(speaker))):
            sources[id(r)] = speaker
    for r in raws:
        sources[id(r)] = referents.speaker_for_pronoun(doc, r.referent, r.anchor, (r.start, r.end), sources[id(r)])
    sources.update(phrase_actors(doc, [(id(r), r.entry.kind, r.referent) for r in raws], sources))
    frames: list[Frame] = []
    for r in raws:
        source = sources[id(r)]
        via: list[str] = []
        outer = outer_of[id(r)]
        seen = 0
        while outer is not None and seen < 5:
            outer_source = sources[id(outer)]
            if outer_source and outer_source != source and outer_source not in via:
                via.insert(0, outer_source)
            outer = outer_of[id(outer)]
            seen += 1
        stance, kind = frame_stance(r, _actor_role(doc, source))
        attribution = Attribution(
            source=source, cue=r.cue.text, stance=stance, negated=r.negated, via=via,
            date=_statement_date(doc, r),
        )
        frames.append(Frame(
            attribution=attribution, start=r.start, end=r.end, cue_start=r.cue.start_char,
            cue_end=r.cue.end_char, rule=r.rule, kind=kind,
            source_start=r.source.start_char if r.source is not None else None,
            source_end=r.source.end_char if r.source is not None else None,
        ))
    frames.sort(key=lambda f: (f.cue_start, f.start))
    return frames


def with_source(frame: Frame, source: str | None) -> Frame:
    """A copy of ``frame`` with another source (for callers that resolve speakers further)."""
    return replace(frame, attribution=frame.attribution.model_copy(update={"source": source}))


class AttributionTagger:
    def __call__(self, doc: Doc) -> Doc:
        # frames need the dependency parse; a pipeline without one gets none rather than an error
        doc._.frames = build_frames(doc) if len(doc) and doc.has_annotation("DEP") else []
        return doc


@Language.factory("sitroom_attribution", requires=["doc._.actors", "doc._.times"], assigns=["doc._.frames"])
def make_attribution_tagger(nlp: Language, name: str) -> AttributionTagger:
    return AttributionTagger()
