"""Sentence labels for police events, read off sitroom's records: use force, kill, arrest, any action.

Police-event data sets label sentences, not events. This module is the one documented place
where sitroom's event records become those four labels, so a user scoring sitroom on such a
set applies the same reading as the benchmark (``benchmarks/police_events.py``); the rules
and the reasons for them are in docs/police-events.md. In short, for the events whose evidence
starts inside the sentence and that the text does not negate, plan or make conditional:

- **police** is an actor whose role is the Phoenix police sector (``COP``);
- **force**: an ASSAULT (crowd-control force such as tear gas or a lathi charge is coded ASSAULT,
  CAMEO 175), or dispersing or breaking up a crowd, with police as actor; a clash or fight with
  police on either side also counts, since a clash is mutual; a crackdown or a ban is coercion,
  not force;
- **kill**: a killing ASSAULT (kill, massacre, assassinate) with police as actor;
- **arrest**: an arrest or detention (COERCE, mode ``arrest``) by anyone: the label asks whether
  the sentence reports an arrest, not who made it; a prosecution or a sentence, which CAMEO 173
  files with arrests, is no arrest;
- **any**: force, kill, an arrest by police or by an agent the text leaves unnamed, or any other
  material action with police as actor (deploy, release, raid, investigate, rescue). A statement
  by police ("police said") is no police action: it reports events, it is not one.

``keyword_labels`` is the baseline these labels are measured against: a police word and an
action word in the same sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..records import Actor, Analysis, Event

LABELS = ("force", "kill", "arrest", "any")
POLICE_ROLE = "COP"
_NOT_HAPPENED = frozenset({"planned", "conditional", "declined", "denied"})
_KILL_CAMEOS = frozenset({"1823", "186", "202", "2022"})
_KILL_MODES = frozenset({"massacre", "assassinate"})
_MUTUAL_RULES = ("assault.clash.", "assault.fight.", "assault.fighting.", "assault.battle.")
_CROWD_CONTROL_RULES = ("coerce.disperse.", "coerce.break.")
_NOT_ARRESTS = frozenset({"prosecute", "sentence"})
_MATERIAL_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "RETREAT", "AID", "SANCTION"})
_MATERIAL_MODES = frozenset({"investigate"})


@dataclass(frozen=True)
class PoliceLabels:
    force: bool = False
    kill: bool = False
    arrest: bool = False
    any: bool = False

    def as_dict(self) -> dict[str, bool]:
        return {name: getattr(self, name) for name in LABELS}


def is_police(actor: Actor | None) -> bool:
    """Police by sector: the actor's role, else a CAMEO-style code that carries the COP sector ("INDCOP")."""
    if actor is None:
        return False
    return actor.role == POLICE_ROLE or (actor.code or "").endswith(POLICE_ROLE)


def happened(event: Event) -> bool:
    """False for an event the text negates, denies, plans or makes conditional: it is not reported as done."""
    return not event.attribution.negated and event.attribution.stance not in _NOT_HAPPENED


def _lemma(event: Event) -> str:
    """The trigger lemma a pattern rule names ("coerce.prosecute.v1" → "prosecute")."""
    parts = (event.rule or "").split(".")
    return parts[1] if len(parts) > 2 else ""


def is_arrest(event: Event) -> bool:
    return event.type == "COERCE" and event.mode == "arrest" and _lemma(event) not in _NOT_ARRESTS


def is_kill(event: Event) -> bool:
    return event.type == "ASSAULT" and (event.cameo in _KILL_CAMEOS or event.mode in _KILL_MODES)


def is_force(event: Event) -> bool:
    if event.type == "ASSAULT":
        return True
    return event.type == "COERCE" and (event.rule or "").startswith(_CROWD_CONTROL_RULES)


def _mutual(event: Event) -> bool:
    return (event.rule or "").startswith(_MUTUAL_RULES)


def _material(event: Event) -> bool:
    return event.type in _MATERIAL_TYPES or event.mode in _MATERIAL_MODES


def event_labels(event: Event, actors: dict[str, Actor]) -> PoliceLabels:
    """The labels one event gives its sentence (all False for an event that did not happen)."""
    if not happened(event):
        return PoliceLabels()
    actor = actors.get(event.actor) if event.actor else None
    by_police = is_police(actor)
    against_police = is_police(actors.get(event.recipient)) if event.recipient else False
    force = is_force(event) and (by_police or (against_police and _mutual(event)))
    kill = is_kill(event) and by_police
    arrest = is_arrest(event)
    police_arrest = arrest and (by_police or actor is None)
    return PoliceLabels(force=force or kill, kill=kill, arrest=arrest,
                        any=force or kill or police_arrest or (by_police and _material(event)))


def _merge(a: PoliceLabels, b: PoliceLabels) -> PoliceLabels:
    return PoliceLabels(*(getattr(a, n) or getattr(b, n) for n in LABELS))


def span_labels(analysis: Analysis, start: int = 0, end: int | None = None) -> PoliceLabels:
    """The labels of the sentence at ``[start, end)`` of the analysed text (the whole text by default)."""
    stop = len(analysis.document.text) if end is None else end
    actors = {a.id: a for a in analysis.actors}
    out = PoliceLabels()
    for event in analysis.events:
        if start <= event.evidence.start < stop:
            out = _merge(out, event_labels(event, actors))
    return out


_POLICE_WORDS = re.compile(
    r"\b(?:police\w*|policem[ae]n|cops?|constables?|constabulary|security forces?|paramilitary|"
    r"troopers?|gendarmes?|gendarmerie|riot squad)\b")
_ACTION_WORDS = {
    "force": r"fir(?:e|ed|es|ing)|shot|shoot\w*|tear ?gas|teargas|lathi\w*|baton\w*|cane-?charg\w*|"
             r"beat\w*|charg\w*|clash\w*|rubber bullets?|water cannon|dispers\w*|kill\w*|assault\w*",
    "kill": r"kill\w*|shot dead|shoot\w* dead|died|dead|death|murder\w*",
    "arrest": r"arrest\w*|detain\w*|detention|custody|rounded up|round-up|nabbed|apprehend\w*|held",
}
_ACTIONS = {name: re.compile(rf"\b(?:{words})\b") for name, words in _ACTION_WORDS.items()}


def keyword_labels(text: str) -> PoliceLabels:
    """The keyword baseline: a label fires when the sentence has a police word and one of its action words;
    ``any`` fires on a police word with any action word."""
    low = text.lower()
    if not _POLICE_WORDS.search(low):
        return PoliceLabels()
    hits = {name: bool(rx.search(low)) for name, rx in _ACTIONS.items()}
    return PoliceLabels(force=hits["force"], kill=hits["kill"], arrest=hits["arrest"], any=any(hits.values()))
