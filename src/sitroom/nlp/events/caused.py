"""The doer of an agentless passive, read from the event that did it: "were killed in the strikes".

"Seventeen people were killed in overnight strikes" names no killer, but the strikes it
happened in have one: their own (a possessive or modifier, "Israeli strikes"), or, when the
noun only points back, the actor of the latest earlier trigger of the same word ("Israel
struck Rafah … people were killed in the strikes"). The victim verb takes that actor when
its own clause gave none and it is no recipient of the same event.
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Token

from sitroom.nlp.doctext import sentence_back
from sitroom.nlp.events.arguments import prep_objects, preps
from sitroom.nlp.events.patterns import Pattern, index, lemma_keys

Roles = tuple[str | None, str | None]

_CAUSE_PREPS = frozenset({"in", "by", "during"})
_TYPES = frozenset({"ASSAULT"})
_SENTENCES_BACK = 5


def _assault_noun(noun: Token, triggers: Mapping[int, Pattern]) -> bool:
    """A nominal trigger of an assault, or a noun with an assault row of its lemma ("the strikes" left
    unmatched for want of a modifier is still a strike)."""
    if noun.i in triggers:
        return triggers[noun.i].type in _TYPES
    return any(p.type in _TYPES for key in lemma_keys(noun) for p in index().get((key, "NOUN"), ()))


def _cause_nouns(verb: Token, triggers: Mapping[int, Pattern]) -> list[Token]:
    """Assault nouns in the passive's *in/by/during* phrase."""
    out = []
    for prep in preps(verb):
        if prep.lower_ in _CAUSE_PREPS:
            out += [o for o in prep_objects(prep) if _assault_noun(o, triggers)]
    return out


def _earlier_actor(noun: Token, found: list[tuple[Token, Pattern]], table: Mapping[int, Roles]) -> str | None:
    """Actor of the latest earlier trigger of the same word, a few sentences back at most."""
    floor = sentence_back(noun, _SENTENCES_BACK).start
    keys = set(lemma_keys(noun))
    same = [t for t, _ in found if floor <= t.i < noun.i and table[t.i][0] and keys & set(lemma_keys(t))]
    return table[same[-1].i][0] if same else None


def caused_actors(found: list[tuple[Token, Pattern]], table: dict[int, Roles]) -> None:
    """In place: an agentless passive assault takes the actor of the assault it happened in."""
    triggers = {tok.i: p for tok, p in found}
    for tok, pattern in found:
        actor, recipient = table[tok.i]
        if actor is not None or pattern.type not in _TYPES or pattern.pos != "VERB":
            continue
        if not any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
            continue
        for noun in _cause_nouns(tok, triggers):
            own = table[noun.i][0] if noun.i in table else None
            doer = own or _earlier_actor(noun, found, table)
            if doer and doer != recipient:
                table[tok.i] = (doer, recipient)
                break
