"""An event that no pattern row produced, told by the clause of one word.

Judgements ("called it a crime"), obligations ("Israel must withdraw") and voiced hopes ("expressed the
hope that X will …") each make an event of their own from a clause: its evidence is that clause, its
intensity the CAMEO code's weight. They share this constructor so the three read alike.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.nlp.events.cameo import cameo_info
from sitroom.nlp.events.roles import clause_span
from sitroom.records import Attribution, Event, Evidence


def clause_event(word: Token, kind: str, cameo: str, actor: str | None, recipient: str | None,
                 attribution: Attribution, rule: str, confidence: float, mode: str | None = None,
                 date: str | None = None) -> Event:
    span = clause_span(word)
    info = cameo_info(cameo)
    return Event(id="e0", type=kind, mode=mode, cameo=cameo,  # type: ignore[arg-type]
                 intensity=info.goldstein if info else None, actor=actor, recipient=recipient, date=date,
                 attribution=attribution, evidence=Evidence(start=span.start_char, end=span.end_char, text=span.text),
                 confidence=confidence, rule=rule)
