"""The format registry, apart from the package so that each format can register itself without a cycle."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

Writer = Callable[..., int]


@dataclass(frozen=True)
class Exporter:
    name: str
    description: str
    write: Writer
    suffix: str
    binary: bool = False
    folder: bool = False   # writes several files into a folder (cannot go to standard output)


EXPORTERS: dict[str, Exporter] = {}


def register(name: str, description: str, suffix: str, *, binary: bool = False,
             folder: bool = False) -> Callable[[Writer], Writer]:
    def wrap(fn: Writer) -> Writer:
        EXPORTERS[name] = Exporter(name, description, fn, suffix, binary, folder)
        return fn
    return wrap
