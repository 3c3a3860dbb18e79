"""The PLOVER manual's single category for a mention that sitroom records as type + stance.

sitroom keeps *what* would happen (the type) apart from *whether* it happened (the
attribution's stance): "Kenya will host talks next month" is one CONSULT mention with
stance ``planned``. That is the manual's ``future`` auxiliary mode, and it is how
the project's annotators code such sentences. The manual itself prefers to collapse
some category + ``future`` pairs into one category: future CONSULT, SUPPORT, COOPERATE
and AID are AGREE (an intention to cooperate), an announced withdrawal (RETREAT +
``future``) is CONCEDE, and a future CONCEDE stays CONCEDE.

PLOVER 0.5b1 (2017), the edition its gold-standard records were coded with, still
read *all* future cooperative actions as AGREE, announced withdrawals and
concessions included; ``edition="0.5b1"`` reproduces that for scoring those records.
Both editions read a planned conflictual act as THREATEN ("THREATEN could be ASSAULT +
hypothetical … return the single event category").

Emitting both readings as two mentions would count one happening twice, so the
record holds one mention and ``manual_coding`` derives the manual's category from it
for consumers who score or export by the manual (the PLOVER gold benchmark does).
The collapsed mention is an asserted act (the intention was stated), with the CAMEO
code of that intention.
"""

from __future__ import annotations

from sitroom.nlp.events.cameo import cameo_info
from sitroom.records import Event

_AGREE = {"CONSULT": ("AGREE", "036"), "SUPPORT": ("AGREE", "032"), "COOPERATE": ("AGREE", "031"),
          "AID": ("AGREE", "033")}
_THREATEN = {"ASSAULT": ("THREATEN", "138"), "MOBILIZE": ("THREATEN", "138"), "COERCE": ("THREATEN", "132"),
             "SANCTION": ("THREATEN", "131"), "PROTEST": ("THREATEN", "133")}
# Per manual edition: planned type -> (the manual's category, CAMEO code of the stated intention).
_COLLAPSE: dict[str, dict[str, tuple[str, str]]] = {
    "current": {**_AGREE, **_THREATEN, "RETREAT": ("CONCEDE", "035")},
    "0.5b1": {**_AGREE, **_THREATEN, "RETREAT": ("AGREE", "035"), "CONCEDE": ("AGREE", "035")},
}
EDITIONS = tuple(_COLLAPSE)
# Per manual edition: CAMEO codes whose category moved between editions. The 2021 CAMEO-to-PLOVER table
# puts destroying property (1712: arson, torching, looting) under ASSAULT, as sitroom records it; the
# 0.5b1 gold-standard records still code it as COERCE.
_MOVED: dict[str, dict[str, str]] = {"current": {}, "0.5b1": {"1712": "COERCE"}}
# Stances that report an act as still to come: "will host", and the "would host" of reported speech
# ("said he would be ready to host talks"), which is an offer rather than a hypothesis.
_FUTURE = frozenset({"planned", "conditional"})


def manual_coding(event: Event, edition: str = "current") -> Event:
    """``event`` as the PLOVER manual codes it: a planned cooperative act becomes the stated intention.

    ``edition`` is "current" (the manual since 2022) or "0.5b1"; an unknown edition raises KeyError. A code
    whose category moved between editions (``_MOVED``) takes the edition's category first.
    """
    moved = _MOVED[edition].get(event.cameo or "")
    if moved is not None and moved != event.type:
        event = event.model_copy(update={"type": moved, "rule": f"{event.rule}+edition"})
    target = _COLLAPSE[edition].get(event.type)
    if target is None or event.attribution.stance not in _FUTURE or event.attribution.negated:
        return event
    kind, cameo = target
    info = cameo_info(cameo)
    return event.model_copy(update={
        "type": kind, "cameo": cameo, "mode": None, "intensity": info.goldstein if info else None,
        "quantity": None, "rule": f"{event.rule}+manual",
        "attribution": event.attribution.model_copy(update={"stance": "asserted"}),
    })
