"""A gathering named only as the venue of another act is no consultation the article reports.

"Abbas and Shalom met *on the sidelines of a world information summit*", "he was elected
chairman *at the sixth AU summit* in Khartoum", "the presidents were here *for a two-day
summit*": the summit is where, or why, the act told by the verb took place. Its own
participants are not named, and the news is the verb's act, not the gathering; coding it
as a CONSULT adds a partyless mention. A gathering noun (word set ``gatherings`` of
``resources/event_guards.csv``: summit, conference, forum …) is such a venue when it is the
object of a venue preposition (``venue_preps``: at, during, throughout), of "on the sidelines
of" and the like (``venue_heads``), or of *for* after "be" or "here/there" ("in Tunis for a
summit"). A gathering one attends, hosts, holds, takes part in or calls is reported and kept
("took part in the summit", "summoned an emergency meeting"); so are talks and meetings
between named parties, which are never only a venue in the sense here (``gatherings`` lists
no talk or meeting).
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.nlp.events.guards import guard_words

_STAY = frozenset({"be", "here", "there"})


def _venue_prep(noun: Token) -> Token | None:
    """The preposition that makes ``noun`` a venue, climbing "the sidelines *of*"."""
    words = guard_words()
    if noun.dep_ != "pobj":
        return None
    prep = noun.head
    if prep.lower_ == "of" and prep.head.lemma_.lower() in words["venue_heads"] and prep.head.dep_ == "pobj":
        return prep.head.head
    return prep


def venue(token: Token, kind: str, nominal: bool) -> bool:
    """True for a gathering noun that only names where or why another act took place."""
    words = guard_words()
    if kind != "CONSULT" or not nominal or token.lemma_.lower() not in words["gatherings"]:
        return False
    prep = _venue_prep(token)
    if prep is None or prep.dep_ != "prep":
        return False
    if prep.lower_ in words["venue_preps"] or (prep.lower_ == "on" and prep is not token.head):
        return True
    return prep.lower_ == "for" and (prep.head.lemma_.lower() in _STAY or prep.head.lower_ in _STAY)
