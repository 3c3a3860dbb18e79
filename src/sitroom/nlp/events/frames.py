"""Frame conditions that look at the trigger's own position rather than its dependents.

The police and crowd-control vocabulary of regional copy needs tests the dependent-based
conditions of ``patterns.py`` cannot make: a result word ("shot *dead*", "beaten
*unconscious*") that the small parser hangs on the verb or on its object; a hyphenated or
spaced prefix ("*lathi*-charged", "a *baton* charge") that it often parses as the subject;
the trigger's own dependency ("an *arrest* warrant": a modifier, no arrest); and the word
that governs a nominal trigger ("safe from *arrest*", "evaded *arrest*"); what acts, wherever the parser
put it ("an earthquake *struck*", "the cyclone, which *struck*"), and the words joined with the trigger
("supply and *demand*"). Each is a small
function over one token, registered in ``frame_conditions._CONDITIONS``.

The dependent-based conditions also look where the parser misplaces a dependent of a verbal
phrase: an infinitive hung as a purpose clause after the object, a preposition hung on the
manner adverb, a noun read as the object of a gerund after the preposition
(``open_complements``, ``adverb_preps``, ``gerund_objects``).
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


def _causes(token: Token) -> list[Token]:
    """What the verb says acts: its subject (through a conjunct verb or a participle clause that has none,
    and from a relative pronoun to the noun it stands for) and the objects of a passive's "by" phrase."""
    verb = token
    while (not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and verb.head.i != verb.i
           and (verb.dep_ == "conj" or verb.dep_ == "advcl" and verb.tag_ == "VBG")):
        verb = verb.head  # "struck the island, *destroying* homes"
    out = [c for c in verb.children if c.dep_ == "nsubj"]
    out = [verb.head if c.tag_ in ("WDT", "WP") and verb.dep_ == "relcl" else c for c in out]
    if verb is not token:
        out.append(verb)  # "the plane *crashed*, killing 98": the happening the participle tells the effect of
    if token.dep_ == "acl" and any(c.dep_ == "dobj" for c in token.children):
        out.append(token.head)  # "a powerful earthquake killed 300": the parser's reduced relative with an object
    agents = [o for a in token.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    return out + agents + [o for a in agents for p in a.children if p.dep_ == "prep" and p.lower_ == "of"
                           for o in p.children if o.dep_ == "pobj"]  # "by bolts *of lightning*"


def cause_word(words: frozenset[str], token: Token) -> bool:
    """``cause:@hazards``: what acts is one of these words, or is named with one ("Typhoon Xangsane", "a
    7.6-magnitude earthquake"): "an earthquake *struck* the province" tells no use of force."""
    return any(_is(words, c) or any(m.dep_ in ("compound", "amod") and _is(words, m) for m in c.children)
               for c in _causes(token))


def joined_word(words: frozenset[str], token: Token) -> bool:
    """``conj:supply``: a word joined with the trigger, before or after it ("supply and *demand*")."""
    return any(_is(words, c) for c in token.conjuncts)


def own_dep(words: frozenset[str], token: Token) -> bool:
    """``as:compound``: the trigger's own dependency label."""
    return token.dep_.lower() in words


def governor(words: frozenset[str], token: Token) -> bool:
    """``gov:safe|evade``: the word the trigger depends on, through a preposition if there is one.

    A conjunct depends on what its first conjunct depends on: "faced murder and assault *charges*"
    (the parser joins "charges" to "murder", the object of "faced").
    """
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    head = token.head
    if head.i == token.i:
        return False
    if head.dep_ == "prep" and head.head.i != head.i:
        return _is(words, head) or _is(words, head.head)
    return _is(words, head)


def _to_infinitive(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def open_complements(token: Token) -> list[Token]:
    """The trigger's open clausal complements, with the parser's slip of one into a purpose clause.

    After a long object ("directed a panel *in Colchester, Essex,* to clear …") the small parser
    hangs the object's infinitive on the verb as an adverbial clause. An infinitive clause that
    follows the trigger's direct object is read as the complement the verb controls; with no object
    between ("agreed, to the surprise of many, …") it stays an adverbial clause.
    """
    found = [c for c in token.children if c.dep_ == "xcomp"]
    obj = next((c for c in token.children if c.dep_ == "dobj"), None)
    if obj is not None and not found:
        found = [c for c in token.children if c.dep_ == "advcl" and c.i > obj.i and _to_infinitive(c)]
    return found


def adverb_preps(token: Token) -> list[Token]:
    """Prepositions hung on the manner adverb right after the trigger: "spoke *positively of*".

    The CAMEO phrases write such a verb with its adverb and preposition ("SPEAK HIGHLY OF"); the
    small parser attaches the preposition to the adverb, so a ``prep:`` frame looks there too.
    """
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    inner = [c for p in stranded_particles(token) for c in p.children if c.dep_ == "prep"]
    if nxt is None or nxt.head.i != token.i or nxt.dep_ != "advmod" or nxt.pos_ != "ADV":
        return inner
    return [c for c in nxt.children if c.dep_ == "prep" and c.pos_ == "ADP"] + inner


def stranded_particles(token: Token) -> list[Token]:
    """"pulled *out* of the talks": the parser often takes the particle of a phrasal verb for a
    preposition with no object of its own, the real preposition hanging on it. Only right after the verb:
    with an object between ("forced two presidents out of office") the phrase tells where the object went."""
    return [c for c in token.children if c.dep_ == "prep" and c.i == token.i + 1
            and not any(x.dep_ in ("pobj", "pcomp") for x in c.children) and any(x.dep_ == "prep" for x in c.children)]


def gerund_objects(prep: Token) -> list[Token]:
    """The noun after a participle the parser read as a gerund: "bowed to *mounting pressure*".

    The small parser takes an -ing adjective right after a preposition as a gerund clause with the
    noun as its object; the noun is what the preposition governs.
    """
    return [o for c in prep.children if c.dep_ == "pcomp" and c.tag_ == "VBG" and c.i == prep.i + 1
            for o in c.children if o.dep_ == "dobj" and o.i == c.i + 1]


def hyphened(token: Token) -> list[str]:
    """"sit-in", "test-fire", "co-operation" as the table writes them: the tokenizer splits a hyphened
    word in three, and one part reads the whole word: the first where the parser made it the head of the
    last ("sit" of "sit-in"), else the last, by its lemma ("test-fired" → "test-fire")."""
    doc, i = token.doc, token.i
    out: list[str] = []
    if (i >= 2 and doc[i - 1].text == "-" and not doc[i - 2].whitespace_ and not doc[i - 1].whitespace_
            and token.head != doc[i - 2]):
        out.append(f"{doc[i - 2].lower_}-{token.lemma_.lower()}")
    if (i + 2 < len(doc) and doc[i + 1].text == "-" and not token.whitespace_ and not doc[i + 1].whitespace_
            and doc[i + 2].head == token):
        out.append(f"{token.lower_}-{doc[i + 2].lower_}")
    return out
