"""A hope or wish voiced that another party will act is an appeal to that party.

"Tang *expressed the hope that* the Komei Party will carry forward the friendship", "He expressed his hope
that China will participate", "Dung expressed his *wish for* the Japanese government *to* continue its aid":
diplomatic prose asks by hoping. Coders record a REQUEST (CAMEO 100) from the one who hopes to the party
the hope is about; what is hoped for stays an event of its own. Only a clause whose subject is an actor
other than the one who hopes counts ("the hope that the talks would succeed" asks no one), and only the
noun "hope"/"wish" as the object of a verb of saying: the verb ("he hoped China would …") as often
states an expectation, and coding it cost two dev sets as much as it gained.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitroom.nlp.attribution import component as attribution_layer
from sitroom.nlp.events.clause_events import clause_event
from sitroom.nlp.events.patterns import lemma_of
from sitroom.nlp.events.roles import actor_of
from sitroom.nlp.events.subjects import subjects
from sitroom.records import Attribution, Event

_HOPES = frozenset({"hope", "wish"})
_VOICING = frozenset({"express", "voice", "convey", "reiterate", "state"})
_CAMEO = "100"


def _hoped_clause(token: Token) -> Token | None:
    """The clause a hope is about: "the hope that X will", "his wish for X to"."""
    clause = next((c for c in token.children if c.dep_ in ("acl", "ccomp", "relcl") and c.pos_ in ("VERB", "AUX")),
                  None)
    if clause is None:
        clause = next((v for p in token.children if p.dep_ == "prep" and p.lower_ == "for"
                       for v in p.children if v.dep_ in ("pcomp", "ccomp", "advcl") and v.pos_ == "VERB"), None)
    return clause


def _hoper(token: Token) -> Token | None:
    """Who voices the hope: the subject of "expressed", "voiced", "conveyed" … whose object it is."""
    if token.dep_ != "dobj" or lemma_of(token.head) not in _VOICING:
        return None
    found = subjects(token.head)
    return found[0] if found else None


def appeal(doc: Doc, token: Token) -> Event | None:
    """The REQUEST a voiced hope makes, or None."""
    if lemma_of(token) not in _HOPES or token.pos_ != "NOUN":
        return None
    clause, hoper = _hoped_clause(token), _hoper(token)
    if clause is None or hoper is None:
        return None
    actor = actor_of(doc, hoper)
    named = subjects(clause)
    recipient = actor_of(doc, named[0]) if named else None
    if actor is None or recipient is None or recipient == actor:
        return None
    frame = attribution_layer.attribution_for(doc, token.idx, token.idx + len(token))
    return clause_event(token.head, "REQUEST", _CAMEO, actor, recipient, frame or Attribution(), "request.hope", 0.55)
