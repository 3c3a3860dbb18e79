"""What a number counts: the noun it modifies, its "of"-object, or the subject it is predicated of.

"1,500 special forces troops" -> "special forces troops"; "thousands of
civilians" -> "civilians"; "Russian casualties were almost 680,000" -> "Russian
casualties"; "the death toll rose to 3,000" -> "death toll". Modifiers that say
how many rather than what ("additional", "more") are dropped; proper adjectives
keep their case, other words are lowercased.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitroom.nlp.quantities.parse import currency_of, word_set

_NOUNS = ("NOUN", "PROPN")
_MODIFIER_DEPS = ("compound", "amod", "nmod")
_LEVEL_VERBS = {"be", "reach", "rise", "climb", "stand", "total", "number", "exceed", "top", "hit", "jump",
                "increase", "grow", "fall", "drop", "surpass", "pass", "near", "approach", "swell", "soar"}


def _drop() -> frozenset[str]:
    return word_set("unit_drop_modifiers")


def counted_noun(doc: Doc, number_tokens: range) -> Token | None:
    """The noun the amount counts, searched in the order of how directly the parse ties it."""
    inside = set(number_tokens)
    toks = [doc[i] for i in number_tokens]
    for tok in reversed(toks):  # the number modifies a noun after it
        head = tok.head
        if head.i not in inside and head.pos_ in _NOUNS and head.i > tok.i \
                and tok.dep_ in ("nummod", "amod", "quantmod", "compound", "nmod", "advmod"):
            return head
    for tok in reversed(toks):  # "thousands of civilians"
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                objs = [c for c in child.children if c.dep_ == "pobj" and c.pos_ in _NOUNS]
                if objs:
                    return objs[0]
    anchor = next((t for t in toks if t.head.i not in inside), toks[-1])
    if anchor.dep_ == "pobj" and anchor.head.lower_ == "of" and anchor.head.head.pos_ in _NOUNS \
            and anchor.head.head.i < anchor.i:
        return anchor.head.head  # "a crowd of 500,000", "a force of 3,000": the noun the amount measures
    return _predicated_subject(anchor) or _elided(anchor)


def _elided(anchor: Token) -> Token | None:
    """A bare number that leaves out the noun counted just before it: "1,600 observers monitored the
    vote, including some 465 from the OSCE", "won 112 seats out of 164"; the counted noun is the
    nearest one with a number of its own in the clause the phrase hangs on."""
    prep = anchor.head
    if anchor.dep_ != "pobj" or prep.dep_ != "prep":
        return None
    if prep.lower_ == "of" and prep.head.lower_ == "out":
        prep = prep.head
    elif prep.lower_ != "including":
        return None
    inside = {t.i for t in prep.subtree}
    counted = [t for t in prep.head.subtree if t.i < prep.i and t.i not in inside and t.pos_ in _NOUNS
               and any(c.dep_ == "nummod" for c in t.children)]
    return counted[-1] if counted else None


def _predicated_subject(anchor: Token) -> Token | None:
    """"casualties were almost 680,000", "the toll rose to 3,000": the subject the amount is a level of."""
    node = anchor
    if node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.lower_ in ("to", "at", "of", "over"):
        node = node.head
    verb = node.head
    if node.dep_ not in ("attr", "acomp", "dobj", "prep", "npadvmod", "oprd", "advmod"):
        return None
    if verb.lemma_.lower() not in _LEVEL_VERBS:
        return None
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in _NOUNS]
    return subj[0] if subj else None


def unit_phrase(noun: Token, exclude: set[int]) -> str:
    """The noun with the modifiers that say what is counted ("special forces troops")."""
    drop = _drop()
    keep: set[int] = {noun.i}
    for child in noun.lefts:
        if child.i in exclude or child.dep_ not in _MODIFIER_DEPS or child.lower_ in drop:
            continue
        for t in child.subtree:
            if t.i not in exclude and t.dep_ not in ("det", "poss", "case", "punct", "nummod", "cc") \
                    and t.lower_ not in drop:
                keep.add(t.i)
    doc = noun.doc
    kept = sorted(keep)
    parts: list[str] = []
    for n, i in enumerate(kept):
        t = doc[i]
        word = t.text if t.pos_ == "PROPN" or t.ent_type_ in ("NORP", "GPE") else t.lower_
        if n:
            prev = kept[n - 1]
            hyphenated = i == prev + 2 and doc[prev + 1].text in ("-", "\u2013")
            glue = "-" if hyphenated else "" if i == prev + 1 and not doc[prev].whitespace_ else " "
            parts.append(glue)
        parts.append(word)
    return "".join(parts)


def unit_for(doc: Doc, number_tokens: range) -> str | None:
    noun = counted_noun(doc, number_tokens)
    if noun is None:
        return None
    return currency_of(noun.lower_) or unit_phrase(noun, set(number_tokens))  # "25 billion U.S. dollars"
