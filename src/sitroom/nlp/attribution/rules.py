"""Syntactic rules that find reporting frames: cue, source phrase, content span.

Each rule is a small function over the dependency parse and returns
``RawFrame``s; ``attribution.py`` then resolves sources to actors, links
relay chains and dates. Rules run as a cascade and keep their name as
provenance (``rule``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from sitroom.nlp.attribution.anonymity import withheld_name
from sitroom.nlp.attribution.colon import colon_frames
from sitroom.nlp.attribution.content import (
    adjacent_quote,
    after_colon,
    answer_of,
    as_clause,
    clause_region,
    declined_content,
    earlier_clauses,
    later_clauses,
    leading_statement,
    object_with_predicate,
    parenthetical,
    quote_extent,
    stranded_that_clause,
    subtree_chars,
    that_clause,
    trim,
    unbroken_start,
)
from sitroom.nlp.attribution.cues import CueEntry, lexicon, phrase_matches, verb_cue
from sitroom.nlp.attribution.final_cues import content_cut, final_speaker
from sitroom.nlp.attribution.light import light_frames
from sitroom.nlp.attribution.phrases import RawFrame, according_frame, adverb_frame, noun_frame
from sitroom.nlp.attribution.sources import frame_speaker, noun_phrase, own_subject, subject_of
from sitroom.nlp.attribution.stance import is_negated
from sitroom.nlp.doctext import sentence, tokens_with_pos
from sitroom.nlp.steps import Step, first
from sitroom.records import Stance

_CLAUSE_DEPS = ("ccomp", "parataxis")
_TIME_ENTS = ("DATE", "TIME")


def _evidence_subject(verb: Token) -> bool:
    """'A survey shows the ruling party ahead', 'images showed a deployment': evidence shows its object."""
    subj, _ = subject_of(verb)
    return subj is not None and subj.lemma_.lower() in lexicon().evidence_nouns


def _stranded(verb: Token, entry: CueEntry) -> list[Token]:
    """A speech cue's "that"-clause the parse hung on a noun after it (see ``stranded_that_clause``)."""
    found = stranded_that_clause(verb) if entry.is_speech else None
    return [found] if found is not None else []


def _content_of_verb(verb: Token, entry: CueEntry) -> Token | None:
    clause = [c for c in verb.children if c.dep_ in _CLAUSE_DEPS] or _stranded(verb, entry)
    if clause:
        # a misparse can hang the subject's aside on the verb as a second clause: the reported
        # clause is the one after the verb, or the quotation before it when none follows
        after = [c for c in clause if c.i > verb.i]
        return after[0] if after else clause[-1]
    if entry.requires:
        comp = [c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in entry.requires]
        if comp:
            return comp[0]
    if entry.requires_clause and not (entry.kind == "report" and _evidence_subject(verb)):
        return None
    xcomp = [c for c in verb.children if c.dep_ == "xcomp"]
    if xcomp and entry.kind in ("intent", "speech", "denial", "position"):  # "denied sending troops"
        return xcomp[0]
    dobj = [c for c in verb.children if c.dep_ in ("dobj", "attr")]
    if dobj:
        return dobj[0]
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("of", "about", "on", "for")):
        pobj = [g for g in prep.children if g.dep_ in ("pobj", "pcomp") and g.ent_type_ not in _TIME_ENTS]
        if pobj:
            return prep
    return None


def _passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "csubjpass") for c in verb.children)


_MODALS = frozenset({"could", "can", "will", "would", "may", "might", "should", "shall", "'ll", "wo"})
_EMPTY_CONTENT = frozenset({"what", "this", "that", "it", "something", "anything", "nothing", "which", "one"})


def _needs_clause(verb: Token) -> bool:
    """Infinitive and modal cues ("to ask", "could say") report speech only with a clause;
    a negated modal cue ("could not confirm") reports a refusal to vouch, whatever its object."""
    if is_negated(verb):
        return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    return any(c.dep_ == "aux" and (c.lower_ == "to" or c.lower_ in _MODALS) for c in verb.children)


def _fallback_content(verb: Token, entry: CueEntry) -> tuple[tuple[int, int] | None, str]:
    """Content of a cue verb without a complement: what its position in the sentence points to."""
    doc = verb.doc
    answer = answer_of(verb)
    region = clause_region(verb)
    candidates = (
        ("as", as_clause(verb) if entry.is_speech else None),
        ("parenthetical", parenthetical(verb)),
        ("colon", after_colon(doc, verb)),
        ("that", that_clause(verb)),
        ("quote", adjacent_quote(doc, region)),
        ("leading", leading_statement(verb, region) if own_subject(verb) is not None else None),
        ("answer", (answer.idx, answer.idx + len(answer)) if answer is not None else None),
    )
    for name, found in candidates:
        if found is not None:
            return found, name
    return None, ""


def _participle_without_speaker(verb: Token, head: Token | None, passive: bool, agent: bool) -> bool:
    return verb.tag_ == "VBN" and not agent and not any(
        c.dep_ in ("nsubj", "aux", "auxpass") for c in verb.children)


def _passive_modality(verb: Token, head: Token | None, passive: bool, agent: bool) -> bool:
    return passive and head is not None and head.dep_ not in _CLAUSE_DEPS and not agent


def _modal_without_clause(verb: Token, head: Token | None, passive: bool, agent: bool) -> bool:
    return head is not None and head.dep_ not in _CLAUSE_DEPS and _needs_clause(verb)


def _empty_object(verb: Token, head: Token | None, passive: bool, agent: bool) -> bool:
    if verb.dep_ == "relcl" and head is not None and head.tag_ in ("WDT", "WP"):
        return False  # "the attack, which X denies": the relative pronoun stands for the noun
    return (head is not None and head.dep_ in ("dobj", "attr") and head.lower_ in _EMPTY_CONTENT
            and head.n_lefts + head.n_rights == 0)


# Reasons a cue verb carries no frame, tried in order; the first that holds drops the candidate.
_NO_FRAME: tuple[Step[bool], ...] = (
    Step("participle_without_speaker", _participle_without_speaker, "when asked about the talks, …"),
    Step("passive_modality", _passive_modality, "the ceasefire is expected to hold"),
    Step("modal_without_clause", _modal_without_clause, "officials could say nothing"),
    Step("empty_object", _empty_object, "what he said"),
    Step("anonymity", lambda verb, head, passive, agent: withheld_name(head), "a diplomat who declined to be named"),
)


def _skip_next_statements(head: Token, skip: set[int]) -> None:
    """', adding that …' hung inside the reported clause is the speaker's next statement."""
    doc = head.doc
    for tok in head.subtree:
        if tok.dep_ == "advcl" and tok.tag_ == "VBG" and own_subject(tok) is None and verb_cue(tok):
            skip |= {t.i for t in tok.subtree}
            if tok.left_edge.i > 0 and doc[tok.left_edge.i - 1].is_punct:
                skip.add(tok.left_edge.i - 1)


def _head_span(verb: Token, head: Token, skip: set[int]) -> tuple[int, int] | None:
    """The content span under the complement head (a relative clause's content is its noun)."""
    doc = verb.doc
    if head.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        noun = verb.head
        # "the bombing of the station in Garissa, which X denies": a clause set off by a comma is
        # about the whole phrase, not the last noun the parse hung it on
        while (noun.i + 1 < head.i and doc[head.i - 1].text == "," and noun.dep_ == "pobj"
               and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("NOUN", "PROPN")):
            noun = noun.head.head
        phrase = noun_phrase(noun)  # "a figure that could not be verified": the figure
        return phrase.start_char, min(phrase.end_char, head.left_edge.idx)
    tokens = object_with_predicate(verb, head) if head.dep_ == "dobj" else list(head.subtree)
    tokens += earlier_clauses(verb, head) + later_clauses(verb, head)
    _skip_next_statements(head, skip)
    span = subtree_chars(tokens, skip)
    if span is not None and head.i < verb.i:
        span = quote_extent(doc, *trim(doc, *span), verb.idx)
    return span


def _stance_of(verb: Token, entry: CueEntry, cue: Span | None) -> tuple[Stance, bool]:
    """'could not confirm': the negation is the stance, not a negated statement."""
    negated = is_negated(verb)
    if negated and (entry.negated or (cue is not None and any(t.dep_ == "neg" for t in cue))):
        return entry.negated or entry.stance, False
    return entry.stance, negated


def _no_frame(verb: Token, head: Token | None, passive: bool, agent: bool, inverted: Token | None) -> bool:
    """Whether a reason of ``_NO_FRAME`` drops the candidate (an inverted cue has its speaker named)."""
    return inverted is None and first(_NO_FRAME, verb, head, passive, agent) is not None


def verb_frame(verb: Token, entry: CueEntry, cue: Span | None = None, rule: str = "verb") -> RawFrame | None:
    """A frame on a cue verb; content found by a cascade (complement, passive subject, 'as' clause,
    parenthetical, colon, adjacent quotation), with the rule that found it kept as provenance."""
    passive = _passive(verb)
    agent = any(c.dep_ == "agent" for c in verb.children)
    inverted = final_speaker(verb) if entry.kind in ("speech", "report") else None
    head = verb.head if inverted is not None and verb.head.i != verb.i else _content_of_verb(verb, entry)
    if _no_frame(verb, head, passive, agent, inverted):
        return None
    if entry.stance == "declined" and head is not None:
        head = declined_content(head)
    subj, ref = frame_speaker(verb, passive and head is not None and not agent, inverted)
    if passive and agent and head is None:
        head = next((c for c in verb.children if c.dep_ in ("nsubjpass", "csubjpass")), None)
    if subj is None and not (passive and head is not None) and verb.tag_ in ("VB", "VBG"):
        return None  # imperatives and bare infinitives ("Ask yourself", "to tell") report nobody
    source = noun_phrase(subj) if subj is not None else None
    referent = noun_phrase(ref) if ref is not None else None
    skip = {verb.i} | ({t.i for t in source} if source is not None else set())
    cut = content_cut(verb, entry.kind in ("speech", "report"), inverted, source)
    found = _content_span(verb, entry, head, cut, skip, rule)
    if found is None:
        return None
    start, end, how = found
    stance, negated = _stance_of(verb, entry, cue)
    cue_span = cue if cue is not None else _cue_span(verb)
    return RawFrame(cue_span, verb, entry, stance, negated, source, referent, start, end, head, how)


def _content_span(verb: Token, entry: CueEntry, head: Token | None, inverted: int | None, skip: set[int],
                  rule: str) -> tuple[int, int, str] | None:
    """Start, end and provenance of a cue verb's content, or None when it has none; ``inverted``: the
    token index the speaker of a sentence-final cue starts at (content ends at the comma before it)."""
    doc = verb.doc
    how = rule
    span: tuple[int, int] | None
    if inverted is not None:
        span = sentence(verb).start_char, doc[inverted - 1].idx  # the clause before ", reported X" / ", X reported"
        how = f"{rule}.inverted"
    elif head is not None:
        span = _head_span(verb, head, skip)
    elif not _needs_clause(verb):
        span, name = _fallback_content(verb, entry)
        how = f"{rule}.{name}"
    else:
        span = None
    if span is None:
        return None
    start, end = trim(doc, *span)
    if end <= verb.idx:
        start = unbroken_start(verb, start)
    return (start, end, how) if start < end else None


def _cue_span(verb: Token) -> Span:
    """The cue verb with its auxiliaries and negation ("could not confirm", "has said")."""
    doc = verb.doc
    left = verb.i
    for child in verb.children:
        if child.i < verb.i and child.dep_ in ("aux", "neg", "auxpass") and verb.i - child.i <= 3:
            left = min(left, child.i)
    return doc[left:verb.i + 1]


def _complement_of_cue(tok: Token) -> bool:
    """'refused to say', 'declined to confirm': the inner verb is part of the outer cue."""
    if tok.dep_ != "xcomp" or tok.head.i == tok.i:
        return False
    outer = verb_cue(tok.head)
    return outer is not None and bool(outer.requires) and tok.lemma_.lower() in outer.requires


_CUE_POS = frozenset({"VERB", "AUX", "NOUN"})


def find_frames(doc: Doc) -> list[RawFrame]:
    """All frames in the document: phrase cues first (they override the verb entry), then verbs and
    nouns, then light-verb pairs ("made clear that"), then "Name: statement" lines."""
    frames: list[RawFrame] = []
    used: set[int] = set()
    frame: RawFrame | None
    for span, entry in phrase_matches(doc):
        root = span.root
        if root.pos_ == "ADV" and len(span) == 1:
            frame = adverb_frame(span, entry)
        elif root.dep_ in ("prep", "agent") or root.pos_ == "ADP" or span[-1].pos_ == "ADP":
            frame = according_frame(span, entry)
        else:
            verbs = [t for t in span if t.pos_ == "VERB" and t.head not in span]
            frame = verb_frame(verbs[0], entry, span, "phrase") if verbs else None
        if frame is not None:
            frames.append(frame)
            used.add(frame.anchor.i)
    nouns = lexicon().nouns
    for tok in map(doc.__getitem__, tokens_with_pos(doc, _CUE_POS)):  # verb cues and noun cues only
        if tok.i in used or _complement_of_cue(tok):
            continue
        cue_entry = verb_cue(tok)
        frame = None
        if cue_entry is not None:
            frame = verb_frame(tok, cue_entry)
        elif tok.pos_ == "NOUN" and tok.lemma_.lower() in nouns:
            frame = noun_frame(tok, nouns[tok.lemma_.lower()])
        if frame is not None:
            frames.append(frame)
    frames.extend(light_frames(doc, {f.anchor.i for f in frames}))
    frames.extend(colon_frames(doc))
    return frames
