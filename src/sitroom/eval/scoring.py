"""Score one predicted Analysis against one gold file, component by component.

Each component is a predicate "does this predicted item count for this gold
item"; a one-to-one maximum matching under it gives true positives, the
unmatched gold items are misses and the unmatched predictions are spurious.
Places are scored as the distinct places an article names (a city named
twice is one place); everything else is scored mention by mention.
Components not annotated in a gold file are not scored for it. Event
components first locate a prediction by its evidence span (it must overlap the
gold evidence), so an event is credited only where the text says it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..records import Analysis, Event
from .gold import GoldDocument, GoldEvent, GoldFile, fold
from .matching import (
    PredView,
    max_matching,
    names_match,
    number_match,
    optional_ref,
    place_match,
    text_match,
    unit_name,
    value_match,
)

NONE = "NONE"
COMPONENTS = (
    "event_type", "actor", "recipient", "triple", "event_date", "stance",
    "quotes", "quote_speaker", "times", "time_values", "quantities", "quantity_claimant",
    "places", "actors",
)


@dataclass
class Counts:
    """True positives, false positives and false negatives, with what was missed and spurious."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        denom = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / denom if denom else None

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.misses.extend(other.misses)
        self.spurious.extend(other.spurious)


@dataclass
class DocumentScore:
    name: str
    components: dict[str, Counts]
    confusion: dict[str, dict[str, int]]


def count(golds: Sequence[Any], preds: Sequence[Any], ok: Callable[[Any, Any], bool],
          describe_gold: Callable[[Any], str], describe_pred: Callable[[Any], str],
          ignorable: Callable[[Any], bool] = lambda p: False) -> Counts:
    """Match, then count; unmatched predictions the gold does not annotate (``ignorable``) are dropped."""
    pairs = max_matching(golds, preds, ok)
    used = set(pairs.values())
    spurious = [p for j, p in enumerate(preds) if j not in used and not ignorable(p)]
    misses = [g for i, g in enumerate(golds) if i not in pairs]
    return Counts(tp=len(pairs), fp=len(spurious), fn=len(misses),
                  misses=[describe_gold(g) for g in misses], spurious=[describe_pred(p) for p in spurious])


class _EventScorer:
    """Event predicates share the gold actor table, the predicted view and the located spans."""

    def __init__(self, gold: GoldFile, view: PredView) -> None:
        self.gold = gold
        self.view = view
        self.actors = gold.actors or []
        self.spans = {id(g): view.span_of(g.evidence) if g.evidence else None for g in gold.events or []}

    def located(self, g: GoldEvent, p: Event) -> bool:
        span = self.spans[id(g)]
        return span is None or (p.evidence.start < span[1] and p.evidence.end > span[0])

    def typed(self, g: GoldEvent, p: Event) -> bool:
        return self.located(g, p) and p.type in g.type

    def actor(self, g: GoldEvent, p: Event) -> bool:
        return self.located(g, p) and optional_ref(g.given("actor"), g.actor, self.actors, self.view, p.actor)

    def recipient(self, g: GoldEvent, p: Event) -> bool:
        return self.located(g, p) and optional_ref(g.given("recipient"), g.recipient, self.actors, self.view,
                                                   p.recipient)

    def triple(self, g: GoldEvent, p: Event) -> bool:
        return self.typed(g, p) and self.actor(g, p) and self.recipient(g, p)

    def date(self, g: GoldEvent, p: Event) -> bool:
        return self.typed(g, p) and value_match(g.date, self.view.time_value(p.date))

    def stance(self, g: GoldEvent, p: Event) -> bool:
        a = p.attribution
        return (self.located(g, p) and a.stance == g.stance and a.negated == g.negated
                and optional_ref(g.given("source"), g.source, self.actors, self.view, a.source, by="name"))

    def describe_gold(self, g: GoldEvent) -> str:
        return f"{'/'.join(g.type)} {g.actor}>{g.recipient} [{g.stance}] {(g.evidence or '')[:60]!r}"

    def describe_pred(self, p: Event) -> str:
        names = self.view.actor_names
        actor = (names(p.actor) or ["-"])[0]
        recipient = (names(p.recipient) or ["-"])[0]
        return f"{p.type} {actor}>{recipient} [{p.attribution.stance}] {p.evidence.text[:60]!r}"

    def confusion(self) -> dict[str, dict[str, int]]:
        """Gold type x predicted type over events paired by place in the text (same type preferred)."""
        golds, preds = list(self.gold.events or []), list(self.view.analysis.events)
        first = max_matching(golds, preds, self.typed)
        rest_g = [i for i in range(len(golds)) if i not in first]
        rest_p = [j for j in range(len(preds)) if j not in set(first.values())]
        second = max_matching([golds[i] for i in rest_g], [preds[j] for j in rest_p],
                              lambda g, p: self.spans[id(g)] is not None and self.located(g, p))
        pairs = dict(first)
        pairs.update({rest_g[a]: rest_p[b] for a, b in second.items()})
        matrix: dict[str, dict[str, int]] = {}

        def bump(row: str, col: str) -> None:
            matrix.setdefault(row, {}).setdefault(col, 0)
            matrix[row][col] += 1

        for i, g in enumerate(golds):
            pred_type = preds[pairs[i]].type if i in pairs else NONE
            bump(pred_type if pred_type in g.type else g.type[0], pred_type)
        for j in set(range(len(preds))) - set(pairs.values()):
            bump(NONE, preds[j].type)
        return matrix


def score_events(gold: GoldFile, view: PredView) -> tuple[dict[str, Counts], dict[str, dict[str, int]]]:
    if gold.events is None:
        return {}, {}
    s = _EventScorer(gold, view)
    preds = view.analysis.events
    predicates = {"event_type": s.typed, "actor": s.actor, "recipient": s.recipient, "triple": s.triple,
                  "event_date": s.date, "stance": s.stance}
    out = {name: count(gold.events, preds, ok, s.describe_gold, s.describe_pred)
           for name, ok in predicates.items() if name != "event_date"}
    dated = [g for g in gold.events if g.given("date")]
    undated = [g for g in gold.events if not g.given("date")]

    def not_judged(p: Event) -> bool:
        return p.date is None or any(s.typed(g, p) for g in undated)

    out["event_date"] = count(dated, preds, s.date, s.describe_gold, s.describe_pred, not_judged)
    return out, s.confusion()


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


def _score_quantities(gold: GoldFile, view: PredView, out: dict[str, Counts]) -> None:
    a, actors = view.analysis, gold.actors or []
    def qty(g: Any, p: Any) -> bool:
        return (number_match(g.value, p.value)
                and (not g.given("value_max") or _same_bound(g.value_max, p.value_max))
                and (not g.text or text_match(g.text, p.text))
                and (not g.unit or names_match([unit_name(g.unit)], [unit_name(p.unit or "")])))

    def claimant(g: Any, p: Any) -> bool:
        return qty(g, p) and optional_ref(g.given("claimant"), g.claimant, actors, view, p.claimant,
                                      by="name")

    def ng(g: Any) -> str:
        return f"{g.value:g} {g.unit or ''} by {g.claimant}"

    def np_(p: Any) -> str:
        return f"{p.value:g} {p.unit or ''} by {(view.actor_names(p.claimant) or ['-'])[0]} {p.text!r}"

    out["quantities"] = count(gold.quantities or [], a.quantities, qty, ng, np_)
    out["quantity_claimant"] = count(gold.quantities or [], a.quantities, claimant, ng, np_)


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


def score_document(gold: GoldDocument, prediction: Analysis) -> DocumentScore:
    view = PredView(prediction)
    components, confusion = score_events(gold.gold, view)
    components.update(score_mentions(gold.gold, view))
    ordered = {name: components[name] for name in COMPONENTS if name in components}
    return DocumentScore(name=gold.name, components=ordered, confusion=confusion)


def total(scores: Sequence[DocumentScore]) -> tuple[dict[str, Counts], dict[str, dict[str, int]]]:
    """Micro-averaged counts over documents, and the summed confusion matrix."""
    sums: dict[str, Counts] = {}
    matrix: dict[str, dict[str, int]] = {}
    for s in scores:
        for name, c in s.components.items():
            sums.setdefault(name, Counts()).add(c)
        for row, cols in s.confusion.items():
            for col, n in cols.items():
                matrix.setdefault(row, {}).setdefault(col, 0)
                matrix[row][col] += n
    return {name: sums[name] for name in COMPONENTS if name in sums}, matrix
