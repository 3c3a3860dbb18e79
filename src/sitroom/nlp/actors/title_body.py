"""The body a title belongs to, named just before it: "senate deputy president", "opposition spokesman".

A title's role in the table is a guess for its usual holder ("president": head of state, GOV).
A role noun right before the title names the body this holder works in, and that body's role
is the person's: "senate (deputy) president" LEG, "opposition spokesman" OPP, "party leader"
PTY, "rebel commander" REB; it holds also for titles too vague to code alone ("spokesman").
"""

from __future__ import annotations

from spacy.tokens import Doc

from sitroom.nlp.actors.lexicon import ActorLexicon, RoleNoun

_MODIFIERS = frozenset({"amod", "compound", "nmod", "advmod", "nummod", "npadvmod", "hmod"})


def body_noun(doc: Doc, lex: ActorLexicon, i: int) -> RoleNoun | None:
    """The role noun of a body modifying the title at token ``i``, skipping one other title word
    ("senate deputy president"); None when there is none."""
    for j in range(i - 1, max(-1, i - 3), -1):
        tok = doc[j]
        if tok.dep_ not in _MODIFIERS or tok.head.i < i:
            return None
        noun = lex.nouns.get(tok.lower_)
        if noun is not None and noun.type in ("org", "group"):
            return noun
        if tok.lower_ not in lex.titles:
            return None
    return None


def of_body_noun(doc: Doc, lex: ActorLexicon, end: int) -> RoleNoun | None:
    """The role noun of a body named in the "of" phrase after a title: "chairman *of Pakistan's joint chiefs
    of staff committee*" is a military post, "head of the finance ministry's insurance department" a
    government one. Words up to the phrase's first punctuation mark are read, longest role phrase first."""
    if end >= len(doc) or doc[end].lower_ != "of":
        return None
    stop = next((k for k in range(end + 1, min(len(doc), end + 9)) if doc[k].is_punct), min(len(doc), end + 9))
    words = [t.lower_ for t in doc[end + 1:stop]]
    for size in (4, 3, 2, 1):
        for k in range(len(words) - size + 1):
            noun = lex.nouns.get(" ".join(words[k:k + size]))
            if noun is not None and noun.type in ("org", "group"):
                return noun
    return None
