"""An order to armed forces to act is the act it orders, not a coercion of the forces.

"The president *ordered the army to drive* the rebels out of the province": coercion
(PLOVER COERCE, the generic CAMEO 170 row for "order X to V") is something one party
does *to another*; a government ordering its own army is the chain of command, and what
the text tells is the use of force it sets going. The order keeps its mention, its
orderer as actor and its attribution, and takes the type of what it orders:

- the type of a trigger inside the ordered clause ("to resume *strikes* on militants":
  ASSAULT; "to *withdraw*": RETREAT), which the pattern table found but dropped as
  the order's content;
- else ASSAULT when the ordered verb is aimed at someone ("to act *against* the
  cells", "to drive them *out of* the town"), the conventional use of force (CAMEO 190).

Orders to civilians or other parties, and orders *not* to act ("ordered fighters not
to approach public institutions", a restraint put on them), stay COERCE. The order
verbs and the prepositions of aim are the word sets ``command_verbs`` and
``aim_preps`` of ``resources/event_guards.csv``; the forces are the pattern table's
``@troops`` and ``@military`` word sets.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from sitroom.nlp.events.cameo import cameo_info
from sitroom.nlp.events.guards import guard_words
from sitroom.nlp.events.patterns import Pattern, lemma_of, wordsets
from sitroom.nlp.events.roles import actor_of
from sitroom.nlp.events.triggers import carries_content, content_governors
from sitroom.records import Event

_GENERIC_COERCE = "170"  # CAMEO: coerce (the "order X to V" row)
_FORCE = "190"  # CAMEO: use conventional military force


@lru_cache(maxsize=1)
def _force_words() -> tuple[frozenset[str], frozenset[str]]:
    sets = wordsets()
    return sets["troops"], sets["military"]


def _forces(noun: Token) -> bool:
    """"the army", "troops", "the defence establishment": a body of armed forces."""
    troops, military = _force_words()
    if lemma_of(noun) in troops:
        return True
    return any(c.dep_ in ("compound", "amod") and lemma_of(c) in military for c in noun.children)


def _addressee(token: Token) -> Token | None:
    return next((c for c in token.children if c.dep_ in ("dobj", "dative")), None)


def _aims(clause: Token) -> list[Token]:
    """Where the ordered verb, or its object, is aimed: "to act *against* …", "to resume strikes *on* …"."""
    aims = guard_words()["aim_preps"]
    heads = [clause, *(c for c in clause.children if c.dep_ == "dobj")]
    return [c for h in heads for c in h.children if c.dep_ in ("prep", "prt") and c.lower_ in aims]


def _target(clause: Token) -> str | None:
    """The party the ordered act is aimed at: its object ("to drive *Ukrainian units* out"), else the
    object of an aiming preposition ("to act against *the militants*"); the forces ordered are no target."""
    doc = clause.doc
    objects = [c for c in clause.children if c.dep_ == "dobj"]
    objects += [o for p in _aims(clause) for o in p.subtree if o.dep_ == "pobj"]
    return next((found for o in objects if (found := actor_of(doc, o)) is not None), None)


def _forces_order(kind: str, cameo: str | None, token: Token) -> Token | None:
    """The ordered clause of "X ordered <armed forces> to V" (not "… not to V"), or None."""
    if kind != "COERCE" or cameo != _GENERIC_COERCE or lemma_of(token) not in guard_words()["command_verbs"]:
        return None
    addressee = _addressee(token)
    clause = next((c for c in token.children if c.dep_ == "xcomp"), None)
    if addressee is None or clause is None or not _forces(addressee):
        return None
    if any(c.dep_ == "neg" for c in clause.children):
        return None  # an order not to act restrains the forces
    return clause


def _ordered(clause: Token) -> list[Token]:
    """The words of what is ordered, breadth first: not the circumstances hung on it ("to resume
    strikes *after a rocket attack* …", a relative or adverbial clause, a subject)."""
    out, todo = [], [clause]
    while todo:
        tok = todo.pop(0)
        out.append(tok)
        todo += [c for c in tok.children if carries_content(c)]
    return out


def _ordered_trigger(clause: Token, triggers: dict[int, Pattern]) -> Pattern | None:
    """The trigger nearest the head of the ordered clause, within what is ordered."""
    return next((triggers[t.i] for t in _ordered(clause) if t.i in triggers and triggers[t.i].type != "COERCE"),
                None)


def ordered_content(token: Token, triggers: dict[int, Pattern]) -> bool:
    """True for a trigger inside what an order to armed forces orders: the order codes it."""
    for child, anc in content_governors(token):
        p = triggers.get(anc.i)
        if p is not None and child.dep_ == "xcomp" and _forces_order(p.type, p.cameo, anc) is not None:
            return True
    return False


def ordered_act(event: Event, token: Token, triggers: dict[int, Pattern]) -> Event:
    """An order to armed forces: the act it orders, typed by the trigger in the ordered clause ("to
    *withdraw*": RETREAT), else ASSAULT (CAMEO 190) where the clause is aimed at someone ("to act
    *against* the cells")."""
    clause = _forces_order(event.type, event.cameo, token)
    if clause is None:
        return event
    found = _ordered_trigger(clause, triggers)
    if found is not None:
        kind, cameo, mode, context = found.type, found.cameo, found.mode, found.context
    elif _aims(clause):
        kind, cameo, mode, context = "ASSAULT", _FORCE, None, "military"
    else:
        return event
    info = cameo_info(cameo) if cameo else None
    return event.model_copy(update={
        "type": kind, "cameo": cameo, "mode": mode, "context": context, "recipient": _target(clause),
        "intensity": info.goldstein if info else event.intensity, "rule": f"{event.rule}+ordered"})
