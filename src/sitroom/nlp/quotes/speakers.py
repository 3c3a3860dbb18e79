"""Who speaks a quote: the speech verb next to it, its subject, and the actor that subject names.

The parse is used only here, and only for the attribution clause around a
quote (the quote's own words are often mis-parsed by the small model). The
actor behind a subject comes from the actor layer (``actor_for_token``), which
also resolves pronouns and short names; this module adds nothing of its own on
that front, so "he said" is as good as the actor layer's coreference.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token

from sitroom.lexicon import load_yaml
from sitroom.nlp.actors.component import actor_at, actor_for_token
from sitroom.nlp.attribution.phrase_sources import phrase_actors
from sitroom.nlp.attribution.sources import agent_of, noun_phrase, quoted_as, quoting_speaker
from sitroom.nlp.doctext import doc_text, sentence
from sitroom.nlp.quotes.anaphora import continued_speaker, resolve_unresolved
from sitroom.nlp.quotes.bodies import body_of_spokesperson
from sitroom.nlp.quotes.clauses import tokens_in
from sitroom.nlp.quotes.subjects import first_subject, inverted_subject, name_before

_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
_CLIMB = ("conj", "xcomp", "advcl", "pcomp")
# Links by which a quoted phrase only sets the time or manner of a verb ('to ask "any time soon"').
_ADJUNCTS = frozenset({"npadvmod", "advmod", "tmod"})
# "“…” ― Jane Doe": a pull quote or vox pop signed with a dash and a name.
_DASH_NAME = re.compile(
    r"[ \t\u00a0]*[\u2015\u2014\u2013-][ \t\u00a0]*([A-Z][\w.'\u2019\- ]{1,60}?)[ \t\u00a0]*(?:[,.;(]|$)", re.M)


@dataclass(frozen=True)
class Cue:
    """A speech cue: the verb lemma's stance and kind (speech, report, denial, label …)."""

    lemma: str
    stance: str
    kind: str


@lru_cache(maxsize=1)
def cue_lexicon() -> dict[str, Cue]:
    """Verb cues from cues.yaml (shared with attribution) plus the quote-only verbs of quotes.yaml."""
    shared = load_yaml("cues.yaml").get("verbs", {}) or {}
    own = load_yaml("quotes.yaml")
    skip = set(own.get("not_speech_kinds", []))
    out: dict[str, Cue] = {}
    for source in (own.get("extra_verbs", {}) or {}, shared):
        for lemma, info in source.items():
            if info.get("kind") not in skip:
                out[lemma] = Cue(lemma, info.get("stance", "asserted"), info.get("kind", "speech"))
    return out


def cue_of(token: Token) -> Cue | None:
    """The cue a verb token carries, if it is a speech or labelling verb."""
    if token.pos_ not in ("VERB", "AUX") and token.tag_[:2] != "VB":
        return None
    if token.dep_ == "compound":
        return None  # "a chat show audience": a verb-tagged word inside a noun phrase says nothing
    if token.i > 0 and token.nbor(-1).text == "-" and not token.nbor(-1).whitespace_:
        return None  # "so-called", "self-declared": part of a compound, the mark of scare quotes
    return cue_lexicon().get(token.lemma_.lower())


def _coordinated_speech(token: Token) -> Token:
    """"X said five fighters had been killed and warned …": the parser hangs the second speech verb on the
    last verb of the reported clause; a speech verb without a subject belongs with the speech verb."""
    head = token.head
    if (token.dep_ == "conj" and head.dep_ == "ccomp" and cue_of(head) is None and cue_of(head.head) is not None
            and not any(c.dep_ in _SUBJECTS for c in token.children)):
        return head.head
    return token


def subject_of(token: Token, hops: int = 3) -> Token | None:
    """The subject of a verb, inherited from the governing verb for "…, adding", "to urge", "and added";
    for "Y quoted X as saying" (or "X was quoted by Y as saying") it is X, not the relaying Y."""
    quoted = quoted_as(token) or quoting_speaker(token)
    if quoted is not None:
        return quoted
    current = _coordinated_speech(token)
    for _ in range(hops + 1):
        subjects = [c for c in current.children if c.dep_ in _SUBJECTS]
        if subjects:  # two subjects means a mis-parse; the one nearest before the verb is the real one
            before = [c for c in subjects if c.i < current.i]
            return before[-1] if before else subjects[0]
        for child in current.children:  # passive "was quoted by X"
            agent = agent_of(child)
            if agent is not None:
                return agent
        if current.dep_ == "acl" and current.tag_ in ("VBD", "VBG") and current.head.i < current.i \
                and current.head.pos_ in ("NOUN", "PROPN"):
            # "Rivas, speaking …, called …": a finite verb mis-hung under its subject;
            # "demonstrators chanting slogans": a participle's subject is the noun it describes
            return current.head
        if current.dep_ == "pcomp" and current.head.dep_ == "prep":
            current = current.head  # "justified it by saying …": the speaker is the subject of "justified"
        if current.dep_ == "advcl" and current.head.pos_ == "ADV" and current.head.dep_ == "advmod":
            current = current.head  # "went so far as to call …": the adverb only bridges to the verb
        elif current.dep_ not in _CLIMB + ("prep",) or current.head is current:
            return None
        current = current.head
    return None


def _relative(subj: Token) -> Token:
    """"countries that had acknowledged …": the noun a relative pronoun stands for."""
    if subj.tag_ in ("WDT", "WP") and subj.head.dep_ == "relcl":
        return subj.head.head
    return subj


def _words(s: str) -> set[str]:
    return {w for w in re.findall(r"[a-z\u00c0-\u024f'\-]+", s.lower()) if len(w) > 1}


def name_match(doc: Doc, start: int, end: int) -> str | None:
    """The person actor whose name shares most words with the text [start, end).

    A fallback for names the entity model missed in one place ("…," Zelenskyy added;
    transcript labels in capitals) while finding them elsewhere in the article.
    """
    words = _words(doc_text(doc)[start:end])
    best: tuple[int, str] | None = None
    for actor in doc._.actors or []:
        if actor.type != "person":
            continue
        overlap = len(words & _words(actor.name))
        if overlap and (best is None or overlap > best[0]):
            best = (overlap, actor.id)
    return best[1] if best else None


def _inverted_person(doc: Doc, cue: Token) -> list[Token]:
    """The last named person in the phrase after an inverted speech verb: titles and bodies before it
    ("ECOWAS chair and Nigerian President X") describe that person, who is the one speaking."""
    persons = {a.id for a in doc._.actors or [] if a.type == "person"}
    found: list[Token] = []
    for tok in doc[cue.i + 1:sentence(cue).end]:
        if tok.is_punct and tok.text not in ("-", "'") or tok.tag_ in ("WP", "WDT"):
            break  # a relative clause ends the phrase: "said Saggar who came … to be attended by President X"
        if tok.pos_ == "PROPN" and actor_for_token(doc, tok) in persons:
            found = [tok]
    return found


def is_pronoun(tok: Token | None) -> bool:
    return tok is not None and tok.pos_ == "PRON"


def _subject_token(doc: Doc, cue: Token, window_end: int | None) -> Token | None:
    """The speech verb's subject: the parse's, then for a verb after its quote an inverted "said X" (or,
    where the parser made a title the verb and the name its object, as in '…," warned epidemiologist
    Clifford McDonald', the last person named before the content), then a name right before the verb,
    then the sentence's first subject."""
    subj = subject_of(cue)
    if subj is None and window_end is not None:
        subj = inverted_subject(cue, window_end) or next(
            (t for t in _inverted_person(doc, cue) if t.idx < window_end), None)
    return subj or name_before(cue) or first_subject(cue)


def speaker_of_cue(doc: Doc, cue: Token, window_end: int | None = None) -> tuple[str | None, Token | None]:
    """Actor id and subject token of a speech verb.

    The parse's subject first, then (for a verb after its quote, ``window_end`` given)
    an inverted "said X", then the sentence's first subject when the verb has none.
    """
    subj = _subject_token(doc, cue, window_end)
    if subj is None:
        return None, None
    subj = _relative(subj)
    # "The UN coordinator for Syria, Jane Doe, said": the appositive names the speaker.
    appos = [c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    if not appos and subj.i > cue.i:  # "said CARICOM chair and Guyanese President Irfaan Ali": two titles
        appos = _inverted_person(doc, cue)
    found = actor_for_token(doc, appos[0]) if appos else None
    if found is None and is_pronoun(subj):
        found = continued_speaker(doc, cue, subj, lambda t: cue_of(t) is not None, subject_of)
    found = found or actor_for_token(doc, subj)
    if found is None and subj.pos_ == "PROPN":
        names = [t for t in subj.subtree if t.pos_ == "PROPN" and t.i <= subj.i]
        found = name_match(doc, names[0].idx, subj.idx + len(subj))
    found = found or body_of_spokesperson(doc, subj)
    if found is None:
        found = resolve_unresolved(doc, subj, cue, lambda t: cue_of(t) is not None)
    found = found or _frame_source(doc, cue)
    if found is None and subj.pos_ == "NOUN":  # "the demonstrators", "doctors": an unnamed source
        found = phrase_actors(doc, [(0, "speech", noun_phrase(subj))], {}).get(0)
    return found, subj


def _frame_source(doc: Doc, cue: Token) -> str | None:
    """The source the attribution layer gave the frame of this very cue (an unnamed source, the issuer
    of "a ministry statement"), when the quote's own reading of the subject found no actor."""
    for frame in doc._.frames or []:
        if frame.cue_start <= cue.idx < frame.cue_end and frame.attribution.source is not None:
            return str(frame.attribution.source)
    return None


def according_to(tokens: Iterable[Token]) -> Token | None:
    """The named source of "according to X" among ``tokens``, if present."""
    for tok in tokens:
        if tok.lower_ == "according":
            for prep in tok.children:
                if prep.lower_ == "to":
                    objs = [g for g in prep.children if g.dep_ == "pobj"]
                    if objs:
                        return objs[0]
            nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
            if nxt is not None and nxt.lower_ == "to" and nxt.i + 1 < len(tok.doc):
                return tok.doc[nxt.i + 1]
    return None


def _is_attribution(tok: Token) -> bool:
    return cue_of(tok) is not None or tok.lower_ == "according"


def cue_in_window(doc: Doc, before: tuple[int, int], after: tuple[int, int],
                  quoted: Sequence[tuple[int, int]] = ()) -> Token | None:
    """The speech verb (or "according") of the attribution clause, outside any quote.

    After "X said," or "X said:" the clause before the quote; otherwise the first cue
    after the quote, else the last one before it: the nearest cue is the quote's own,
    a later one ("…, according to X, a trader who said …") is not.
    """
    def usable(tok: Token, lo: int, hi: int) -> bool:
        return (lo <= tok.idx and tok.idx + len(tok) <= hi and _is_attribution(tok)
                and not any(a <= tok.idx < b for a, b in quoted))

    lead = doc_text(doc)[before[0]:before[1]].rstrip()
    if lead.endswith((",", ":")):  # "X said, “…”": the clause before is the attribution
        for tok in reversed(tokens_in(doc, *before)):
            if usable(tok, *before):
                return tok
    for tok in tokens_in(doc, *after):
        if usable(tok, *after):
            return tok
    for tok in reversed(tokens_in(doc, *before)):
        if usable(tok, *before):
            return tok
    return None


def dash_signature(doc: Doc, close_at: int, end: int) -> str | None:
    """The actor named by a dash right after a quote ("“…” ― Jane Doe")."""
    m = _DASH_NAME.match(doc_text(doc), close_at, end)
    if m is None:
        return None
    return actor_at(doc, m.start(1), m.end(1)) or name_match(doc, m.start(1), m.end(1))


def last_cue(doc: Doc, start: int, end: int) -> Token | None:
    """The last speech verb in [start, end): "X told lawmakers:" before a quote in the next paragraph."""
    for tok in reversed(tokens_in(doc, start, end)):
        if cue_of(tok):
            return tok
    return None


def governing_cue(doc: Doc, start: int, end: int) -> list[Token]:
    """Speech verbs that govern a quoted phrase, innermost first (outside the quote itself)."""
    toks = [t for t in tokens_in(doc, start, end) if not t.is_punct]
    if not toks:
        return []
    found: list[Token] = []
    seen: set[int] = set()
    for tok in toks:
        for anc in tok.ancestors:
            if start <= anc.idx < end or anc.i in seen:
                continue
            seen.add(anc.i)
            if cue_of(anc):
                found.append(anc)
        if found:
            break
    return found


def adjunct_of(doc: Doc, start: int, end: int, verb: Token) -> bool:
    """True when the quoted words only modify ``verb`` as an adjunct: 'expect them to ask "any time in
    the near future"' quotes the reporter's source on when, not the subject of *ask* on anything."""
    tops = [t for t in tokens_in(doc, start, end) if not t.is_punct and not start <= t.head.idx < end]
    return bool(tops) and all(t.head.i == verb.i and t.dep_ in _ADJUNCTS for t in tops)
