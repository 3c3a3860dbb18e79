"""How a predicted item is compared with a gold item: lenient on wording, strict on values.

Names, quote texts and actor labels match as case-insensitive substrings
either way round (so "Peskov" finds "Kremlin spokesman Dmitry Peskov"); dates,
numbers, event types and country codes must be equal. Actor codes are
hierarchical as in CAMEO: a gold ``KOR`` accepts a predicted ``KORGOV``, a gold
``KORGOV`` does not accept ``KOR`` when actors are coded. For the arguments of
an event, codes only have to agree (``ISR`` for ``ISRMIL`` is vaguer, not
wrong); for speakers, claimants and sources, who said it is matched by name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from ..nlp.quantities.parse import currency_of
from ..records import Analysis, Place, Time
from .gold import GoldActor, fold

G = TypeVar("G")
P = TypeVar("P")

_CODE = re.compile(r"^[A-Z]{2,12}$")
_TRIM = ' ."\',;:'


@dataclass(frozen=True)
class Ref:
    """What a gold reference to an actor accepts: names (lenient) and codes (hierarchical)."""

    names: tuple[str, ...]
    codes: tuple[str, ...]


def resolve_ref(ref: str, actors: Sequence[GoldActor]) -> Ref:
    """A gold actor reference names a gold actor (by name, alias or code) or stands alone."""
    key = fold(ref)
    for a in actors:
        if key in {fold(a.name), *(fold(x) for x in a.aliases)} or (a.code is not None and ref == a.code):
            return Ref(names=(a.name, *a.aliases), codes=(a.code,) if a.code else ())
    if _CODE.match(ref):
        return Ref(names=(), codes=(ref,))
    return Ref(names=(ref,), codes=())


def names_match(gold: Sequence[str], pred: Sequence[str]) -> bool:
    golds = [fold(g).strip(_TRIM) for g in gold]
    preds = [fold(p).strip(_TRIM) for p in pred]
    return any(g and p and (g in p or (len(p) > 3 and p in g)) for g in golds for p in preds)


def code_match(gold: str, pred: str | None) -> bool:
    return pred is not None and pred.upper().startswith(gold.upper())


class PredView:
    """Lookups over one predicted Analysis: actor labels by id, time values by id."""

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self.text = analysis.document.text
        self.folded = fold(self.text)
        self.actors = {a.id: a for a in analysis.actors}
        self.times: dict[str, Time] = {t.id: t for t in analysis.times}

    def actor_names(self, actor_id: str | None) -> list[str]:
        actor = self.actors.get(actor_id or "")
        if actor is None:
            return [actor_id] if actor_id else []
        return [actor.name, *(self.text[s:e] for s, e in actor.mentions)]

    def actor_codes(self, actor_id: str | None) -> list[str]:
        actor = self.actors.get(actor_id or "")
        if actor is None:
            return []
        code = actor.code or actor.country
        return [code] if code else []

    def time_value(self, time_id: str | None) -> str | None:
        time = self.times.get(time_id or "")
        return time.value if time else None

    def span_of(self, snippet: str) -> tuple[int, int] | None:
        at = self.folded.find(fold(snippet))
        return None if at < 0 else (at, at + len(snippet))


def codes_compatible(gold: str, pred: str) -> bool:
    """Neither code contradicts the other: ``ISRMIL`` and ``ISR`` agree, ``SDNMIL`` and ``SDNREB`` do not."""
    g, p = gold.upper(), pred.upper()
    return g.startswith(p) or p.startswith(g)


def ref_matches(ref: Ref, view: PredView, actor_id: str | None, by: str = "code") -> bool:
    """Who did it (``by="code"``): codes decide when both sides have one, else names.

    Who said it (``by="name"``): names decide, since a speaker is a person or body
    whatever code it was given; a bare code in the gold falls back to codes.
    """
    if actor_id is None:
        return False
    codes = view.actor_codes(actor_id)
    if by == "code" and ref.codes and codes:
        return any(codes_compatible(g, p) for g in ref.codes for p in codes)
    if ref.names:
        return names_match(ref.names, view.actor_names(actor_id))
    return any(codes_compatible(g, p) for g in ref.codes for p in codes)


def optional_ref(given: bool, ref: str | None, actors: Sequence[GoldActor], view: PredView,
                 actor_id: str | None, by: str = "code") -> bool:
    """A key left out is not checked; null means there is none; a value must match."""
    if not given:
        return True
    if ref is None:
        return actor_id is None
    return ref_matches(resolve_ref(ref, actors), view, actor_id, by)


def text_match(gold: str, pred: str) -> bool:
    """A prediction inside the gold span counts when it is long enough or a whole word of it.

    Short spans ('May' in gold 'in May') are whole words of the gold text; a bare substring
    of three letters ('may' inside 'mayor') is not.
    """
    g, p = fold(gold).strip(_TRIM), fold(pred).strip(_TRIM)
    if not (g and p):
        return False
    return g in p or (len(p) > 3 and p in g) or f" {p} " in f" {g} "


def quantity_text_match(gold: str, pred: str) -> bool:
    """A quantity's texts match as any texts do, or by the prediction's number: sitroom's text keeps a
    qualifier the gold may leave out and leaves out the unit the gold may keep ("some 2.8" for "2.8
    tons", "at least 2 million" for "2 million drug addicts")."""
    if text_match(gold, pred):
        return True
    words = pred.split()
    first = next((i for i, w in enumerate(words) if any(ch.isdigit() for ch in w)), None)
    return first is not None and first > 0 and text_match(gold, " ".join(words[first:]))


def value_match(gold: str | None, pred: str | None) -> bool:
    """ISO values are equal; a finer prediction inside the gold period still counts for it.

    A clock time on the gold day is that day, and TimeML's weekend of a week ('1997-W15-WE')
    is that week, which annotators often write without the weekend suffix.
    """
    if gold is None or pred is None:
        return gold is None and pred is None
    return pred == gold or pred.startswith(gold + "T") or pred == gold + "-WE"


_UNIT_WORDS = {"$": "usd", "us$": "usd", "dollars": "usd", "us dollars": "usd", "u.s. dollars": "usd",
               "american dollars": "usd", "%": "percent", "per cent": "percent", "€": "eur", "euros": "eur",
               "£": "gbp", "pounds": "gbp", "km": "kilometres", "kilometers": "kilometres"}


def unit_name(unit: str) -> str:
    """Symbols and spellings of one unit compare equal ("$" and "USD", "%" and "percent", "yuan" and
    "CNY": a currency word the quantities lexicon knows is its ISO code)."""
    key = fold(unit).strip()
    if key in _UNIT_WORDS:
        return _UNIT_WORDS[key]
    return (currency_of(key) or key).lower()


def number_match(gold: float, pred: float) -> bool:
    return abs(gold - pred) <= 1e-6 * max(1.0, abs(gold))


def place_match(text: str, country: str | None, lat: float | None, lon: float | None, place: Place,
                country_given: bool = True) -> bool:
    if not (text_match(text, place.text) or fold(text) == fold(place.name)):
        return False
    if country_given and (country or "").upper() != (place.country or "").upper():
        return False
    if lat is not None and lon is not None:
        if place.lat is None or place.lon is None:
            return False
        return abs(place.lat - lat) < 0.5 and abs(place.lon - lon) < 0.5
    return True


def max_matching(golds: Sequence[G], preds: Sequence[P], ok: Callable[[G, P], bool]) -> dict[int, int]:
    """Largest one-to-one pairing gold -> pred under ``ok`` (augmenting paths; lists are short)."""
    edges = [[j for j, p in enumerate(preds) if ok(g, p)] for g in golds]
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(golds)):
        augment(i, set())
    return {i: j for j, i in owner.items()}
