"""Partial quotes whose words a passive's by-agent gives: 'lauded by X as a "big step"'."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitroom.nlp.attribution.sources import agent_of
from sitroom.nlp.quotes.clauses import tokens_in
from sitroom.nlp.quotes.speakers import speaker_of_cue


def labelling_agent(doc: Doc, start: int, end: int) -> tuple[str, Token] | None:
    """'the deal, lauded by X as a "big step"': the nearest verb above a partial quote, when it is a
    passive with a by-agent, gives its words to that agent, whatever verb it is (praise, dismiss,
    describe) and whoever reports the sentence around it. The agent's actor and the verb, or None."""
    toks = [t for t in tokens_in(doc, start, end) if not t.is_punct]
    verb = next((a for t in toks[:1] for a in t.ancestors
                 if not start <= a.idx < end and a.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.tag_ != "VBN":
        return None
    if not any(agent_of(c) is not None for c in verb.children):
        return None
    speaker, _ = speaker_of_cue(doc, verb)
    return (speaker, verb) if speaker is not None else None
