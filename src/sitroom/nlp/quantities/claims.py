"""Who claims a number: the reporting frame over it, the quote it is in, or the nearest reporting cue.

The attribution layer's frames are the first choice (``attribution_for``). When
no frame covers the number, this module walks up the parse from the number to
the nearest reporting verb ("said", "estimated", "cited") and takes its subject;
a participle with no subject of its own ("…, saying it estimated …", "reports
saying …") takes the noun it modifies or the subject of the clause it hangs
from; "according to X" gives X. A pronoun subject that the actors layer cannot
resolve does not stop the walk: the next cue up may name the source.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast, get_args

from spacy.tokens import Doc, Token

from sitroom.lexicon import load_yaml
from sitroom.nlp.actors.component import actor_for_phrase
from sitroom.nlp.attribution.component import attribution_for
from sitroom.nlp.attribution.cues import lexicon as evidence_lexicon
from sitroom.nlp.attribution.sources import agent_of, makers
from sitroom.nlp.doctext import sentence
from sitroom.nlp.quantities.parse import word_set
from sitroom.records import Attribution, Stance

_SUBJ = ("nsubj",)  # a passive subject is the content ("100 were reported killed"); its agent is the source
_CONTROLLED = ("advcl", "xcomp", "conj", "acl", "pcomp")


@dataclass(frozen=True)
class Claim:
    claimant: str | None
    attribution: Attribution | None
    rule: str



def _stance(lemma: str) -> Stance:
    """Stance of a cue as the attribution layer's lexicon states it (asserted if it does not say)."""
    verbs = (load_yaml("cues.yaml") or {}).get("verbs") or {}
    entry = verbs.get(lemma)
    stance = entry.get("stance") if isinstance(entry, dict) else None
    return cast(Stance, stance) if stance in get_args(Stance) else "asserted"


def _phrase_actor(doc: Doc, noun: Token) -> str | None:
    """Actor named by a noun phrase up to its head ("South Korea's spy agency"), clauses after it left out."""
    return actor_for_phrase(doc, doc[noun.left_edge.i:noun.i + 1])


def _maker(doc: Doc, noun: Token) -> str | None:
    """The maker of a survey, poll or report the subject names ("a survey by the polling group MORI",
    "the results announced by election officials")."""
    if noun.lemma_.lower() not in evidence_lexicon().evidence_nouns:
        return None
    for obj in makers(noun):
        found = _phrase_actor(doc, obj)
        if found:
            return found
    return None


def _subject_actor(doc: Doc, verb: Token) -> str | None:
    """The active subject of a cue, or the agent of a passive one ("was estimated by the UN"); of two
    subjects ("Between 6 a.m. and 6 p.m., the ministry detected …" misparsed) the one naming an actor."""
    for child in verb.children:  # every subject: the parser sometimes gives a verb two
        if child.dep_ in _SUBJ and child.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
            found = _phrase_actor(doc, verb.head)  # "an ICM poll that showed …": the poll
        elif child.dep_ in _SUBJ:
            found = _phrase_actor(doc, child) or _maker(doc, child)
        else:
            agent = agent_of(child)
            found = _phrase_actor(doc, agent) if agent is not None else None
        if found:
            return found
    return None


def _according_to(doc: Doc, node: Token, cues: frozenset[str]) -> str | None:
    for child in node.children:
        if child.dep_ == "prep" and child.lemma_.lower() in cues:
            for obj in (g for c in child.children for g in [c, *c.children] if g.dep_ == "pobj"):
                return _phrase_actor(doc, obj) or _maker(doc, obj)
    return None


def _cue_claimant(doc: Doc, cue: Token) -> str | None:
    actor = _subject_actor(doc, cue)
    if actor:
        return actor
    if any(c.dep_ in _SUBJ or c.dep_ in ("nsubjpass", "agent") for c in cue.children):
        return None  # an unresolved or passive subject ("it", "100 were reported"): let the walk go on
    if cue.dep_ == "acl" and cue.head.pos_ in ("NOUN", "PROPN"):
        return _phrase_actor(doc, cue.head)  # "intelligence reports saying ..."
    if cue.dep_ in _CONTROLLED:
        return _subject_actor(doc, cue.head)  # "..., saying it estimated ..."
    return None


def claim_by_cues(doc: Doc, token: Token) -> tuple[str | None, Token | None]:
    """Actor id and cue token of the nearest reporting cue above ``token`` that names a source."""
    verbs, according = word_set("claim_verbs"), word_set("according_cues")
    below = token
    for node in [token, *token.ancestors]:
        actor = _according_to(doc, node, according)
        if actor:
            return actor, node
        if node is not token and node.lemma_.lower() in verbs and node.pos_ in ("VERB", "AUX"):
            if below.dep_ in _SUBJ + ("nsubjpass",):
                return None, None  # "X, one of the three commissioners, said": the outlet describes X
            actor = _cue_claimant(doc, node)
            if actor:
                return actor, node
        below = node
    root = sentence(token).root
    for child in root.children:  # "The army lost 3,000 men, the ministry said."
        if child.dep_ in ("parataxis", "ccomp") and child.lemma_.lower() in verbs and child.i > token.i:
            actor = _subject_actor(doc, child)
            if actor:
                return actor, child
    return None, None


def _quote_claim(doc: Doc, start: int, end: int) -> Claim | None:
    """A number inside a quote is claimed by the quote's speaker."""
    for quote in doc._.quotes or []:
        if quote.speaker and quote.start <= start and end <= quote.end:
            attribution = quote.attribution or Attribution(source=quote.speaker, cue=quote.cue)
            return Claim(quote.speaker, attribution, "quote")
    return None


def claim_for(doc: Doc, start: int, end: int, token: Token) -> Claim:
    """The claimant of the number at [start, end): the covering frame, else the quote, else the cue walk."""
    attribution = attribution_for(doc, start, end)
    if attribution is not None and attribution.source:
        return Claim(attribution.source, attribution, "frame")
    quoted = _quote_claim(doc, start, end)
    if quoted is not None:
        return quoted
    actor, cue = claim_by_cues(doc, token)
    if actor and cue is not None:
        fallback = Attribution(source=actor, cue=cue.text, stance=_stance(cue.lemma_.lower()))
        return Claim(actor, fallback, "cue")
    return Claim(None, attribution, "none")

