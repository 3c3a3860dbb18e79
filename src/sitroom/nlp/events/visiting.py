""""Visiting X": the person so described is on a visit, hosted by the side the sentence or dateline names.

Wire copy introduces a guest by the participle: "King Abdullah met with *visiting* Russian Deputy Foreign
Minister Sultanov", "BRATISLAVA — *Visiting* Russian Prime Minister Chernomyrdin said …". The parser reads
the participle as a modifier (never a trigger) or, sentence-first, as a gerund taking the name as its object;
either way no visit was coded. The visitor is the person the participle describes; the host is the
country of the party the sentence has receive them (the subject of the verb they are the object of), else
the country of the dateline's place. With neither, there is no host and ``hosts.py`` drops the visit.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from sitroom.nlp.events.hosts import actor_country

_WORD = "visiting"
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
_SUBJ = frozenset({"nsubj", "nsubjpass"})


def visitor_phrase(token: Token) -> Token | None:
    """The person "visiting" describes: its head as a modifier, or the name the parser made its object
    ("with *visiting* … Sultanov" read as a gerund); a real gerund visits a place ("visiting China")."""
    if token.lower_ != _WORD or token.tag_ != "VBG":
        return None
    if token.dep_ in _MODIFIER_DEPS and token.head.i != token.i and token.head.pos_ in ("PROPN", "NOUN"):
        return token.head
    if token.dep_ == "csubj" and token.i == token.sent.start:  # "Visiting X met Y": X parsed as the subject
        return next((c for c in token.head.children if c.dep_ == "nsubj" and c.ent_type_ == "PERSON"), None)
    return next((c for c in token.children if c.dep_ == "dobj" and c.ent_type_ == "PERSON"), None)


def _state_of(doc: Doc, country: str | None) -> str | None:
    return next((a.id for a in doc._.actors or [] if a.type == "state" and a.country == country), None)


def _receiver(token: Token, noun: Token) -> Token | None:
    """Who the sentence has receive the visitor: the subject of the verb the visitor is the object of
    ("King Abdullah met *visiting* X", "held talks *with visiting* X"), or the object of the verb a
    sentence-first "Visiting X" is the subject of ("Visiting X met King Abdullah")."""
    anchor = token if token.dep_ not in _MODIFIER_DEPS else noun
    if anchor.dep_ == "csubj":
        verb = anchor.head
        return next((c for c in verb.children if c.dep_ == "dobj"), None) or next(
            (o for p in verb.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children
             if o.dep_ == "pobj"), None)
    verb = anchor.head
    if anchor.dep_ in ("pobj", "pcomp") and verb.dep_ == "prep":
        verb = verb.head
    elif anchor.dep_ != "dobj":
        return None
    return next((c for c in verb.children if c.dep_ in _SUBJ), None)


def visiting_roles(doc: Doc, token: Token,
                   actor_of: Callable[[Doc, Token], str | None]) -> tuple[str | None, str | None] | None:
    """(visitor, host) for a "visiting X" trigger, or None when ``token`` is no such participle."""
    noun = visitor_phrase(token)
    if noun is None:
        return None
    visitor = actor_of(doc, noun)
    own = actor_country(doc, visitor)
    receiver = _receiver(token, noun)
    received = actor_of(doc, receiver) if receiver is not None else None
    country = actor_country(doc, received)
    if received is not None and country != own:
        return visitor, _state_of(doc, country) or received
    datelined = {p.country for p in doc._.places or [] if p.rule == "dateline" and p.country}
    host = next((_state_of(doc, c) for c in datelined if c != own), None)
    return visitor, host

