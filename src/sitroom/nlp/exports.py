"""Lazy exports for the layer packages.

Each layer's ``__init__`` names its spaCy component and the few functions other layers may
call, but importing a layer package must not import its component: the layers use each
other's small helper modules, and eager imports in ``__init__`` would tie them into cycles
and load spaCy where no model is needed.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any


def lazy_exports(package: str, table: dict[str, str]) -> Callable[[str], Any]:
    """A module ``__getattr__`` that imports ``package.<module>`` when one of its names is first asked for."""

    def __getattr__(name: str) -> Any:
        module = table.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        return getattr(importlib.import_module(f"{package}.{module}"), name)

    return __getattr__
