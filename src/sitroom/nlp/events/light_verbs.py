"""The verb a nominal trigger hangs from, and the noun that stands in the nominal trigger's place.

A nominal event borrows its doers, its date and its mood from the light verb it is the object of
("*launched* an attack", "*maintain* its cooperation"); a noun of time or number over the event noun
("ended *months of* talks", "a *wave of* arrests") stands where the event noun would.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.nlp.events.patterns import lemma_of, wordsets

_SETTING_PREPS = frozenset({"during", "after", "before", "amid", "following", "despite", "since", "until"})


def measured(token: Token) -> Token:
    """"ended *months of* talks", "a *wave of* arrests": a noun of time or number over an event noun stands
    where the event noun would (``measure_nouns``); the event noun itself otherwise."""
    head = token.head
    if (token.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN"
            and lemma_of(head.head) in wordsets().get("measure_nouns", frozenset())):
        return head.head
    return token


def light_verb(token: Token) -> Token | None:
    """The light verb a nominal trigger is the object of ("launched an attack", "maintain its cooperation");
    other governing verbs ("showed a deployment", "tracked the movement") lend it nothing."""
    token = measured(token)
    head = token.head
    verb = None
    if token.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB":
        verb = head
    elif token.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ == "VERB" \
            and head.lower_ not in _SETTING_PREPS:  # "took shelter during the attack": a setting, not a part
        verb = head.head
    if verb is not None and lemma_of(verb) in wordsets().get("light_verbs", ()):
        return verb
    return None
