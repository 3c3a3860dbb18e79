"""Who acted when the parse hides the doer: unmarked passives, causes on a coordinated verb, prefixed verbs.

The roles step reads the ``by`` agent only when the verb has a passive subject. Two common
shapes of police reporting have none: a coordinated passive ("who was tracked down *and
killed by police*": the second verb carries the agent but the subject hangs on the first) and
a gerund passive ("before *being shot dead by police*"). A ``by`` phrase the parser labelled
``agent`` is the doer whatever the subject, so it is read directly.

A casualty count is often coordinated and its cause told once for both: "four people were
killed and three others injured *when police fired* on a mob" hangs the time clause on the
second verb. The subject of a violent act in a when/as clause of the trigger's coordinated
verbs is the actor, as ``agents`` reads it for a clause on the trigger itself. Nothing is
guessed from a name merely nearby: without an agent phrase or such a clause the actor stays
unknown.

A nominal clash "between A and B" has both parties in one phrase: the roles step takes one as
recipient, and the other is the actor.

A verb with a hyphenated prefix ("the cops *lathi*-charged us") is often parsed with the prefix
as its subject or modifier and the real subject hung on the prefix; the noun phrase right
before the prefix is then the doer.

A killing "in an encounter / a gunbattle / clashes *with* X" names its doer in the fight phrase:
the victims were on the other side.

The other way round, a trigger with a subject of its own that names no coded actor ("police
opened fire after *the mob* killed a constable") must not borrow the actor of the clause it
hangs on (``own_subject``, used by the events component).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from sitroom.nlp.doctext import sentence
from sitroom.nlp.events.arguments import prep_objects
from sitroom.nlp.events.patterns import match, wordsets
from sitroom.nlp.events.roles import actor_of
from sitroom.nlp.events.subjects import span_actor

_TIME_MARKS = frozenset({"when", "as", "after"})
_ASSAULT = "ASSAULT"
_FIGHTS = frozenset({"encounter", "clash", "gunbattle", "gun-battle", "firefight", "shootout", "skirmish",
                     "battle", "fighting", "exchange"})
_HYPHENS = frozenset({"-", "\u2010", "\u2011", "\u2013"})
_PREFIX_DEPS = frozenset({"nsubj", "npadvmod", "compound", "amod"})
_PHRASE_STOP = frozenset({"VERB", "AUX", "ADP", "SCONJ", "CCONJ"})


def _party_under(doc: Doc, token: Token, exclude: str | None, dep: str, word: str | None) -> str | None:
    """The first actor, other than ``exclude``, among the objects of the trigger's ``dep`` preposition."""
    for prep in token.children:
        if prep.dep_ != dep or (word is not None and prep.lower_ != word):
            continue
        for obj in prep_objects(prep):
            found = actor_of(doc, obj)
            if found and found != exclude:
                return found
    return None


def by_agent(doc: Doc, token: Token, exclude: str | None) -> str | None:
    """The actor of the trigger's own ``by`` agent phrase."""
    return _party_under(doc, token, exclude, "agent", None)


def _coordinated(token: Token) -> Iterator[Token]:
    yield from (c for c in token.children if c.dep_ == "conj" and c.pos_ == "VERB")
    if token.dep_ == "conj" and token.head.pos_ == "VERB":
        yield token.head


def violent_cause_subjects(verb: Token) -> list[Token]:
    """Subjects of the violent when/as/after clauses on ``verb`` ("were injured *when a rebel lobbed a
    grenade*"): a clause whose verb is listed as violent or that the event table codes ASSAULT."""
    acts = wordsets().get("violent_acts", frozenset())
    out: list[Token] = []
    for clause in verb.children:
        if clause.dep_ != "advcl" or not any(
                c.dep_ in ("mark", "advmod") and c.lower_ in _TIME_MARKS for c in clause.children):
            continue
        if clause.lemma_.lower() in acts or (row := match(clause)) is not None and row.type == _ASSAULT:
            out.extend(c for c in clause.children if c.dep_ == "nsubj")
    return out


def coordinated_cause(doc: Doc, token: Token, exclude: str | None) -> str | None:
    """The subject of a violent when/as clause on a verb coordinated with the passive trigger."""
    if token.pos_ != "VERB" or not any(c.dep_ == "nsubjpass" for c in token.children):
        return None
    for verb in _coordinated(token):
        for subj in violent_cause_subjects(verb):
            found = actor_of(doc, subj)
            if found and found != exclude:
                return found
    return None


def between_party(doc: Doc, token: Token, exclude: str | None) -> str | None:
    """"a clash *between* protesters *and police*": the party the recipient is not (a clash is mutual)."""
    return _party_under(doc, token, exclude, "prep", "between")


def prefix_subject(doc: Doc, token: Token, exclude: str | None) -> str | None:
    """The noun phrase before a hyphenated verb prefix the parser took for the subject ("police lathi-charged")."""
    if token.pos_ != "VERB" or token.i < 3 or doc[token.i - 1].text not in _HYPHENS:
        return None
    prefix = doc[token.i - 2]
    if prefix.head.i != token.i or prefix.dep_ not in _PREFIX_DEPS:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.i != prefix.i for c in token.children):
        return None
    start = prefix.i
    while start > sentence(token).start and not (doc[start - 1].is_punct or doc[start - 1].pos_ in _PHRASE_STOP):
        start -= 1
    found = span_actor(doc, start, prefix.i) if start < prefix.i else None
    return found if found != exclude else None


def fight_partner(doc: Doc, token: Token, exclude: str | None) -> str | None:
    """"two militants were killed *in an encounter with the police*": the side the victims fought."""
    if not (token.lemma_.lower() == "die" or any(c.dep_ == "nsubjpass" for c in token.children)):
        return None
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "during"):
            continue
        for noun in prep_objects(prep):
            if noun.lemma_.lower() not in _FIGHTS:
                continue
            for with_ in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "with"):
                for obj in prep_objects(with_):
                    found = actor_of(doc, obj)
                    if found and found != exclude:
                        return found
    return None


def own_subject(token: Token) -> bool:
    """True when the trigger names its own doer, coded or not ("after *the mob* killed a constable"):
    it then borrows no actor from the clause it depends on, which would make police the killers."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in token.children)


def hidden_agent(doc: Doc, token: Token, exclude: str | None) -> str | None:
    """The first doer one of the readings above finds, or None."""
    return (by_agent(doc, token, exclude) or coordinated_cause(doc, token, exclude)
            or between_party(doc, token, exclude) or prefix_subject(doc, token, exclude)
            or fight_partner(doc, token, exclude))
