"""Deployments at the level an analyst thinks in: one family, and the parties the article implies.

"North Korea sent troops to Russia", "the deployment of North Korean troops",
"North Korean soldiers fighting alongside Russia" are one claim however the
verb was coded (AID with troops, MOBILIZE of troops, a deployment nominal).
The event layer leaves some of these without a recipient ("sending troops to
fight alongside Russia") or without any party ("a first deployment"); the
article around them says who. Each fill is recorded on the mention
(``Mention.inferred``) and stored with its merge explanation.

The fills are ordered steps; each is tried on a deployment mention in turn:

1. ``beneficiary``: a country after "alongside / for / to support" inside the
   evidence is the side the troops help ("send troops to Ukraine to fight
   alongside Russia": recipient Russia, not the battlefield);
2. ``context``: a party still missing is taken from the nearest deployment
   mention of the same article that names it ("a first deployment" after
   "North Korea had sent troops to Russia");
3. ``one story``: within one article, one actor's deployments to different
   countries are the article's one deployment, named by the recipient most of its
   mentions give ("troops sent to Russia" ... "deployed in Ukrainian territories"):
   a destination is often the battlefield, not the side helped.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from .deployments import DEPLOY
from .vocabulary import vocabulary

if TYPE_CHECKING:
    from ..records import Actor
    from .mentions import Article, Mention

@lru_cache(maxsize=1)
def _beneficiary() -> re.Pattern[str]:
    words = "|".join(map(re.escape, vocabulary().beneficiary_markers))
    return re.compile(r"\b(?:" + words + r")\s+(?:the\s+)?$", re.IGNORECASE)


def _countries_in(m: Mention, art: Article) -> list[tuple[int, Actor]]:
    """State-level actors mentioned inside the mention's evidence, in text order."""
    found = []
    for a in art.actors.values():
        if not a.country:
            continue
        for start, _ in a.mentions:
            if m.evidence_start <= start < m.evidence_end:
                found.append((start, a))
    return sorted(found, key=lambda p: p[0])


def beneficiary(m: Mention, art: Article) -> Mention | None:
    """Step 1: the country the troops are sent to help, named after a marker ("alongside Russia")."""
    text = art.analysis.document.text
    for start, a in _countries_in(m, art):
        key = a.country.upper() if a.country else ""
        if key == m.actor_key or key == m.recipient_key:
            continue
        if _beneficiary().search(text[m.evidence_start:start]):
            return replace(m, recipient_key=key, recipient_code=a.code or key, recipient_name=a.name,
                           inferred=m.inferred + (f"recipient: beneficiary {a.name!r}",))
    return None


Fill = Callable[["Mention", "Article"], "Mention | None"]
STEPS: tuple[tuple[str, Fill], ...] = (
    ("beneficiary", beneficiary),
)


def complete(found: list[Mention], art: Article) -> list[Mention]:
    """The article's mentions with deployments' families set and missing parties filled (see module doc)."""
    out = []
    for m in found:
        if m.family == DEPLOY:
            for _, step in STEPS:
                m = step(m, art) or m
        out.append(m)
    return _one_story(_from_context(out))


def _from_context(found: list[Mention]) -> list[Mention]:
    """Step 2: parties a deployment lacks, from the nearest deployment of the article that names them."""
    named = [m for m in found if m.family == DEPLOY and m.actor_key and m.recipient_key]
    if not named:
        return found
    out = []
    for m in found:
        if m.family == DEPLOY and (not m.actor_key or not m.recipient_key):
            m = _fill(m, min(named, key=lambda n: abs(n.evidence_start - m.evidence_start)))
        out.append(m)
    return out


def _fill(m: Mention, near: Mention) -> Mention:
    if m.actor_key and m.actor_key != near.actor_key:
        return m   # another party's deployment: nothing to borrow
    notes = list(m.inferred)
    changes: dict[str, object] = {}
    if not m.actor_key:
        changes.update(actor_key=near.actor_key, actor_code=near.actor_code, actor_name=near.actor_name)
        notes.append(f"actor: context {near.event_id}")
    if not m.recipient_key:
        changes.update(recipient_key=near.recipient_key, recipient_code=near.recipient_code,
                       recipient_name=near.recipient_name)
        notes.append(f"recipient: context {near.event_id}")
    return replace(m, inferred=tuple(notes), **changes)  # type: ignore[arg-type]


def _one_story(found: list[Mention]) -> list[Mention]:
    """Step 3: per actor, the recipient most of the article's deployments name (ties: the first named)."""
    votes: dict[str, dict[str, int]] = {}
    for m in found:
        if m.family == DEPLOY and m.actor_key and m.recipient_key:
            tally = votes.setdefault(m.actor_key, {})
            tally[m.recipient_key] = tally.get(m.recipient_key, 0) + 1
    if not any(len(t) > 1 for t in votes.values()):
        return found
    chosen = {actor: max(t, key=lambda k: t[k]) for actor, t in votes.items()}
    donor = {(m.actor_key, m.recipient_key): m for m in reversed(found) if m.family == DEPLOY}
    out = []
    for m in found:
        want = chosen.get(m.actor_key)
        if m.family == DEPLOY and want and m.recipient_key and m.recipient_key != want:
            d = donor[(m.actor_key, want)]
            m = replace(m, recipient_key=want, recipient_code=d.recipient_code, recipient_name=d.recipient_name,
                        inferred=m.inferred + (f"recipient: the article's deployment (was {m.recipient_key})",))
        out.append(m)
    return out
