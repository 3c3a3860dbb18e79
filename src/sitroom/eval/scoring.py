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

from collections.abc import Sequence
from dataclasses import dataclass

from ..records import Analysis, Event
from .counts import Counts, count
from .gold import GoldDocument, GoldEvent, GoldFile
from .matching import PredView, max_matching, optional_ref, value_match
from .mentions import score_mentions

__all__ = ["COMPONENTS", "NONE", "Counts", "DocumentScore", "count", "score_document", "score_events", "total"]

NONE = "NONE"
COMPONENTS = (
    "event_type", "actor", "recipient", "triple", "event_date", "event_sort_date", "stance",
    "quotes", "quote_speaker", "times", "time_values", "quantities", "quantity_claimant",
    "places", "actors",
)


@dataclass
class DocumentScore:
    name: str
    components: dict[str, Counts]
    confusion: dict[str, dict[str, int]]


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

    def sort_date(self, g: GoldEvent, p: Event) -> bool:
        return self.typed(g, p) and value_match(g.date, sort_value(self.view, p))

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


_GRAIN_CHARS = {"day": 10, "month": 7, "year": 4}


def sort_value(view: PredView, p: Event) -> str | None:
    """The date a user sorts and filters the event on: its own time's value, else the statement's or the
    article's date (``sort_date``) cut to its grain."""
    own = view.time_value(p.date)
    if own is not None or p.sort_date is None:
        return own
    return p.sort_date[:_GRAIN_CHARS.get(p.date_grain or "day", 10)]


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

    def not_judged_sorted(p: Event) -> bool:
        return sort_value(view, p) is None or any(s.typed(g, p) for g in undated)

    out["event_sort_date"] = count(dated, preds, s.sort_date, s.describe_gold, s.describe_pred, not_judged_sorted)
    return out, s.confusion()


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
