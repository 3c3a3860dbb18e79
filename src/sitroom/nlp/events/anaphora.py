"""Nominal triggers that only point back to an event, not report one.

"The talks", "the summit", "the meeting" with neither actor nor recipient are,
in news prose, almost always references to a happening the article has told (or
will tell) with its participants: coding each of them as a mention adds an event
with no one in it. A nominal keeps its mention when something ties it to the
sentence's own report: a participant (actor, recipient or a *by* agent), an
indefinite article ("a summit in two weeks" is news), or a verb it is the object
or of a preposition on a verb ("attended the summit", "returned to the negotiations": the subject
takes part), unless that preposition only sets the time or scene ("said *at* the meeting",
"stressed *during* the meeting"). A bare noun owned by a date ("Monday's talks") points back
as "the talks" does; one whose phrase holds a year ("the March 2003 invasion") names a past happening of
its own, and so does one numbered as a round or session ("the fourth-round talks", "the fifth round of
the talks"): a series of meetings is told one session at a time.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.nlp.events.guards import guard_words
from sitroom.nlp.events.patterns import wordsets


def anaphoric(token: Token, actor: str | None, recipient: str | None) -> bool:
    """True when the noun ``token`` is a bare definite back-reference to an event."""
    if token.pos_ != "NOUN" or actor is not None or recipient is not None:
        return False
    definite = wordsets().get("definite", frozenset())
    if not any(c.dep_ == "det" and c.lower_ in definite for c in token.children) and not _dated(token):
        return False
    if any(c.dep_ in ("prep", "agent") and c.lower_ == "by" for c in token.children):
        return False
    if own_year(token) or numbered_session(token):
        return False
    return not object_of_verb(token)


def own_year(token: Token) -> bool:
    """"the March 2003 invasion", "the 1974 disengagement agreement": a year inside the noun phrase names a
    happening of its own, usually background told for the first time, not a pointer to today's news."""
    return any(w.ent_type_ == "DATE" and len(w.text) == 4 and w.text.isdigit()
               for left in token.lefts for w in left.subtree)


# What a bare dated nominal may carry besides its date: "Monday's *peace* talks".
_BARE = frozenset({"poss", "case", "compound", "punct"})


def _dated(token: Token) -> bool:
    """"Monday's talks", "Friday's demonstration": a bare noun owned by a date points back to the event
    told with that date, as "the talks" does; with anything more ("last week's failed talks in New York",
    "Tuesday's blast, the second since Sunday") the phrase tells something new."""
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    if owner is None or owner.ent_type_ not in ("DATE", "TIME"):
        return False
    return all(c.dep_ in _BARE for c in token.children)


def object_of_verb(token: Token) -> bool:
    """"attended the summit", "returned to the negotiations": the verb's subject takes part in it; not so
    for a preposition that only sets the time or scene ("stressed *during* the meeting", "raised *at* the
    meeting": ``setting_preps`` of ``event_guards.csv``)."""
    if token.dep_ == "dobj":
        return True
    head = token.head
    return (token.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ == "VERB"
            and head.lower_ not in guard_words()["setting_preps"])


# Nouns for one session of a series, numbered by an ordinal: "the fifth round", "the second session".
_SESSIONS = frozenset({"round", "session", "phase", "stage"})


def numbered_session(token: Token) -> bool:
    """"the fourth-round talks", "the fifth round of the talks": the noun names one numbered session."""
    def numbered(noun: Token) -> bool:
        return any(c.ent_type_ == "ORDINAL" for c in noun.children if c.dep_ in ("amod", "nummod", "compound"))
    rounds = [c for c in token.children if c.dep_ in ("amod", "compound") and c.lemma_.lower() in _SESSIONS]
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in _SESSIONS:
        rounds.append(token.head.head)
    return any(numbered(r) for r in rounds)
