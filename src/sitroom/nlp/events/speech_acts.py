"""Who vouches for an act performed by speaking.

"X said Y must withdraw" is a demand made by X: the outlet reports that X demanded it, so the
demand is on the outlet's record (no source), while what X says about the world stays X's claim.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.records import Attribution, Event

# frame stances under which saying performs the act: a hedging cue ("suggested that the president
# should resign") softens a claim's truth, but the demand it makes is made all the same
_PERFORMING = frozenset({"asserted", "reported", "speculative"})


def asserted_saying(frame: Attribution | None, actor: str | None = None) -> Attribution:
    """The saying itself is vouched for by the frame's source with the frame's own stance.

    When the act is the speaker's own ("X must withdraw", said by S: a REQUEST by S), the saying
    is what the outlet reports: it is on the outlet's record (no source), asserted, unless the
    frame itself withholds (denied, unconfirmed).
    """
    if frame is None:
        return Attribution()
    if actor is not None and frame.source == actor and frame.stance in _PERFORMING:
        return Attribution(source=None, cue=frame.cue, stance="asserted", negated=False, date=frame.date)
    return frame.model_copy(update={"negated": False})


# acts performed by speaking: reported by their own speaker, the report is the act
_SPEECH_ACTS = frozenset({"REQUEST", "ACCUSE", "THREATEN"})
_FIRST_PERSON = frozenset({"i", "we"})


def performed(tok: Token, event: Event) -> Event:
    """'X said Y should go', 'X says it has called for talks': the speaker's demand, accusation or
    threat made by that very statement is on the outlet's record (see ``asserted_saying``). A speaker
    recounting an earlier act of their own ("we asked him", "she had asked", "said he invited him": the
    simple past of the complement tells an act done before the saying) keeps the source."""
    if event.type not in _SPEECH_ACTS or event.actor is None or event.attribution.source != event.actor:
        return event
    if _recounted(tok) or event.attribution.negated:
        return event
    return event.model_copy(update={"attribution": asserted_saying(event.attribution, event.actor)})


def _recounted(tok: Token) -> bool:
    """The act is told as done before the telling: a past perfect, a first-person subject, or the simple
    past of the reporting verb's own complement (not of a verb joined to it, which the parser may misplace)."""
    return (tok.tag_ == "VBD" and tok.dep_ == "ccomp"
            or any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ == "VBD" for c in tok.children)
            or any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _FIRST_PERSON for c in tok.children))
