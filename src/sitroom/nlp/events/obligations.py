"""Obligations in reported speech: "X must withdraw", said by S, is a demand by S on X.

Who is obliged decides whether there is a demand at all. A speaker who puts the obligation on
itself ("we have to act", "I must merge with another party") states its own intention, so the
act keeps its type as a planned act; an obligation on nobody in particular ("something must be
done", "actions that have to be taken") names no party the demand is addressed to, so it is no
event. Only an obligation put on another party is a REQUEST.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitroom.nlp.events import context as context
from sitroom.nlp.events.cameo import cameo_info
from sitroom.nlp.events.clause_events import clause_event
from sitroom.nlp.events.roles import actor_of
from sitroom.nlp.events.speech_acts import asserted_saying
from sitroom.nlp.events.subjects import subjects
from sitroom.records import Attribution, Event

try:  # the reporting-verb lexicon, to find who utters "X must …"
    from sitroom.nlp.attribution import cues as _cues
except ImportError:  # pragma: no cover
    _cues = None  # type: ignore[assignment]

_SELF = frozenset({"i", "we"})
# Pronouns that point at no party: indefinite ("something"), dummy ("it") and relative ("that").
_NOBODY = frozenset({"something", "anything", "nothing", "everything", "more", "much", "it", "this", "that",
                     "which", "what", "there", "all", "less"})


def recode(base: Event, kind: str, cameo: str, suffix: str, **update: object) -> Event:
    """A mention of the act of saying that ``base`` is intended, threatened, required or refused."""
    info = cameo_info(cameo)
    return base.model_copy(update={
        "type": kind, "cameo": cameo, "mode": None, "intensity": info.goldstein if info else None,
        "rule": f"{base.rule}+{suffix}", "confidence": round(base.confidence * 0.9, 3), "quantity": None,
        **update,
    })


def _speaker(doc: Doc, token: Token, frame: Attribution | None) -> tuple[bool, str | None]:
    """(is the clause reported speech, who utters it): the reporting frame, else a speech verb above."""
    if frame is not None:
        return True, frame.source
    verb_cue = getattr(_cues, "verb_cue", None)
    current = token
    for _ in range(3):
        if current.dep_ not in ("ccomp", "xcomp", "conj") or current.head is current:
            return False, None
        current = current.head
        if verb_cue is not None and verb_cue(current) is not None:
            subj = subjects(current)
            return True, actor_of(doc, subj[0]) if subj else None
    return False, None


def obliged(token: Token) -> str:
    """Who the obligation of ``token``'s clause falls on: ``self``, ``nobody`` or ``other``."""
    subj = subjects(token)
    if not subj:
        return "other"
    head = subj[0]
    if head.lower_ in _SELF:
        return "self"
    if head.pos_ == "PRON" and head.lower_ in _NOBODY or head.tag_ in ("WDT", "WP"):
        return "nobody"
    return "other"


def not_yet(token: Token) -> bool:
    """"The candidates have *yet* to declare", "the rebels are yet to free them": the act has not happened
    and nobody is told to do it; it is still to come, as a duty one takes on is."""
    head = token.head
    return token.dep_ == "xcomp" and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in head.children)


def _asked(token: Token) -> bool:
    """"explained how football should be played", "asked whether troops must stay": an indirect question
    about a duty demands nothing of anyone."""
    return any((c.tag_ in ("WRB", "WP", "WDT") and c.i < token.i and c.dep_ != "nsubj")
               or (c.dep_ == "mark" and c.lower_ == "whether") for c in token.children)


def demand(doc: Doc, token: Token, base: Event | None, frame: Attribution | None) -> Event | None:
    """The REQUEST that an obligation in reported speech makes, or ``base`` as planned when self-imposed.

    None when there is nothing to record beyond ``base``: the outlet's own "must" is comment, and
    an obligation on nobody names no addressee.
    """
    reported, speaker = _speaker(doc, token, frame)
    if not reported or _asked(token):
        return None
    who = "self" if not_yet(token) else obliged(token)
    if who == "self":
        if base is None:
            return None
        return base.model_copy(update={
            "attribution": base.attribution.model_copy(update={"stance": "planned"}),
            "rule": f"{base.rule}+own_duty"})
    if base is None:
        if who == "nobody":
            return None
        subj = subjects(token)
        addressee = actor_of(doc, subj[0]) if subj else None
        return clause_event(token, "REQUEST", "100", speaker, addressee if addressee != speaker else None,
                            asserted_saying(frame, speaker), "request.must", 0.6, date=context.links(doc, token)[0])
    return recode(base, "REQUEST", "100", "must", actor=speaker,
                  recipient=base.actor if base.actor != speaker else None, attribution=asserted_saying(frame, speaker))
