"""Frame conditions that look at the trigger's own position rather than its dependents.

The police and crowd-control vocabulary of regional copy needs tests the dependent-based
conditions of ``patterns.py`` cannot make: a result word ("shot *dead*", "beaten
*unconscious*") that the small parser hangs on the verb or on its object; a hyphenated or
spaced prefix ("*lathi*-charged", "a *baton* charge") that it often parses as the subject;
the trigger's own dependency ("an *arrest* warrant": a modifier, no arrest); and the word
that governs a nominal trigger ("safe from *arrest*", "evaded *arrest*"). Each is a small
function over one token, registered in ``patterns._CONDITIONS``.
"""

from __future__ import annotations

from spacy.tokens import Token

_RESULT_DEPS = frozenset({"oprd", "acomp", "advmod", "xcomp", "ccomp"})
_HYPHENS = frozenset({"-", "\u2010", "\u2011", "\u2013"})


def _is(words: frozenset[str], token: Token) -> bool:
    return token.lemma_.lower() in words or token.lower_ in words


def result_word(words: frozenset[str], token: Token) -> bool:
    """``result:dead``: a result complement on the verb, or the parser's slip of it onto the object."""
    if any(c.dep_ in _RESULT_DEPS and _is(words, c) for c in token.children):
        return True
    return any(c.dep_ in ("dobj", "nsubjpass") and any(m.dep_ == "amod" and _is(words, m) for m in c.children)
               for c in token.children)


def prefix_word(words: frozenset[str], token: Token) -> bool:
    """``prefix:lathi``: the word right before the trigger, with or without a hyphen, or as its modifier."""
    doc, i = token.doc, token.i
    if i >= 1 and _is(words, doc[i - 1]):
        return True
    if i >= 2 and doc[i - 1].text in _HYPHENS and _is(words, doc[i - 2]):
        return True
    return any(c.dep_ in ("compound", "amod", "npadvmod") and _is(words, c) for c in token.children)


def own_dep(words: frozenset[str], token: Token) -> bool:
    """``as:compound``: the trigger's own dependency label."""
    return token.dep_.lower() in words


def governor(words: frozenset[str], token: Token) -> bool:
    """``gov:safe|evade``: the word the trigger depends on, through a preposition if there is one."""
    head = token.head
    if head.i == token.i:
        return False
    if head.dep_ == "prep" and head.head.i != head.i:
        return _is(words, head) or _is(words, head.head)
    return _is(words, head)
