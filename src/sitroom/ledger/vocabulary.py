"""The ledger's word lists and role sets, read once from ``resources/ledger.yaml`` and checked.

Kept as data so that an analyst can widen what counts as a deployment, a
reference to others' reports or a government voice without touching the rules.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..errors import ResourceError
from ..lexicon import load_yaml

_FILE = "ledger.yaml"


@dataclass(frozen=True, slots=True)
class Vocabulary:
    mobilize_modes: frozenset[str]
    aid_cameo: frozenset[str]
    personnel: tuple[str, ...]
    beneficiary_markers: tuple[str, ...]
    reference_nouns: tuple[str, ...]
    unconfirmed: tuple[str, ...]
    denied: tuple[str, ...]
    government_roles: frozenset[str]
    troop_units: frozenset[str]


def _words(data: Any, *path: str) -> tuple[str, ...]:
    node = data
    for key in path:
        if not isinstance(node, dict) or key not in node:
            raise ResourceError(f"missing key {'.'.join(path)}", where=_FILE,
                                hint="restore the key from the file shipped with sitroom")
        node = node[key]
    if not isinstance(node, list) or not node or not all(isinstance(w, str) and w.strip() for w in node):
        raise ResourceError(f"{'.'.join(path)} must be a non-empty list of words", where=_FILE,
                            hint="write a YAML list of strings")
    return tuple(str(w).casefold() for w in node)


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    data = load_yaml(_FILE)
    return Vocabulary(
        mobilize_modes=frozenset(_words(data, "deployment", "mobilize_modes")),
        aid_cameo=frozenset(_words(data, "deployment", "aid_cameo")),
        personnel=_words(data, "deployment", "personnel"),
        beneficiary_markers=_words(data, "deployment", "beneficiary_markers"),
        reference_nouns=_words(data, "reference", "nouns"),
        unconfirmed=_words(data, "reference", "unconfirmed"),
        denied=_words(data, "reference", "denied"),
        government_roles=frozenset(w.upper() for w in _words(data, "government_roles")),
        troop_units=frozenset(_words(data, "troop_units")),
    )
