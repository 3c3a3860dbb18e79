"""A region's adjective is no party when the phrase names the state or the people it stands for.

"the Arab country of Tunisia", "five African presidents, Denis Sassou-Nguesso, Yoweri Museveni, …":
the actor layer makes "Arab" and "African" actors of their own, with no code and no country,
because the tagger labels them as nationalities. Read as the head noun's pre-modifier they would
be the party of the phrase; the state the ``of`` phrase names, or the first person the appositive
list names, is the party the coders record.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token


def vague(doc: Doc, actor_id: str | None) -> bool:
    """An actor with neither code nor country: a region's or a creed's adjective the tagger named."""
    for a in doc._.actors or []:
        if a.id == actor_id:
            return a.code is None and a.country is None and a.type == "group"
    return False


def named_part(token: Token, actor_of: Callable[[Token], str | None]) -> str | None:
    """The actor an ``of`` phrase or an appositive on the head noun names, else None."""
    for child in token.children:
        if child.dep_ == "appos":
            found = actor_of(child)
            if found:
                return found
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in (c for c in child.children if c.dep_ == "pobj"):
                found = actor_of(obj)
                if found:
                    return found
    return None
