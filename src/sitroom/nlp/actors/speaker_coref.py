"""A pronoun that says something speaks for whoever spoke last.

Wire copy names a source once and then lets a pronoun carry it: "…, an ISAF statement said on
Thursday. A van was seen near the convoy, *it* said, adding …". The nearest earlier body of the
right kind is often a place or a party the statement talks about ("near Kabul of Afghanistan"), so a
pronoun that is itself the subject of a speech verb takes the latest actor named in the subject of an
earlier speech verb, within the sentences a pronoun may look back over. Only when there is none does
the usual choice (the most salient earlier mention) apply.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitroom.nlp.actors.drafts import ActorDraft
from sitroom.nlp.actors.mentions import Mention
from sitroom.nlp.attribution.cues import SPEECH_KINDS, cue_kind

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def _speech_verb(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") and cue_kind(token.lemma_) in SPEECH_KINDS


def speech_act(token: Token) -> bool:
    """A speech verb, or a verb whose object is a speech noun ("Dutton *gave a veiled warning*", "issued a
    statement"): its subject spoke as much as one who "warned"."""
    return _speech_verb(token) or token.pos_ == "VERB" and any(
        c.dep_ == "dobj" and cue_kind(c.lemma_) in SPEECH_KINDS for c in token.children)


def speaking(token: Token) -> bool:
    """The pronoun is the subject of a speech verb ("it said", "he added")."""
    return token.dep_ in SUBJECT_DEPS and _speech_verb(token.head)


def _slot(doc: Doc, m: Mention) -> int | None:
    """The subject token whose speaker the mention names: the subject itself, its owner or its name ("an
    *ISAF* statement said", "spokesman *Colonel Anisur Rahman* told"); a place the subject is based in
    names no speaker ("the *Brussels*-based thinktank said")."""
    if not 0 <= m.head < len(doc):
        return None
    tok = doc[m.head]
    if tok.dep_ in ("compound", "poss", "nmod", "appos") and tok.head.dep_ in SUBJECT_DEPS:
        tok = tok.head
    return tok.i if tok.dep_ in SUBJECT_DEPS else None


def last_speaker(doc: Doc, pronoun: Token, first: int, found: list[tuple[Mention, ActorDraft]]) -> ActorDraft | None:
    """The actor named as the subject of the latest speech verb between token ``first`` and the pronoun that
    has one of the pronoun's kind; a speech verb whose subject names none ("the thinktank said") is passed
    over. (Stopping at it instead lost quote speakers on the half of the dev split nobody reads.)"""
    by_slot: dict[int, list[tuple[Mention, ActorDraft]]] = {}
    for m, d in found:
        slot = _slot(doc, m)
        if slot is not None:
            by_slot.setdefault(slot, []).append((m, d))
    for i in range(pronoun.i - 1, first - 1, -1):
        verb = doc[i]
        if verb is pronoun.head or not speech_act(verb):
            continue
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < pronoun.i]
        named = [x for s in subjects for x in by_slot.get(s.i, [])]
        if named:
            return max(named, key=lambda x: x[0].end - x[0].start)[1]
    return None
