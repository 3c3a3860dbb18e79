"""Scoring of everything that is not an event: quotes, times, quantities, places, actors.

Each scorer fills the components of one gold field; a field the gold file leaves out is
not judged at all, so partially annotated gold still scores what it does annotate.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .counts import Counts, count
from .gold import GoldFile, fold
from .matching import (
    PredView,
    names_match,
    number_match,
    optional_ref,
    place_match,
    quantity_text_match,
    text_match,
    unit_name,
    value_match,
)


def _same_bound(gold: float | None, pred: float | None) -> bool:
    if gold is None or pred is None:
        return gold is None and pred is None
    return number_match(gold, pred)


def _score_quotes(gold: GoldFile, view: PredView, out: dict[str, Counts]) -> None:
    a, actors = view.analysis, gold.actors or []
    def quote_text(g: Any, p: Any) -> bool:
        return (g.kind == "indirect") == (p.kind == "indirect") and text_match(g.text, p.text)

    def quote_speaker(g: Any, p: Any) -> bool:
        return quote_text(g, p) and optional_ref(g.given("speaker"), g.speaker, actors, view, p.speaker,
                                                       by="name")

    def indirect(p: Any) -> bool:
        return bool(p.kind == "indirect")

    def dq(g: Any) -> str:
        return f"{g.text[:50]!r} by {g.speaker}"

    def pq(p: Any) -> str:
        return f"{p.text[:50]!r} by {(view.actor_names(p.speaker) or ['-'])[0]}"

    out["quotes"] = count(gold.quotes or [], a.quotes, quote_text, dq, pq, indirect)
    out["quote_speaker"] = count(gold.quotes or [], a.quotes, quote_speaker, dq, pq, indirect)


def _score_times(gold: GoldFile, view: PredView, out: dict[str, Counts]) -> None:
    a = view.analysis
    def tg(g: Any) -> str:
        return f"{g.text!r}={g.value}"

    def tp(p: Any) -> str:
        return f"{p.text!r}={p.value}"

    def unplaced(p: Any) -> bool:
        return p.value is None

    out["times"] = count(gold.times or [], a.times, lambda g, p: text_match(g.text, p.text), tg, tp, unplaced)
    out["time_values"] = count(gold.times or [], a.times, lambda g, p: text_match(g.text, p.text) and (
        not g.given("value") or value_match(g.value, p.value)), tg, tp, unplaced)


def vague_amount(p: Any) -> bool:
    """A quantity stated only by vague number words ("thousands", "several", "tens of thousands"):
    no digit, approximate by the word itself (no qualifier, no range). The annotation guidelines leave
    vague quantifiers out, so such a prediction is neither right nor wrong when nothing matches it."""
    return bool(p.approximate and p.qualifier is None and p.value_max is None
                and not any(ch.isdigit() for ch in p.text))


def _score_quantities(gold: GoldFile, view: PredView, out: dict[str, Counts]) -> None:
    a, actors = view.analysis, gold.actors or []
    def qty(g: Any, p: Any) -> bool:
        return (number_match(g.value, p.value)
                and (not g.given("value_max") or _same_bound(g.value_max, p.value_max))
                and (not g.text or quantity_text_match(g.text, p.text))
                and (not g.unit or names_match([unit_name(g.unit)], [unit_name(p.unit or "")])))

    def claimant(g: Any, p: Any) -> bool:
        return qty(g, p) and optional_ref(g.given("claimant"), g.claimant, actors, view, p.claimant,
                                      by="name")

    def ng(g: Any) -> str:
        return f"{g.value:g} {g.unit or ''} by {g.claimant}"

    def np_(p: Any) -> str:
        return f"{p.value:g} {p.unit or ''} by {(view.actor_names(p.claimant) or ['-'])[0]} {p.text!r}"

    out["quantities"] = count(gold.quantities or [], a.quantities, qty, ng, np_, vague_amount)
    out["quantity_claimant"] = count(gold.quantities or [], a.quantities, claimant, ng, np_, vague_amount)


def _score_places(gold: GoldFile, view: PredView, out: dict[str, Counts]) -> None:
    a = view.analysis
    distinct = list({(fold(p.name), (p.country or "").upper()): p for p in reversed(a.places)}.values())[::-1]
    out["places"] = count(
        gold.places or [], distinct,
        lambda g, p: place_match(g.text, g.country, g.lat, g.lon, p, g.given("country")),
        lambda g: f"{g.text} ({g.country})", lambda p: f"{p.text} ({p.country} {p.lat},{p.lon})",
        lambda p: p.feature == "country")


def _score_actors(gold: GoldFile, view: PredView, out: dict[str, Counts]) -> None:
    a = view.analysis
    def actor_ok(g: Any, p: Any) -> bool:
        if not names_match([g.name, *g.aliases], [p.name, *(view.text[s:e] for s, e in p.mentions)]):
            return False
        if not g.given("code"):
            return True
        if g.code is None:
            return p.code is None
        return bool(p.code and p.code.upper().startswith(g.code.upper()))

    out["actors"] = count(gold.actors or [], a.actors, actor_ok, lambda g: f"{g.name} ({g.code})",
                          lambda p: f"{p.name} ({p.code})")


# Each mention component is scored only when the gold file gives it (a component left out is not judged).
_MENTION_SCORERS: tuple[tuple[str, Callable[[GoldFile, PredView, dict[str, Counts]], None]], ...] = (
    ("quotes", _score_quotes), ("times", _score_times), ("quantities", _score_quantities),
    ("places", _score_places), ("actors", _score_actors),
)


def score_mentions(gold: GoldFile, view: PredView) -> dict[str, Counts]:
    """Quotes, times, quantities, places and actors: everything that is not an event."""
    out: dict[str, Counts] = {}
    for component, scorer in _MENTION_SCORERS:
        if getattr(gold, component) is not None:
            scorer(gold, view, out)
    return out
