"""A trigger noun that classifies another noun names a kind, not an event.

"summit meetings", "attack helicopters", "protest movement", "ceasefire lines": a noun in
the *compound* modifier slot says what sort of thing its head is. The event, if any,
is told by the head ("the summit meetings will take place") or by the clause; the
modifier adds no happening of its own, and gold counts none. So a nominal trigger
attached as a compound modifier is not emitted, unless its head is a generic word for
an act (``event_heads`` in ``resources/event_guards.csv``: "protest *actions*", "strike
*campaign*"), where the modifier is the only word that says which act it was.

Likewise a trigger noun under a free-choice determiner ("to prevent *any* possible
attack", "*every* clash") names the kind, not a particular happening: no one did it.
The determiners are ``nonspecific_dets`` in the same resource.

An act that a verb of prevention has as its object ("to prevent new clashes", "to avert
an attack on the capital", "deterred them from attacking") is one that did not take place:
the sentence tells the prevention, and gold codes no attack. The verbs are
``prevention_verbs`` in the same resource.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.nlp.events.guards import guard_words


def classifier(token: Token, nominal: bool) -> bool:
    """True when the nominal trigger ``token`` modifies another noun as a compound."""
    head = token.head
    return (nominal and token.dep_ == "compound" and head.pos_ in ("NOUN", "PROPN") and head is not token
            and head.lemma_.lower() not in guard_words()["event_heads"])


def nonspecific(token: Token, nominal: bool) -> bool:
    """True when the nominal trigger ``token`` has a free-choice determiner ("any attack")."""
    dets = guard_words()["nonspecific_dets"]
    return nominal and any(c.dep_ == "det" and c.lower_ in dets for c in token.children)


def averted(token: Token) -> bool:
    """True when the trigger ``token`` is what a verb of prevention keeps from happening."""
    verbs = guard_words()["prevention_verbs"]
    head = token.head
    if token.dep_ == "dobj":
        return head.lemma_.lower() in verbs
    if token.dep_ in ("pcomp", "pobj") and head.lower_ == "from":
        return head.head.lemma_.lower() in verbs
    return False


_NOUN_SLOTS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})


def participle_as_noun(token: Token) -> bool:
    """"most of *the arrested* were Hamas members", "*the accused* were released", "took *the injured* to
    hospital": a participle with an article names the people an act was done to, not a new act."""
    return (token.pos_ == "VERB" and token.tag_ in ("VBN", "VBD") and token.dep_ in _NOUN_SLOTS
            and any(c.dep_ == "det" for c in token.children))
