"""Cascades as ordered tables of named steps.

A guard cascade written as a chain of ``if`` statements hides which test decided; a table
of ``Step``s keeps each test small, testable alone, documented by a one-line example, and
lets the caller record the name of the step that accepted or dropped a candidate.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Step(Generic[T]):
    name: str
    run: Callable[..., T | None]
    example: str = ""


def first(steps: Iterable[Step[T]], *args: Any) -> tuple[str, T] | None:
    """The first step whose result is neither None nor False, with its name; None when none fires."""
    for step in steps:
        found = step.run(*args)
        if found is not None and found is not False:
            return step.name, found
    return None


def decide(steps: Iterable[Step[T]], *args: Any) -> tuple[str, T] | None:
    """The first step with a verdict (anything but None, False included), with its name."""
    for step in steps:
        found = step.run(*args)
        if found is not None:
            return step.name, found
    return None
