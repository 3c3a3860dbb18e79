"""Agreement between two people's gold for the same article, with the scorer the system is judged by.

A score only means something next to how well two annotators agree: where they agree little, the
gold (and so any figure measured on it) is uncertain. One gold file is turned into an Analysis, as if
it were a prediction, and scored against the other; F1 is symmetric, so which side is "gold" only
swaps precision and recall.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..records import Actor, Analysis, Attribution, Document, Event, Evidence, Quantity, Quote, Time
from .gold import GoldDocument, GoldFile, fold
from .report import Report, build_report
from .scoring import DocumentScore, score_document

_CODE = re.compile(r"^[A-Z]{2,6}$")
_TIME_PARTS = ("times", "time_values")


class _Builder:
    """Actor ids by every name, alias and code the gold uses, and spans located in the text."""

    def __init__(self, gold: GoldFile, text: str) -> None:
        self.text, self.folded = text, fold(text)
        self.actors: list[Actor] = []
        self.listed = 0
        self.ids: dict[str, str] = {}
        for g in gold.actors or []:
            aid = self._add(g.name, g.code, [g.name, *g.aliases])
            for key in (g.name, *g.aliases, *([g.code] if g.code else [])):
                self.ids.setdefault(fold(key), aid)
        self.listed = len(self.actors)

    def span(self, snippet: str | None) -> tuple[int, int]:
        at = self.folded.find(fold(snippet)) if snippet else -1
        return (0, 0) if at < 0 or not snippet else (at, at + len(snippet))

    def _add(self, name: str, code: str | None, names: Sequence[str]) -> str:
        aid = f"a{len(self.actors) + 1}"
        mentions = [s for s in (self.span(n) for n in names) if s != (0, 0)]
        self.actors.append(Actor(id=aid, name=name, type="org", code=code, country=(code or "")[:3] or None,
                                 mentions=mentions))
        return aid

    def ref(self, name: str | None) -> str | None:
        """An actor reference as the scorer reads it: a listed entry, else a bare code or name."""
        if name is None:
            return None
        if fold(name) not in self.ids:
            self.ids[fold(name)] = self._add(name, name if _CODE.match(name) else None, [name])
        return self.ids[fold(name)]


def gold_as_analysis(doc: GoldDocument) -> tuple[Analysis, Analysis]:
    """(with event-date times, without them): a date the text does not name must not count as a time."""
    gold = doc.gold
    b = _Builder(gold, doc.text)
    times = [Time(id=f"t{i}", text=t.text, value=t.value, start=b.span(t.text)[0], end=b.span(t.text)[1])
             for i, t in enumerate(gold.times or [])]
    by_value = {t.value: t.id for t in times if t.value}
    dates = [Time(id=f"d{i}", text="", value=e.date, start=0, end=0)
             for i, e in enumerate(gold.events or []) if e.date and e.date not in by_value]
    by_value.update({t.value: t.id for t in dates if t.value})
    events = []
    for i, e in enumerate(gold.events or []):
        start, end = b.span(e.evidence)
        events.append(Event(id=f"e{i}", type=e.type[0], actor=b.ref(e.actor), recipient=b.ref(e.recipient),
                            date=by_value.get(e.date) if e.date else None,
                            attribution=Attribution(source=b.ref(e.source), stance=e.stance, negated=e.negated),
                            evidence=Evidence(start=start, end=end, text=doc.text[start:end])))
    quotes = [Quote(id=f"q{i}", text=q.text, kind=q.kind, speaker=b.ref(q.speaker), start=b.span(q.text)[0],
                    end=b.span(q.text)[1]) for i, q in enumerate(gold.quotes or [])]
    quantities = [Quantity(id=f"n{i}", value=n.value, value_max=n.value_max, unit=n.unit,
                           text=n.text or f"{n.value:g}", claimant=b.ref(n.claimant), start=0, end=0)
                  for i, n in enumerate(gold.quantities or [])]
    document = Document(id=doc.name, text=doc.text)
    full = Analysis(document=document, actors=b.actors, events=events, quotes=quotes, quantities=quantities,
                    times=times + dates)
    return full, full.model_copy(update={"times": times, "actors": b.actors[:b.listed]})


def agreement_score(reference: GoldDocument, other: GoldDocument) -> DocumentScore:
    """``other`` scored as a prediction against ``reference``; times and actor lists without helper entries."""
    full, plain = gold_as_analysis(other)
    scored = score_document(reference, full)
    bare = score_document(reference, plain)
    for name in (*_TIME_PARTS, "actors"):
        if name in bare.components:
            scored.components[name] = bare.components[name]
    return scored


def agreement_report(pairs: Sequence[tuple[GoldDocument, GoldDocument]]) -> Report:
    return build_report([agreement_score(a, b) for a, b in pairs])
