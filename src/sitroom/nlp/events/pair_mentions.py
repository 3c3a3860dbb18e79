"""Phrases that stand for the two sides of a joint act named earlier ("they", "the two countries").

Wire copy names the parties of talks once ("talks between Peru and Chile") and then
refers to them as a pair: "the two sides agreed", "the two met", "a meeting between
the two sides", "the leaders of both countries held talks", "the two countries'
joint commission met". A joint act (AGREE, CONSULT, COOPERATE) with such a pair
phrase as its subject, in its *between* phrase, its possessive or its *of* phrase has
no named side of its own; ``shared_pairs`` (``events/parties.py``) lends it the two
sides of the latest earlier joint event that named both.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitroom.nlp.events.arguments import objects, prep_objects, preps
from sitroom.nlp.events.examples import joined_nouns

PLURAL_PRONOUNS = frozenset({"they", "we"})
# nouns that, counted as two or both, name the pair of parties ("the two kingdoms", "both sides")
SIDES = frozenset({"side", "party", "country", "government", "leader", "delegation", "minister",
                   "kingdom", "nation", "state", "neighbour", "neighbor", "president",
                   "man", "foe", "rival", "adversary", "enemy", "ally", "partner"})
BOTH = frozenset({"two", "both"})
_SUBJ = ("nsubj", "nsubjpass")
_NOMINAL_PREPS = frozenset({"between", "of"})


def pair_phrase(token: Token) -> bool:
    """"the two sides", "both countries", "the two" as a subject: a noun phrase for a pair of parties."""
    if token.lemma_.lower() in SIDES and any(c.lower_ in BOTH for c in token.children):
        return True
    return token.lower_ in BOTH and token.dep_ in _SUBJ


def holds_pair(noun: Token) -> bool:
    """A noun phrase that is a pair phrase, or whose possessive or *of* phrase is one ("the leaders of the
    two countries", "the two countries' commission")."""
    if pair_phrase(noun):
        return True
    inner = [c for c in noun.children if c.dep_ == "poss"]
    inner += [o for p in preps(noun) if p.lower_ == "of" for o in prep_objects(p)]
    return any(pair_phrase(t) for t in inner)


def nominal_pair(noun: Token) -> bool:
    """A nominal joint act whose sides are given only as a pair: "talks between the two sides", "a meeting
    of the two countries' commission", "the two kingdoms' talks"."""
    if any(pair_phrase(c) for c in noun.children if c.dep_ == "poss"):
        return True
    return any(holds_pair(o) for p in preps(noun) if p.lower_ in _NOMINAL_PREPS for o in prep_objects(p))


def subject_pair(holder: Token) -> bool:
    """A verb (or a nominal's light verb) whose subject, or passive's "by" phrase, stands for a pair:
    "they", "the two sides", "the two met", "leaders of the two countries meet", "the documents signed by
    the two countries"."""
    for subj in (c for c in holder.children if c.dep_ in _SUBJ):
        if subj.lower_ in PLURAL_PRONOUNS or holds_pair(subj):  # also "leaders of the two countries met"
            return True
    return any(holds_pair(o) for p in holder.children if p.dep_ == "agent" for o in prep_objects(p))


def story_pair(doc: Doc) -> tuple[str, str] | None:
    """The two states a bilateral story is about: the two most mentioned, when they stand out (two
    mentions each at least, and more than any third)."""
    counts = sorted(((len(a.mentions), a.id) for a in doc._.actors or [] if a.type == "state"), reverse=True)
    if len(counts) < 2 or counts[1][0] < 2 or len(counts) > 2 and counts[2][0] >= counts[1][0]:
        return None
    return counts[0][1], counts[1][1]


PEOPLE_SIDES = frozenset({"leader", "president", "minister", "man", "foe", "rival", "adversary", "enemy"})
STATE_SIDES = frozenset({"country", "nation", "state", "kingdom", "neighbour", "neighbor"})


def pair_kind(holder: Token) -> str | None:
    """"the two leaders" stand for two people, "the two countries" for two states; None when the pair
    phrase says neither ("the two sides", "they")."""
    for token in holder.subtree:
        lemma = token.lemma_.lower()
        if any(c.lower_ in BOTH for c in token.children):
            if lemma in PEOPLE_SIDES:
                return "person"
            if lemma in STATE_SIDES:
                return "state"
    return None


def pairs_of_kind(holder: Token, pairs: list[tuple[int, tuple[str | None, str | None]]]
                  ) -> list[tuple[int, tuple[str | None, str | None]]]:
    """The pairs whose two sides are of the kind the pair phrase of ``holder`` names ("the two leaders
    will discuss": two people, not the two countries named in between); empty when it names no kind."""
    kind = pair_kind(holder)
    if kind is None:
        return []
    types = {a.id: a.type for a in holder.doc._.actors or []}
    return [(i, r) for i, r in pairs if all(types.get(x or "") == kind for x in r)]


def bilateral(token: Token, roles: tuple[str | None, str | None]) -> bool:
    """"the bilateral economic cooperation", "could enhance *bilateral* relations": a joint act of a pair it
    does not name, with no partner found (its doer may be one side)."""
    if roles[1] is not None:
        return False
    nouns = [token, *joined_nouns(token)] if token.pos_ == "NOUN" else objects(token) if token.pos_ == "VERB" else []
    return any(c.dep_ == "amod" and c.lower_ == "bilateral" for n in nouns for c in n.children)


def fitted(doc: Doc, roles: tuple[str | None, str | None], pair: tuple[str | None, str | None]
           ) -> tuple[str | None, str | None]:
    """The pair's two sides for an act that named neither; for one whose doer is named, the pair with the
    doer's side first, where the doer is one side or of its country ("his visit could enhance bilateral
    relations": the visitor's country and the host); else the roles unchanged."""
    actor = roles[0]
    if actor is None:
        return pair
    if actor in pair:
        return actor, pair[1] if pair[0] == actor else pair[0]
    countries = {a.id: a.country for a in doc._.actors or []}
    own = countries.get(actor)
    for side, other in (pair, pair[::-1]):
        if own is not None and countries.get(side or "") == own:
            return side, other
    return roles
