"""Where a mention's own date sits when its trigger does not carry it.

A nominal trigger is often the subject or object of a verb that only says the
event happens, goes on or is opened: "talks *are expected to take place*
tomorrow", "clashes *were continuing* on Friday", "it would *open* talks next
month", "drills that the army *began* on Thursday". The time on that verb is the
event's own, unlike the time of a verb that reports or judges the event ("the
attack was *condemned* on Monday": the condemnation's date, not the attack's).
An active verb with the event as its subject says what the event did ("protests
*turned* violent on Friday"): its time is the event's too. Conversely a verb
trigger in a relative clause of an event noun ("an attack on April 22 *that
killed* 26") shares the noun's date, and a clause that is a relative clause of a
time ("since 1999, *when* …") takes that time. The verbs are the word set
``occurrence_verbs`` of ``event_wordsets.csv``.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.nlp.events.patterns import lemma_of, match, wordsets

_ARGUMENT = frozenset({"nsubj", "nsubjpass", "dobj"})
# Prepositions that put an event in the circumstances of a verb's own happening ("killed *in clashes*",
# "took command *with a call* for talks", "was *under curfew* on Wednesday"): the verb's time is the event's.
_COTEMPORAL = frozenset({"in", "with", "under", "during", "amid", "amidst", "through"})


def _occurrence(verb: Token) -> bool:
    return verb.pos_ in ("VERB", "AUX") and lemma_of(verb) in wordsets().get("occurrence_verbs", frozenset())


def _chain(verb: Token) -> list[Token]:
    """The verb and its open complements ("expected *to take* place"), nearest first."""
    out = [verb]
    for _ in range(2):
        nxt = next((c for c in out[-1].children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)
        if nxt is None:
            break
        out.append(nxt)
    return out


def _predicate_of_subject(verb: Token) -> bool:
    """An active verb with the event as its subject tells what the event did while it happened
    ("the protest *turned* violent", "the strike *paralysed* the port", "clashes *erupted*"), so its
    time is the event's. A passive verb ("the attack *was condemned* on Monday") is someone
    else's act on the event and has a subject of its own kind (``nsubjpass``), so it is not one."""
    return verb.pos_ == "VERB"


def _noun_anchors(token: Token) -> list[Token]:
    """Occurrence verbs of a nominal trigger: the one it is an argument of, or a relative clause on it."""
    first = token
    while first.dep_ == "conj" and first.head.pos_ in ("NOUN", "PROPN") and first.head is not first:
        first = first.head  # "riots and clashes were continuing": the coordination's head is the argument
    out: list[Token] = []
    if first.dep_ in _ARGUMENT and first.head is not first and _occurrence(first.head):
        out.extend(v for v in _chain(first.head) if v.pos_ in ("VERB", "AUX"))
    if first.dep_ == "nsubj" and first.head is not first and _predicate_of_subject(first.head):
        out.append(first.head)
    out.extend(c for c in token.children if c.dep_ == "relcl" and _occurrence(c))
    prep = first.head
    if (first.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in _COTEMPORAL
            and prep.head.pos_ in ("VERB", "AUX")):
        out.append(prep.head)
    return out


def _event_noun(token: Token) -> bool:
    pattern = match(token) if token.pos_ == "NOUN" else None
    return pattern is not None and pattern.pos == "NOUN"


def _clause_verb(token: Token) -> Token | None:
    """The trigger if it is a verb, else the first verb above it (a nominal's predicate)."""
    current = token
    for _ in range(4):
        if current.pos_ in ("VERB", "AUX"):
            return current
        if current.head is current:
            return None
        current = current.head
    return None


def time_head(token: Token) -> Token | None:
    """The word a trigger's clause modifies when that clause is a relative clause of a time: "since
    1999, *when* a NATO campaign ended the crackdown" dates the campaign and the crackdown in 1999.
    The caller checks that the word is part of a time expression."""
    verb = _clause_verb(token)
    if verb is None or verb.dep_ not in ("relcl", "acl") or verb.head is verb:
        return None
    return verb.head


def date_anchors(token: Token) -> list[Token]:
    """Tokens besides the trigger whose clause may hold the mention's own date, nearest first."""
    if token.pos_ == "NOUN":
        return _noun_anchors(token)
    if token.dep_ == "relcl" and token.head is not token and _event_noun(token.head):
        return [token.head]
    return []
