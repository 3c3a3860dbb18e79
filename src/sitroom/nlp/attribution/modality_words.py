"""The modality section of ``cues.yaml`` as word sets, for the clause-modality readers."""

from __future__ import annotations

from typing import Any

from sitroom.nlp.attribution.cues import lexicon


def _mod() -> dict[str, Any]:
    return lexicon().modality


_MEMO: dict[tuple[str, ...], tuple[object, frozenset[str]]] = {}


def words(*path: str) -> frozenset[str]:
    """The words under ``path``; the readers ask for the same sets for every clause, so each set is
    built once per loaded lexicon."""
    lex = lexicon()
    kept = _MEMO.get(path)
    if kept is None or kept[0] is not lex:
        kept = _MEMO[path] = (lex, _build(path))
    return kept[1]


def _build(path: tuple[str, ...]) -> frozenset[str]:
    node: Any = _mod()
    for key in path:
        node = (node or {}).get(key) if isinstance(node, dict) else None
    return frozenset(str(w).lower() for w in (node or ()))
