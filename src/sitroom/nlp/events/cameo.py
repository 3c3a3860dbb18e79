"""CAMEO code facts (name, root, quad class, Goldstein weight) for events and GDELT-like exports.

Events carry a CAMEO code as specific as their pattern allows; exporters and the
intensity fallback need the code's root and weight, so they are kept as data
(``resources/cameo.csv``) and looked up here, falling back to the nearest listed
ancestor so that a user-supplied finer code still resolves.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from sitroom.lexicon import load_csv


@dataclass(frozen=True)
class CameoInfo:
    code: str
    name: str
    root: str
    quad: int
    goldstein: float


@lru_cache(maxsize=1)
def _table() -> dict[str, CameoInfo]:
    return {
        row["code"]: CameoInfo(row["code"], row["name"], row["root"], int(row["quad"]), float(row["goldstein"]))
        for row in load_csv("cameo.csv")
    }


def cameo_info(code: str | None) -> CameoInfo | None:
    """Facts for ``code``, or for its closest listed ancestor (``"1384"`` → ``"138"``); None if unknown."""
    if not code:
        return None
    table = _table()
    probe = code.strip()
    while probe:
        if probe in table:
            found = table[probe]
            return found if probe == code else CameoInfo(code, found.name, found.root, found.quad, found.goldstein)
        probe = probe[:-1]
    return None


def cameo_codes() -> list[str]:
    """All codes in the table, in file order (roots included)."""
    return list(_table())
