"""Who did it when the clause does not say: the agent named inside a means or cause phrase.

"Three protesters were killed *in police firing*", "two died *during army shelling*",
"eight people were killed *in security-force firing*": a trigger with no agent of
its own takes the actor named just before a violence noun (the ``fire_nouns``
word set) in one of its prepositional phrases; a violence trigger inside such a
phrase ("during *army* shelling") takes the actor just before it. The small parser
often hangs these words wrongly ("police" as the object, "firing" as a clause),
so the phrase is read on the surface: the words between the preposition and the
noun. A passive whose time clause tells who acted ("killed *when police opened fire*")
takes that clause's subject. A passive with no such phrase ("eight people were killed") keeps no actor:
an unknown perpetrator stays unknown, never whoever is named nearby.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitroom.nlp.doctext import sentence
from sitroom.nlp.events.hidden_agents import hidden_agent, violent_cause_subjects
from sitroom.nlp.events.patterns import wordsets
from sitroom.nlp.events.roles import actor_of
from sitroom.nlp.events.subjects import span_actor

_PREPS = frozenset({"in", "by", "during", "from", "after", "amid", "under"})
_WINDOW = 5  # words from the preposition to the violence noun, at most
_STOP_POS = frozenset({"VERB", "AUX", "ADP", "SCONJ", "CCONJ", "PRON"})


def _violence(token: Token) -> bool:
    nouns = wordsets().get("fire_nouns", frozenset())
    return token.lower_ in nouns or (token.pos_ == "NOUN" and token.lemma_.lower() in nouns)


def _before(doc: Doc, noun: Token, floor: int) -> str | None:
    """The actor in the words after ``floor`` and before ``noun`` ("police" in "in police firing")."""
    start = noun.i
    while start - 1 > floor and not (doc[start - 1].pos_ in _STOP_POS or doc[start - 1].is_punct
                                     and doc[start - 1].text not in "-"):
        start -= 1
    if start >= noun.i:
        return None
    return span_actor(doc, start, noun.i)


def means_agent(doc: Doc, token: Token, exclude: str | None = None) -> str | None:
    """The actor of a violence noun in a prepositional phrase after ``token``, or right before it."""
    if _violence(token) and token.i > 0:
        found = _before(doc, token, max(token.i - _WINDOW, sentence(token).start) - 1)
        if found and found != exclude:
            return found
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ not in _PREPS:
            continue
        for noun in doc[prep.i + 1: min(prep.i + 1 + _WINDOW, sentence(token).end)]:
            if noun.is_punct and noun.text != "-":
                break
            if _violence(noun):
                found = _before(doc, noun, prep.i)
                if found and found != exclude:
                    return found
                break
    return None


def _when_agent(doc: Doc, token: Token, exclude: str | None) -> str | None:
    """"two youths were killed *when police opened fire*": the subject of a violent act in a time clause."""
    if not any(c.dep_ == "nsubjpass" for c in token.children):
        return None
    for subj in violent_cause_subjects(token):
        found = actor_of(doc, subj) or span_actor(doc, subj.left_edge.i, subj.i + 1)
        if found and found != exclude:
            return found
    return None


def with_means_agent(doc: Doc, token: Token, found: tuple[str | None, str | None]) -> tuple[str | None, str | None]:
    """``(actor, recipient)`` with the actor filled from a means phrase when the roles left it empty."""
    actor, recipient = found
    if actor is not None:
        return found
    return (means_agent(doc, token, exclude=recipient) or _when_agent(doc, token, recipient)
            or hidden_agent(doc, token, recipient)), recipient
