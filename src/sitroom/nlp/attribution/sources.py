"""Who speaks in a reporting frame: the cue verb's subject as written, and the phrase naming its referent.

Subjects are often missing or misattached in news prose ("…, adding", "who said",
"X, in comments issued after …, said"); these rules recover them from the parse.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitroom.nlp.actors import component as actors
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
    if noun.head.i >= noun.i or any(c.dep_ not in _PHRASE_DEPS for c in noun.children if c.i < noun.i):
        return None
    left = min([noun.i] + [t.i for c in noun.children if c.i < noun.i for t in c.subtree])
    if left == 0 or doc[left - 1].text != "," or left <= sentence(verb).start + 1:
        return None
    if any(c.dep_ not in _TRAILING_DEPS for c in verb.children if c.i > verb.i):
        return None
    last = sentence(verb).end - 1
    while last > verb.i and doc[last].is_punct:
        last -= 1
    return noun if all(t.i <= last for t in verb.subtree) else None


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
    return inverted_source(verb) or stranded_source(verb)


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
