"""Bare armed-force nouns that point back to the armed force last named.

"Israeli troops entered the town … rubber bullets fired by *soldiers*", "*the troops*
battled the protesters", "*its forces* drove the militia out": a plural noun for
soldiers with no country of its own names no new actor, and the role table does not
make it one (unlike "the military", it is not ``bare``). Read as the latest earlier
actor of the same role with a country, a few sentences back at most, it becomes a
mention of that actor, so events find "soldiers" as they find "Israeli troops".
A noun with a capitalised modifier ("Fano militia fighters", "UN troops") is a name
the lexicon did not know, never a pointer back.
"""

from __future__ import annotations

from functools import partial

from spacy.tokens import Doc, Token

from sitroom.nlp.actors.coref import _Index, link_back
from sitroom.nlp.actors.drafts import ActorDraft
from sitroom.nlp.actors.lexicon import ActorLexicon
from sitroom.nlp.actors.mentions import Mention
from sitroom.nlp.doctext import token_table

ROLES = frozenset({"MIL"})
SENTENCES_BACK = 5
_MODIFIERS = frozenset({"amod", "compound", "nmod", "poss"})


def _pointer(tok: Token, lex: ActorLexicon) -> str | None:
    """The role of a bare plural armed-force noun ("soldiers", "the troops", "its forces"), else None."""
    noun = lex.nouns.get(tok.lower_)
    if noun is None or noun.bare or noun.role not in ROLES or noun.type != "group" or tok.tag_ != "NNS":
        return None
    if tok.dep_ == "compound" or any(c.dep_ in _MODIFIERS and _capitalised(c) for c in tok.children):
        return None
    return noun.role


def _capitalised(tok: Token) -> bool:
    """A capitalised modifier makes a name ("UN troops"); a number does not ("14 soldiers were killed",
    "3,000 troops"): digits are neither lower nor upper case."""
    return tok.text[:1].isupper()


def _armed_force_of(role: str, draft: ActorDraft, _mention: Mention) -> bool:
    """An antecedent for a bare armed-force noun: a body or group of that role with a country."""
    return draft.role == role and bool(draft.country) and draft.type != "person"


def link_role_nouns(doc: Doc, drafts: list[ActorDraft], lex: ActorLexicon) -> None:
    """Add each bare armed-force noun as a mention of the latest earlier actor with its role and a country."""
    index = _Index(drafts)
    _, words = token_table(doc)
    for i in [i for i, word in enumerate(words) if word.lower() in lex.nouns]:
        tok = doc[i]
        role = _pointer(tok, lex)
        if role is None or index.covered(tok.idx, tok.idx + len(tok)):
            continue
        link_back(drafts, index, tok, SENTENCES_BACK, partial(_armed_force_of, role), "role_noun")
