"""Troop deployments as one family of claims, however the event layer coded them.

Apart from the inference rules so that the mention builder can ask without importing them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .vocabulary import vocabulary

DEPLOY = "DEPLOY"


def is_deployment(type_: str, mode: str | None, cameo: str | None, context: str | None, evidence: str) -> bool:
    """Troops moved: MOBILIZE of troops, AID coded as troops (CAMEO 074), or military AID/MOBILIZE naming people."""
    voc = vocabulary()
    if type_ == "MOBILIZE" and (mode or "").casefold() in voc.mobilize_modes:
        return True
    if type_ == "AID" and (cameo or "") in voc.aid_cameo:
        return True
    if type_ in ("AID", "MOBILIZE") and (context or "").casefold() == "military":
        return names_personnel(evidence)
    return False


def names_personnel(text: str) -> bool:
    """Whether a text names soldiers or units rather than goods ("troops", "special forces", "battalion")."""
    return _personnel().search(text) is not None


@lru_cache(maxsize=1)
def _personnel() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(map(re.escape, vocabulary().personnel)) + ")", re.IGNORECASE)
