"""Modality a noun phrase gives a nominal event: hoped for or feared ("hopes of talks"), or arranged
("talks were scheduled for May", "the upcoming summit", "a meeting for Tuesday"). The clause reader in
``stance.py`` reads verbs; these read the noun an event is named by.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.nlp.attribution.modality_words import words as _words
from sitroom.nlp.attribution.stance import to_infinitive


def hedging_noun(noun: Token) -> str | None:
    """"*Hopes of* talks between A and B rose", "*fears of* a backlash": the hedge noun whose complement
    the event noun is, or None; the event is hoped for or feared, not told as having happened."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("of", "for") or prep.head.pos_ != "NOUN":
        return None
    return prep.head.text if prep.head.lemma_.lower() in _words("hedge_nouns") else None


def scheduled_noun(noun: Token) -> str | None:
    """The word that makes a nominal event a plan, or None.

    A noun that is the subject of a passive scheduling verb ("talks were scheduled for May",
    "negotiations are expected to resume"), of "be to" ("the talks are to resume"), or of / modified
    by a passive "to"-infinitive ("a summit to be held in June") or a scheduling participle ("the
    meeting scheduled for Sunday") names something arranged, not done.
    """
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head  # "rounds *of talks* were scheduled": the measure noun carries the clause
    head = noun.head
    if noun.dep_ in ("nsubj", "nsubjpass") and head.i != noun.i:
        passive = any(c.dep_ == "auxpass" for c in head.children)
        if passive and (head.lemma_.lower() in _words("passive_planners") or to_infinitive(head)):
            return head.text
        if head.lemma_.lower() == "be" and any(c.dep_ == "xcomp" and to_infinitive(c) for c in head.children):
            return head.text
    for child in noun.children:
        if child.dep_ in ("acl", "relcl") and to_infinitive(child) and any(
                c.dep_ == "auxpass" for c in child.children):
            return child.text
        if child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() in _words("passive_planners"):
            return child.text  # "the meeting *scheduled* to take place this weekend", "talks *slated* for May"
    return _booked_for(noun) or _ahead(noun) or _awaited(noun)


def _awaited(noun: Token) -> str | None:
    """"*before* his visit to China", "*ahead of* the summit", "*prior to* the talks": the event noun of a
    preposition that places it after the clause's own time is still to come (``awaiting_preps``)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.i == noun.i:
        return None
    preps = _words("planned", "awaiting_preps")
    if prep.lower_ in preps:
        return prep.text
    two = f"{prep.head.lower_} {prep.lower_}"  # "ahead of", "prior to": the parser hangs "of" on "ahead"
    return two if prep.head.i != prep.i and two in preps else None


def _ahead(noun: Token) -> str | None:
    """"the *upcoming* summit", "*next* week's meeting", "*tomorrow*'s rally": a modifier that puts the
    event ahead of the telling (``modality.planned.noun_modifiers``)."""
    words = _words("planned", "noun_modifiers")
    for child in noun.children:
        if child.dep_ == "amod" and child.lower_ in words:
            return child.text
        if child.dep_ == "poss" and any(t.lower_ in words for t in child.subtree):
            return child.text
    return None


def _calendar_time(tok: Token) -> bool:
    """Whether ``tok`` lies in a time expression the times layer put on the calendar (not a duration)."""
    return any(t.value is not None and t.start <= tok.idx < t.end for t in tok.doc._.times or [])


def _booked_for(noun: Token) -> str | None:
    """"an emergency meeting *for Tuesday*", "called protests *for May 1*": "for" + a calendar date on
    the event noun (or on the verb whose object it is) books it for that day; "for two days" is a duration."""
    holders = [noun] + ([noun.head] if noun.dep_ == "dobj" and noun.head.i != noun.i else [])
    for holder in holders:
        for prep in (c for c in holder.children if c.dep_ == "prep" and c.lower_ == "for"):
            if any(g.dep_ == "pobj" and _calendar_time(g) for g in prep.children):
                return prep.text
    return None
