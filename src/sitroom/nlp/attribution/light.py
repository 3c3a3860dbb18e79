"""Light-verb cues: "made clear that", "took issue with", "raised concerns about", "is critical of".

In these constructions the verb carries little meaning of its own; the saying or the attitude is
in its object noun or its adjective complement. Neither word is a cue alone ("made a chair", "a
critical moment"), so the pairs are listed in ``cues.yaml`` (``light_verbs``) and a frame is made
only when the parse joins them: the word is the verb's object or complement, the verb has a
subject of its own (the source), and a clause or a prepositional object after the word gives
the content. Passives ("concerns were raised") name no source and make no frame.

Inside a quotation ('"I am confident we will win," she said') the pair makes no frame: what the
quoted speaker says is the quote's frame, and PolNeAR annotates no attribution nested in another's
content (on its train split, such frames were the bulk of the pairs' unmatched ones).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitroom.nlp.attribution.colon import inside_quotation
from sitroom.nlp.attribution.content import subtree_chars, trim
from sitroom.nlp.attribution.cues import CueEntry, lexicon, verb_cue
from sitroom.nlp.attribution.phrases import RawFrame
from sitroom.nlp.attribution.sources import noun_phrase, subject_of
from sitroom.nlp.attribution.stance import is_negated
from sitroom.nlp.doctext import tokens_with_lemma

_WORD_DEPS = frozenset({"dobj", "acomp", "ccomp", "oprd", "xcomp", "attr"})
_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "csubj", "acl", "xcomp"})
# what a light noun is about ("issue with", "a shot at", "support for"); "in"/"during" say where or when
_NOUN_PREPS = frozenset({"of", "about", "on", "for", "with", "at", "against", "over", "to", "toward", "towards",
                         "regarding", "concerning"})
# an attitude adjective's object ("critical of", "confident about"); "critical to/for" says importance
_ADJ_PREPS = frozenset({"of", "about", "on", "over", "with", "in", "toward", "towards", "regarding"})
# "it is clear that", "this is critical": a dummy or demonstrative subject holds no attitude
_NO_HOLDER = frozenset({"it", "this", "that", "which", "what", "there"})


def _light_word(verb: Token, words: dict[str, CueEntry]) -> Token | None:
    """The listed object or complement after the verb ("made *clear*", "took *issue*")."""
    for child in verb.children:
        if child.i > verb.i and child.dep_ in _WORD_DEPS and child.lemma_.lower() in words:
            return child
    return None


def _clause_after(verb: Token, word: Token) -> Token | None:
    for owner in (word, verb):
        for child in owner.children:
            if child.i > word.i and child.dep_ in _CLAUSE_DEPS and child.pos_ in ("VERB", "AUX"):
                # "is certain to rise", "sure to spur": likelihood of an event, not an attitude
                raising = word.pos_ == "ADJ" and child.dep_ == "xcomp"
                return None if raising or _adverbial(child) else child
    return None


def _adverbial(clause: Token) -> bool:
    """'made the remarks *when meeting* X': an adverbial clause is content only when it opens with
    "that" (the parse hangs "made it clear that …" as an adverbial clause of "clear")."""
    return clause.dep_ == "advcl" and not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _prep_object(verb: Token, word: Token) -> Token | None:
    preps = _ADJ_PREPS if word.pos_ == "ADJ" else _NOUN_PREPS
    for owner in (word, verb):
        for child in owner.children:
            if child.i > word.i and child.dep_ == "prep" and child.lower_ in preps:
                objs = [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
                if objs:
                    return objs[0]
    return None


def _content_head(verb: Token, word: Token) -> Token | None:
    """A clause after the word ("made clear *that …*"), else the object of its preposition."""
    clause = _clause_after(verb, word)
    if clause is not None:
        # "issued a statement saying …": the inner cue verb makes the frame itself
        return None if verb_cue(clause) is not None else clause
    return _prep_object(verb, word)


def _holder(verb: Token, word: Token) -> tuple[Token | None, Token | None]:
    if any(c.dep_ in ("nsubjpass", "csubjpass") for c in verb.children):
        return None, None
    subj, ref = subject_of(verb)
    if subj is None or (word.pos_ == "ADJ" and subj.lower_ in _NO_HOLDER) or subj.dep_ == "expl":
        return None, None
    return subj, ref


def light_frame(verb: Token) -> RawFrame | None:
    """A frame on a light verb and its listed word, or None when the parse does not join them."""
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ in ("aux", "auxpass", "amod"):
        return None
    words = lexicon().light.get(verb.lemma_.lower())
    word = _light_word(verb, words) if words else None
    if word is None or words is None:
        return None
    head = _content_head(verb, word)
    subj, ref = _holder(verb, word) if head is not None else (None, None)
    if head is None or subj is None:
        return None
    doc = verb.doc
    source = noun_phrase(subj)
    span = subtree_chars(head.subtree, {t.i for t in source})
    if span is None:
        return None
    start, end = trim(doc, *span)
    if end <= start:
        return None
    entry = words[word.lemma_.lower()]
    left = min([verb.i] + [c.i for c in verb.children if c.i < verb.i and c.dep_ in ("aux", "neg")
                                                            and verb.i - c.i <= 3])
    referent = noun_phrase(ref) if ref is not None else None
    return RawFrame(doc[left:word.i + 1], verb, entry, entry.stance, is_negated(verb), source, referent,
                    start, end, head, "light")


def light_frames(doc: Doc, used: set[int]) -> list[RawFrame]:
    """Light-verb frames on verbs that anchor no other frame."""
    light = lexicon().light
    found = []
    for tok in map(doc.__getitem__, tokens_with_lemma(doc, light)):
        if tok.i in used or inside_quotation(doc, tok):
            continue
        frame = light_frame(tok)
        if frame is not None:
            found.append(frame)
    return found
