"""What one scored component holds: counts, and the items behind them for ``--misses``.

Kept apart from the scorers so that event and mention scoring can share it without
importing each other.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from .matching import max_matching


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
