"""A denial that points back to earlier claims lands on those claims, as a denial by the denier.

"Ukraine said Russian jets bombed a hospital. The Kremlin *dismissed the reports*
as fake news." The denial's content is a noun that refers to claims already made
("the reports", "these allegations"); read on its own it has no event, and the
Kremlin would be neither the one who asserts the bombing nor recorded as
denying it. The claims of the nearest preceding sentence that holds any (at most ``_LOOKBACK``
back) each get a second mention whose attribution is the denier's, with stance ``denied``; the
ledger then holds the claim as disputed. A nearer sentence wins because "the claims" point to the
last ones told, not to every claim of the paragraph. Only claims with a named source count (the
outlet's own voice is not "the reports"), and only that source's when the noun names whose claims
they are ("the allegations *of the Azerbaijani side*"). A denial whose content has events of its own ("denied that
its troops shelled the town") is handled where those events are found.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from sitroom.nlp.attribution.cues import lexicon
from sitroom.nlp.events.roles import actor_of
from sitroom.records import Attribution, Event

_LOOKBACK = 2  # sentences before the denial's own that it can point back to


@lru_cache(maxsize=1)
def claim_nouns() -> frozenset[str]:
    """Nouns that name a claim someone made (built once from the modality lexicon)."""
    return frozenset(str(w).lower() for w in lexicon().modality.get("claim_nouns") or ())


def _points_back(content: Span) -> bool:
    """Content headed by a definite or demonstrative claim noun ("the reports", "those claims")."""
    root = content.root
    if root.lemma_.lower() not in claim_nouns() or root.pos_ not in ("NOUN", "PROPN"):
        return False
    return any(c.dep_ == "det" and c.lower_ in ("the", "these", "those", "this", "that", "such")
               for c in root.children) or any(c.dep_ == "poss" for c in root.children)


def claimant_of(doc: Doc, content: Span) -> str | None:
    """Whose claims the noun names: "Kyiv's claims", "the allegations of the Azerbaijani side"."""
    root = content.root
    owners = [c for c in root.children if c.dep_ == "poss"]
    owners += [o for p in root.children if p.dep_ == "prep" and p.lower_ in ("of", "by", "from")
               for o in p.children if o.dep_ == "pobj"]
    for owner in owners:
        found = actor_of(doc, owner)
        if found:
            return found
    return None


def _denials(doc: Doc) -> list[tuple[Span, Attribution]]:
    out = []
    for frame in doc._.frames or []:
        if frame.attribution.stance != "denied" or frame.attribution.source is None or frame.end <= frame.start:
            continue
        content = doc.char_span(frame.start, frame.end, alignment_mode="expand")
        if content is not None and len(content) and _points_back(content):
            out.append((content, frame.attribution))
    return out


def _deniable(e: Event, denial: Attribution, claimant: str | None) -> bool:
    """A claim a named source made (the outlet's own voice is not "the reports"; a denier does not deny
    itself), the source the noun names if it names one, not already denied or negated."""
    source = e.attribution.source
    if source is None or source == denial.source or claimant is not None and source != claimant:
        return False
    return e.attribution.stance not in ("denied", "declined") and not e.attribution.negated


def land_denials(doc: Doc, events: list[Event]) -> list[Event]:
    """``events`` plus one denied mention per earlier claim that a pointing-back denial disputes."""
    denials = _denials(doc)
    if not denials:
        return events
    sents = list(doc.sents)
    starts = [s.start_char for s in sents]
    added: list[Event] = []
    for content, denial in denials:
        here = max(i for i, s in enumerate(starts) if s <= content.start_char)
        claimant = claimant_of(doc, content)
        for back in range(1, _LOOKBACK + 1):  # the nearest sentence that holds claims is what is denied
            if here - back < 0:
                break
            lo, hi = starts[here - back], starts[here - back + 1]
            found = [e for e in events if lo <= e.evidence.start < hi and _deniable(e, denial, claimant)]
            if found:
                attribution = Attribution(source=denial.source, cue=denial.cue, stance="denied", date=denial.date)
                added.extend(e.model_copy(update={"attribution": attribution, "rule": f"{e.rule}+denied_later",
                                                  "confidence": round(e.confidence * 0.8, 3)}) for e in found)
                break
    n = len(events)
    return events + [e.model_copy(update={"id": f"e{n + i}"}) for i, e in enumerate(added, 1)]
