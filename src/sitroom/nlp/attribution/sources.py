"""Who speaks in a reporting frame: the cue verb's subject as written, and the phrase naming its referent.

Subjects are often missing or misattached in news prose ("…, adding", "who said",
"X, in comments issued after …, said"); these rules recover them from the parse.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitroom.nlp.attribution.cues import verb_cue
from sitroom.nlp.doctext import sentence

_SUBJ_DEPS = ("nsubj", "csubj")
_CLIMB_DEPS = ("xcomp", "advcl", "conj", "pcomp", "acomp", "ccomp")
# "justified it *by saying* …", "*after saying* …": the speaker of the verb they hang from speaks
# ("apologised *for accusing* …" names a past act, not a statement the clause reports)
_MEANS_PREPS = frozenset({"by", "after", "before"})
_SOURCE_CUT = ("relcl", "acl", "appos", "punct", "advcl", "cc", "conj", "parataxis", "ccomp")


def noun_phrase(token: Token) -> Span:
    """The noun phrase of a source head, without relative clauses, appositions or trailing asides."""
    doc = token.doc
    left, right = token.i, token.i
    for child in token.children:
        if child.dep_ in _SOURCE_CUT:
            continue
        sub = list(child.subtree)
        if child.i < token.i:
            left = min(left, sub[0].i)
        else:
            right = max(right, sub[-1].i)
    while right > left and doc[right].is_punct:
        right -= 1
    return doc[left:right + 1]


def agent_of(child: Token) -> Token | None:
    """X of a passive's "by X" when ``child`` is that agent phrase, else None."""
    if child.dep_ != "agent":
        return None
    return next((g for g in child.children if g.dep_ == "pobj"), None)


def makers(noun: Token) -> list[Token]:
    """Who made a thing, named after "by" on the noun or on a participle of it ("a survey by MORI",
    "the results announced by election officials")."""
    bys = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"]
    bys += [a for c in noun.children if c.dep_ == "acl" for a in c.children if a.dep_ == "agent"]
    return [o for b in bys for o in b.children if o.dep_ == "pobj"]


def own_subject(tok: Token) -> Token | None:
    """The cue's subject; of two the parser gave it ('"… when a device detonated …," the military said'),
    the one nearest the cue, since the farther one belongs to a clause the parse lost."""
    subjects = [c for c in tok.children if c.dep_ in _SUBJ_DEPS]
    if len(subjects) > 1:
        return min(subjects, key=lambda c: abs(c.i - tok.i))
    for child in tok.children:
        if child.dep_ in _SUBJ_DEPS:
            return child
        agent = agent_of(child)
        if agent is not None:
            return agent
    return None


def fronted_subject(verb: Token) -> Token | None:
    """'X, in comments issued after …, said': a misparse hands X to the aside; take it back."""
    if own_subject(verb) is not None:
        return None
    doc = verb.doc
    for clause in (c for c in verb.children if c.i < verb.i and c.dep_ in ("ccomp", "advcl")):
        for subj in (t for t in clause.children if t.dep_ == "nsubj" and t.i < clause.i):
            right = max(t.i for t in subj.subtree)
            if right + 1 < len(doc) and doc[right + 1].text == "," and subj.left_edge.i == sentence(verb).start:
                return subj
    return None


_QUOTING = frozenset({"quote", "cite"})


def quoted_as(verb: Token) -> Token | None:
    """'Y quoted X as saying …' / 'X was quoted by Y as saying …': X speaks, Y only relays.

    The parse hangs "saying" on "as" under the quoting verb, whose subject (or passive
    agent) is the relay; the speaker is that verb's object, or its passive subject.
    """
    if verb.dep_ != "pcomp" or verb.head.lower_ != "as":
        return None
    quoting = verb.head.head
    if quoting.lemma_.lower() not in _QUOTING or quoting.i == verb.head.i:
        return None
    return next((c for c in quoting.children if c.dep_ in ("dobj", "nsubjpass")), None)


def quoting_speaker(verb: Token) -> Token | None:
    """X for the quoting verb itself when its "as saying" has no clause of its own ('"…," X was quoted
    by Y as saying'): the quotation is X's words, which the quoting verb then frames."""
    if verb.lemma_.lower() not in _QUOTING:
        return None
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"):
        for saying in (g for g in prep.children if g.dep_ == "pcomp"):
            if not any(c.dep_ in ("ccomp", "parataxis") for c in saying.children):
                return quoted_as(saying)
    return None


_TIME_ENTS = frozenset({"DATE", "TIME"})


def _antecedent(noun: Token) -> Token:
    """What a relative pronoun stands for: the noun its clause hangs on, unless the parser hung it on a
    date ("a poll … published by the Guardian *Wednesday, which claimed* …"): then the noun that date's
    phrase describes."""
    if noun.ent_type_ not in _TIME_ENTS:
        return noun
    head = noun.head
    for _ in range(3):
        if head.pos_ in ("NOUN", "PROPN") and head.ent_type_ not in _TIME_ENTS:
            return head
        if head.head is head:
            break
        head = head.head
    return noun


def subject_of(verb: Token) -> tuple[Token | None, Token | None]:
    """Subject of a cue verb as written, and the token that names its referent.

    A verb without its own subject ("…, adding", "to urge", "and said") inherits one from the
    verbs it hangs from, preferring a governing cue verb's subject (a parse often attaches
    "claiming …" to the reported clause rather than to "insisted"). A relative pronoun ("who
    said") refers to the noun its clause modifies; a participle on a noun ("reports saying")
    has that noun as its source.
    """
    fronted = fronted_subject(verb) or quoted_as(verb) or quoting_speaker(verb)
    if fronted is not None:
        return fronted, fronted
    first: tuple[Token, Token] | None = None
    current = verb
    for hop in range(6):
        subj = own_subject(current)
        if subj is not None:
            referent = subj
            if current.dep_ == "relcl" and subj.tag_ in ("WDT", "WP") and current.head.i != current.i:
                referent = _antecedent(current.head)
            if hop == 0 or verb_cue(current) is not None:
                return subj, referent
            first = first or (subj, referent)
        elif current.dep_ == "acl" and current.head.pos_ in ("NOUN", "PROPN"):
            found = (current.head, current.head)
            return found if first is None else first
        if current.dep_ in _CLIMB_DEPS and current.head.i != current.i:
            came = current.dep_
            current = current.head
            if (came == "pcomp" and current.dep_ == "prep" and current.lower_ in _MEANS_PREPS
                    and current.head.pos_ in ("VERB", "AUX")):
                current = current.head  # "justified the move *by saying* …": the speaker acts by speaking
            continue
        break
    return first if first is not None else (None, None)


def frame_speaker(verb: Token, content_is_subject: bool, final: Token | None) -> tuple[Token | None, Token | None]:
    """Subject as written and referent of a cue verb: a sentence-final speaker the parse missed
    (``final``); for a passive whose subject is what was said ("it was announced that …") nobody,
    except the speaker of "X was quoted as saying" (the relay stays unnamed or follows in a "by"
    phrase); else the subject (``subject_of``)."""
    if final is not None:
        return final, final
    if content_is_subject:
        spoken = quoting_speaker(verb)
        return spoken, spoken
    return subject_of(verb)
