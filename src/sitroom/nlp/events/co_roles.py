"""Further parties of one trigger that make further events.

A one-sided act with conjoined subjects ("Chile and Peru expelled …", "was condemned by Chile and Peru",
"states like Chile and Peru protested") was done by each of them, and
a request addressed to joined parties ("urged Lima and La Paz to …") was made to each, as a visit to
several countries ("will visit Lima and La Paz") is a visit to each; a joint act such as a meeting keeps
one event, since its parties are each other's partners.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitroom.nlp.events.arguments import objects, prep_objects, preps
from sitroom.nlp.events.examples import conjuncts, examples
from sitroom.nlp.events.guards import guard_words
from sitroom.nlp.events.patterns import Pattern
from sitroom.nlp.events.roles import PARTNERED, actor_of
from sitroom.nlp.events.subjects import subjects


def co_actors(doc: Doc, token: Token, pattern: Pattern, taken: tuple[str | None, ...]) -> list[str]:
    """Further actors of an event with conjoined doers ("Chile and Peru expelled …"): each did the
    act, so each is an actor of its own event. A joint act (a meeting, an accord) keeps one event when the
    subjects are each other's partners, and makes one per subject when the partner is a third party
    ("Egypt and Jordan signed treaties with Israel")."""
    others = [actor_of(doc, t) for t in doer_heads(token, pattern.pos == "NOUN")[1:]]
    if pattern.type in PARTNERED and (len(taken) < 2 or taken[1] is None or taken[1] in others):
        return []  # "A and B met": each is the other's partner, one joint event
    out: list[str] = []
    for found in others:
        if found and found not in taken and found not in out:
            out.append(found)
    return out


def doer_heads(token: Token, nominal: bool) -> list[Token]:
    """The phrases naming the doers, first to last: an active verb's subjects or the by-phrase of a passive
    or a noun ("condemned by Iran, Syria and Iraq", "condemnation by …"), a class noun replaced by its named
    examples ("states like …")."""
    if nominal or any(c.dep_ == "nsubjpass" for c in token.children):
        heads = [c for p in token.children if p.dep_ == "agent" or nominal and p.dep_ == "prep" and p.lower_ == "by"
                 for o in prep_objects(p) for c in conjuncts(o)]
    else:
        heads = subjects(token)
    return [named for head in heads for named in (examples(head) or [head])]


# Types whose act is addressed to each of several joined recipients ("called on A and B to …"): a
# request to two parties is a request to each, and so is a meeting, an accord or ties "with A and B"
# (the coders give each partner its event; dev sets C-I: event type +0.3 to +0.5 on five, -0.1 on two);
# so is an attack on or an arrest of "two Muslims and a Buddhist" (triple +1 on three sets, -1 on one).
_EACH_RECIPIENT = frozenset({"REQUEST", "ACCUSE", "THREATEN", "SANCTION",
                             "AGREE", "CONSULT", "COOPERATE", "SUPPORT", "AID", "ASSAULT", "COERCE"})


def _tour(token: Token, pattern: Pattern) -> bool:
    """A visit to several countries ("will visit Egypt, Jordan and Syria") is one visit to each: each
    has its own host, days and talks."""
    return pattern.type == "CONSULT" and token.lemma_.lower() in guard_words()["visits"]


_MODIFIERS = frozenset({"amod", "nmod", "compound"})


def joined_modifiers(head: Token) -> list[Token]:
    """"US and Iraqi forces", "Israeli and Palestinian officials": modifiers joined in one noun phrase,
    each naming a party of its own."""
    return [m for c in head.children if c.dep_ in _MODIFIERS and any(x.dep_ == "conj" for x in c.children)
            for m in conjuncts(c)]


def _modifier_parties(doc: Doc, heads: list[Token], taken: tuple[str | None, ...]) -> list[str]:
    """Parties named by the joined modifiers of the phrase that holds a role already taken."""
    countries = {a.id: a.country for a in doc._.actors or []}
    out: list[str] = []
    for head in heads:
        held = actor_of(doc, head)
        if held not in taken:
            continue
        for found in (actor_of(doc, m) for m in joined_modifiers(head)):
            # the modifier of the head's own country ("Iraqi" in "US and Iraqi forces") is that phrase's party
            if found and found not in taken and found not in out and countries.get(found) != countries.get(held):
                out.append(found)
    return out


def co_recipients(doc: Doc, token: Token, pattern: Pattern, actor: str | None, recipient: str | None) -> list[str]:
    """Further recipients of a verb event whose recipient is coordinated ("urged Lima and La Paz to …"), or
    named as examples of a class ("met five presidents, including A, B and C": one meeting each); for a
    verb or a noun, the parties of joined modifiers ("attacks on US and Iraqi forces": one attack on each)."""
    tour = _tour(token, pattern)
    if recipient is None:
        return []
    heads = [*objects(token), *(o for p in preps(token) for o in prep_objects(p))]
    if pattern.type in _EACH_RECIPIENT:
        joined = _modifier_parties(doc, heads, (actor, recipient))
        if joined or (pattern.pos != "VERB" and not tour):
            return joined
    elif pattern.pos != "VERB" and not tour:
        return []
    out: list[str] = []
    for head in heads:
        named = examples(head)
        if named:
            out.extend(found for found in (actor_of(doc, t) for t in named)
                       if found and found not in (actor, recipient) and found not in out)
            continue
        if pattern.type not in _EACH_RECIPIENT and not tour:
            continue
        if head.dep_ == "conj" or actor_of(doc, head) != recipient:
            continue
        for other in conjuncts(head)[1:]:
            if _speaking(doc, other):
                break  # "invaded a neighbourhood, witnesses and a reporter said": the rest is the speaker
            found = actor_of(doc, other)
            if found and found not in (actor, recipient) and found not in out:
                out.append(found)
    return out


def _speaking(doc: Doc, token: Token) -> bool:
    """The token opens the source phrase of a reporting frame (the parser may hang a sentence-final
    speaker on the last object as one more conjunct)."""
    return any(f.source_start is not None and f.source_end is not None and f.source_start <= token.idx < f.source_end
               for f in doc._.frames or [])
