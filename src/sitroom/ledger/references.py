"""Denials and "cannot confirm" statements that point at a claim instead of restating it.

"Peskov dismissed the reports as fake news", "the Pentagon could not confirm the
report", "Moscow called reports of North Korean troops in Russia groundless":
the event layer finds no event in these (or one that misses the point), but the
quote layer records them as statements with a ``denied`` stance, or with words
that withhold confirmation. Each becomes a mention of the claim it refers to,
with the speaker as its source, so the speaker holds a *denying* (or
unconfirming) position on that claim, across articles.

Which claim, tried in order (``TARGETS``), each step named on the mention:

1. ``restated here``: a mention of this article by another source whose parties
   the statement's sentence names ("reports of North Korean troops in Russia");
2. ``referred here``: the nearest earlier mention of this article asserted by
   another source, when the sentence points at "the reports" without naming parties;
3. ``restated``: the parties the sentence names, as a deployment when it names
   troops ("reports of North Korean troops in Russia" in an article that does
   not report the deployment itself): the ledger then finds the claim in other
   articles like any other mention.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

from ..records import Actor, Quote
from .claims import polarity
from .deployments import DEPLOY, names_personnel
from .mentions import Article, Mention, source_key
from .vocabulary import vocabulary


@dataclass(frozen=True, slots=True)
class Reference:
    """One statement that withholds support from a claim, and what its sentence names."""

    quote: Quote
    speaker: Actor
    stance: str
    start: int
    end: int
    text: str
    countries: tuple[tuple[str, Actor], ...]   # (country key, actor), in text order, the speaker left out
    refers: bool                                # "the reports", "the claims"
    troops: bool


@lru_cache(maxsize=1)
def _nouns() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(map(re.escape, vocabulary().reference_nouns)) + ")", re.IGNORECASE)


def _phrase(text: str, phrases: tuple[str, ...]) -> bool:
    low = text.casefold()
    return any(p in low for p in phrases)


def _stance(q: Quote) -> str | None:
    """Denied or unconfirmed, from the quote's frame, else from its words ("could not confirm the report")."""
    att = q.attribution
    if att is not None and att.stance in ("denied", "unconfirmed"):
        return att.stance
    voc = vocabulary()
    if _phrase(q.text, voc.unconfirmed):
        return "unconfirmed"
    if _phrase(q.text, voc.denied) and _nouns().search(q.text):
        return "denied"
    return None


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around a span: from the previous full stop or line break to the next."""
    lo = max(text.rfind(". ", 0, start) + 2 if text.rfind(". ", 0, start) >= 0 else 0, text.rfind("\n", 0, start) + 1)
    stops = [i for i in (text.find(".\n", end), text.find(". ", end), text.find("\n", end)) if i >= 0]
    hi = min(stops) + 1 if stops else len(text)
    return lo, hi


def reference(q: Quote, art: Article) -> Reference | None:
    stance = _stance(q)
    att = q.attribution
    speaker = art.actors.get((att.source if att else None) or q.speaker or "")
    if stance is None or speaker is None:
        return None
    text = art.analysis.document.text
    lo, hi = _sentence(text, q.start, q.end)
    names = sorted(((s, a) for a in art.actors.values() if _content_party(a, speaker)
                    for s, _ in a.mentions if lo <= s < hi), key=lambda p: p[0])
    countries = _owner_first(tuple((s, (a.country or "").upper(), a) for s, a in names), text)
    sentence = text[lo:hi]
    return Reference(q, speaker, stance, lo, hi, sentence, countries, bool(_nouns().search(sentence)),
                     names_personnel(sentence))


def _content_party(a: Actor, speaker: Actor) -> bool:
    """A country the statement names as a party: not the speaker, nor a news agency relaying it."""
    return bool(a.country) and a.id != speaker.id and (a.role or "").upper() != "MED"


def _owner_first(named: tuple[tuple[int, str, Actor], ...], text: str) -> tuple[tuple[str, Actor], ...]:
    """The countries named, the one whose troops are named ("North Korean troops") first, then those after it.

    "Peskov rejected reports of North Korean troops in Russia": the deployment is North Korea's,
    to the next country named (Russia), although the Kremlin is named before both.
    """
    pairs = tuple((k, a) for _, k, a in named)
    for i, (start, _, a) in enumerate(named):
        end = next(e for s, e in a.mentions if s == start)
        if names_personnel(" ".join(text[end:end + 40].split()[:3])):
            return (pairs[i],) + pairs[i + 1:] + pairs[:i]
    return pairs


def _family(m: Mention) -> str:
    return m.family or m.type


def _others(ref: Reference, found: list[Mention], art: Article) -> list[Mention]:
    key = source_key(ref.speaker, art.analysis.document.outlet, art.analysis.document.id)
    return [m for m in found if m.source_key != key and polarity(m.stance, m.negated) == "assert"]


def restated_here(ref: Reference, found: list[Mention], art: Article) -> Mention | None:
    """Step 1: another source's mention whose actor the sentence names (and recipient, when it can)."""
    named = {k for k, _ in ref.countries}
    if not named:
        return None
    fits = [m for m in _others(ref, found, art) if m.actor_key in named
            and (not ref.troops or _family(m) == DEPLOY)]
    if not fits:
        return None
    return max(fits, key=lambda m: (m.recipient_key in named, -abs(m.evidence_start - ref.start)))


def referred_here(ref: Reference, found: list[Mention], art: Article) -> Mention | None:
    """Step 2: "the reports" with no party named: the nearest earlier claim another source made."""
    if ref.countries or not ref.refers:
        return None
    earlier = [m for m in _others(ref, found, art) if m.evidence_start < ref.start
               and (not ref.troops or _family(m) == DEPLOY)]
    return max(earlier, key=lambda m: m.evidence_start) if earlier else None


def restated(ref: Reference, found: list[Mention], art: Article) -> Mention | None:
    """Step 3: a deployment by the first country named, to the next one (the ledger finds it elsewhere)."""
    if not ref.troops or not ref.countries:
        return None
    actor = ref.countries[0][1]
    rest = [a for k, a in ref.countries if k != ref.countries[0][0]]
    doc = art.analysis.document
    return Mention(
        document_id=doc.id, event_id="", type="MOBILIZE", cameo=None, intensity=None,
        actor_code=actor.code, actor_key=ref.countries[0][0], actor_name=actor.name,
        recipient_code=rest[0].code if rest else None, recipient_key=(rest[0].country or "").upper() if rest else "",
        recipient_name=rest[0].name if rest else None, date_value=None, grain=None, place_name=None,
        place_country=None, lat=None, lon=None, geonameid=None, source_key="", source_code=None, source_name=None,
        stance="", negated=False, via=(), stated=None, outlet=doc.outlet, url=doc.url, published=art.published,
        evidence_start=ref.start, evidence_end=ref.end, evidence_text=ref.text, family=DEPLOY)


TARGETS: tuple[tuple[str, Callable[[Reference, list[Mention], Article], Mention | None]], ...] = (
    ("restated here", restated_here),
    ("referred here", referred_here),
    ("restated", restated),
)


def _said(ref: Reference, art: Article) -> str | None:
    att = ref.quote.attribution
    when = art.times.get((att.date if att else None) or "")
    return when.value if when is not None and when.value else art.doc_date


def _link(ref: Reference, target: Mention, how: str, art: Article) -> Mention:
    doc = art.analysis.document
    return replace(
        target,
        event_id="r" + ref.quote.id,
        date_value=None, grain=None, place_name=None, place_country=None, lat=None, lon=None, geonameid=None,
        source_key=source_key(ref.speaker, doc.outlet, doc.id), source_code=ref.speaker.code,
        source_name=ref.speaker.name, stance=ref.stance, negated=False, via=(), stated=_said(ref, art),
        evidence_start=ref.start, evidence_end=ref.end, evidence_text=ref.text, numbers=(),
        inferred=(f"{ref.stance} by reference: {how}" + (f" {target.event_id}" if target.event_id else ""),),
    )


def _known(m: Mention, found: list[Mention]) -> bool:
    """The article already has this source's statement on this claim (an event inside the quote)."""
    return any(f.source_key == m.source_key and _family(f) == _family(m) and f.actor_key == m.actor_key
               and f.recipient_key == m.recipient_key and polarity(f.stance, f.negated) == polarity(m.stance, False)
               for f in found)


def mentions(art: Article, found: list[Mention]) -> list[Mention]:
    """A mention for each reference statement whose claim can be found (see the module doc)."""
    out: list[Mention] = []
    for q in art.analysis.quotes:
        ref = reference(q, art)
        if ref is None:
            continue
        for how, step in TARGETS:
            target = step(ref, found, art)
            if target is not None:
                m = _link(ref, target, how, art)
                if not _known(m, found + out):
                    out.append(m)
                break
    return out


__all__ = ["TARGETS", "Reference", "mentions", "reference"]
