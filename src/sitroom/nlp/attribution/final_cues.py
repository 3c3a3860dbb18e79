"""The speaker of a sentence-final cue that the parse did not make its subject.

The small model often misreads "…, reported the Kyodo news agency", "…, Al-Akhbar newspaper
reported" and "…, witnesses and an AFP reporter said": it takes the speaker for an object or a
conjunct of the clause before the cue. These rules find that phrase again; the frame's content is
then the clause before the comma ahead of it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitroom.nlp.actors import component as actors
from sitroom.nlp.attribution.sources import noun_phrase, own_subject
from sitroom.nlp.doctext import sentence

_TRAILING_DEPS = frozenset({"prep", "npadvmod", "punct", "advmod"})
# verbs whose object is the hearer ("…, told AFP"), never an inverted speaker
_ADDRESSEE_VERBS = frozenset({"tell", "inform", "brief", "assure", "notify", "remind", "ask", "urge", "warn"})


def inverted_source(verb: Token) -> Token | None:
    """'Talks will resume next week, *reported the Kyodo news agency* on Monday.': the small model
    reads a sentence-final inverted cue as a second verb of the clause before it, with the speaker
    as its object. A cue verb after a comma, without a subject or clause of its own, whose object
    ends the sentence (time and place phrases aside) names the speaker of that clause."""
    doc = verb.doc
    if verb.lemma_.lower() in _ADDRESSEE_VERBS or verb.lower_ in ("told", "tells"):
        return None
    if verb.dep_ != "conj" or verb.head.i >= verb.i or verb.i == 0 or doc[verb.i - 1].text != ",":
        return None
    if own_subject(verb) is not None or any(c.dep_ in ("ccomp", "xcomp", "parataxis") for c in verb.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ not in ("PROPN", "NOUN") or obj.left_edge.i != verb.i + 1:
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in obj.subtree):
        return None  # "cited comments X had made": an object with a clause of its own is what was cited
    after = [c for c in verb.children if c.i > obj.i]
    if any(c.dep_ not in _TRAILING_DEPS for c in after):
        return None
    return obj


# words that may stand inside a stranded source phrase ("the official Al-Akhbar newspaper")
_PHRASE_DEPS = frozenset({"compound", "amod", "det", "punct", "poss", "case", "nmod"})


def _stranded_cue(verb: Token) -> bool:
    """A finite cue hung on an earlier verb ("…, X reported"), or one read as a participle on the
    noun right before it ("…, a poll official announced on Monday")."""
    if verb.dep_ == "acl":
        return verb.tag_ == "VBN" and verb.head.i == verb.i - 1
    return (verb.tag_ in ("VBD", "VBZ", "VBP") and verb.dep_ in ("advcl", "conj", "ccomp", "parataxis")
            and verb.head.i < verb.i - 1)


def _phrase_head(noun: Token) -> Token:
    """The head of the phrase a noun closes: "a press release of *the ministry*" is a release's phrase."""
    while noun.dep_ == "pobj" and noun.head.lower_ in ("of", "from") and noun.head.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head.head
    return noun


def _phrase_left(noun: Token) -> int | None:
    """Where the noun phrase that ``noun`` closes begins, when only modifiers stand before the noun
    ("the official Al-Akhbar *newspaper*"); None when a clause or other link opens it."""
    if any(c.dep_ not in _PHRASE_DEPS for c in noun.children if c.i < noun.i):
        return None
    return min([noun.i] + [t.i for c in noun.children if c.i < noun.i for t in c.subtree])


def stranded_source(verb: Token) -> Token | None:
    """'…, in Luxor, southern Egypt, *Al-Akhbar newspaper reported* Tuesday.': the small model hangs
    the subject of a sentence-final cue on the list of nouns before it (a conjunct or apposition of
    the last place) and leaves the cue without a subject. A subjectless cue verb with no complement,
    right after a noun phrase that follows a comma and is attached to something earlier, with only
    time and place phrases after it, has that phrase as its speaker."""
    doc = verb.doc
    if verb.lemma_.lower() in _ADDRESSEE_VERBS or verb.i < 2 or not _stranded_cue(verb):
        return None
    if own_subject(verb) is not None or any(
            c.dep_ in ("ccomp", "xcomp", "parataxis", "dobj", "nsubjpass") for c in verb.children):
        return None
    noun = _phrase_head(doc[verb.i - 1])
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in ("conj", "appos", "npadvmod", "pobj", "dobj"):
        return None
    if verb.dep_ == "acl" and actors.actor_for_token(doc, noun_phrase(noun)) is None:
        return None  # "the murder of X, *an attack blamed on* Y": a participle describing a thing
    left = _phrase_left(noun) if noun.head.i < noun.i else None
    if left is None or left == 0 or doc[left - 1].text != "," or left <= sentence(verb).start + 1:
        return None
    if any(c.dep_ not in _TRAILING_DEPS for c in verb.children if c.i > verb.i):
        return None
    last = sentence(verb).end - 1
    while last > verb.i and doc[last].is_punct:
        last -= 1
    return noun if all(t.i <= last for t in verb.subtree) else None


# links by which the parser hangs a stranded speaker on the clause before it
_HUNG = frozenset({"conj", "appos", "dobj", "pobj", "npadvmod"})


def swallowed_source(verb: Token) -> Token | None:
    """'…, prompting residents to retaliate, *witnesses and an AFP reporter said*.': the small model
    makes the clause before a sentence-final cue its complement and hangs the cue's subject on that
    clause's last noun, as an object or a conjunct after a comma. A subjectless root cue whose complement
    comes before it, right after such a phrase, with only time and place phrases after it, has it as speaker."""
    if verb.dep_ != "ROOT" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i < 2 or own_subject(verb) is not None:
        return None
    if verb.lemma_.lower() in _ADDRESSEE_VERBS or any(
            c.dep_ in ("ccomp", "parataxis") and c.i > verb.i or c.dep_ in ("dobj", "xcomp", "nsubjpass")
            or c.i > verb.i and c.dep_ not in _TRAILING_DEPS for c in verb.children):
        return None
    if not any(c.dep_ in ("ccomp", "parataxis") and c.i < verb.i for c in verb.children):
        return None
    return _hung_phrase(verb)


def _hung_phrase(verb: Token) -> Token | None:
    """The first word of the noun phrase right before ``verb`` that opens after a comma, walking back over
    "and"-joined conjuncts ("witnesses and an AFP reporter"), or None."""
    doc = verb.doc
    noun = doc[verb.i - 1]
    while noun.pos_ in ("NOUN", "PROPN") and noun.dep_ in _HUNG and noun.head.i < noun.i:
        left = _phrase_left(noun)
        if left is None or left <= sentence(verb).start + 1:
            return None
        if doc[left - 1].text == ",":
            return noun
        if doc[left - 1].dep_ != "cc":
            return None
        noun = noun.head
    return None


def coordinated_final_cue(verb: Token) -> int | None:
    """'A were killed and B were captured, *officials said* Monday.': the small model makes a sentence-final
    cue a conjunct of the first clause, with only the last clause as its complement; the cue reports all
    that comes before the comma ahead of its subject. The index of the subject's first word, if so."""
    subject = own_subject(verb)
    if verb.dep_ != "conj" or verb.head.i >= verb.i or subject is None or subject.i > verb.i:
        return None
    left = subject.left_edge.i
    clauses = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis")]
    if left == 0 or verb.doc[left - 1].text != "," or not clauses or any(c.i > verb.i for c in clauses):
        return None
    return None if any(c.dep_ not in _TRAILING_DEPS for c in verb.children if c.i > verb.i) else left


def content_cut(verb: Token, speech: bool, final: Token | None, source: Span | None) -> int | None:
    """Where a sentence-final cue's content ends: before its inverted speaker (``final``), or before the
    subject of a speech cue the parse hung on the first of joined clauses; None for any other cue."""
    if final is not None and source is not None:
        return min(verb.i, source.start)
    return coordinated_final_cue(verb) if speech else None


def final_speaker(verb: Token) -> Token | None:
    """The speaker of a sentence-final cue that the parse did not make its subject, if any."""
    return inverted_source(verb) or stranded_source(verb) or swallowed_source(verb)
