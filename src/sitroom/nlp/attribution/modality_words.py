"""The modality section of ``cues.yaml`` as word sets, for the clause-modality readers."""

from __future__ import annotations

from typing import Any

from sitroom.nlp.attribution.cues import lexicon


def _mod() -> dict[str, Any]:
    return lexicon().modality


def words(*path: str) -> frozenset[str]:
    node: Any = _mod()
    for key in path:
        node = (node or {}).get(key) if isinstance(node, dict) else None
    return frozenset(str(w).lower() for w in (node or ()))
