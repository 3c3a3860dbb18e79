"""The word sets of the event precision guards, read once from ``resources/event_guards.csv``.

Kept apart from ``event_wordsets.csv`` (the pattern table's word classes) because these
sets decide when a matched trigger is *not* an event of its own, not what a trigger is.
A missing or empty set is a broken install, reported as ``E021`` rather than a silent
guard that never fires.
"""

from __future__ import annotations

from functools import lru_cache

from sitroom.errors import ResourceError
from sitroom.lexicon import load_csv

_FILE = "event_guards.csv"
REQUIRED = ("visits", "framing_marks", "framing_preps", "temporal_preps", "event_heads",
            "nonspecific_dets", "casualty_verbs", "injury_verbs", "mishaps", "setting_preps",
            "prevention_verbs", "cause_verbs", "command_verbs", "aim_preps", "check_verbs", "denial_verbs",
            "pointer_words", "figure_words", "gatherings", "venue_preps", "venue_heads", "condemning_nouns",
            "condemning_mods", "open_when_negated", "sports_words", "contest_words")


@lru_cache(maxsize=1)
def guard_words() -> dict[str, frozenset[str]]:
    """name -> lowercase words; every name in ``REQUIRED`` present and non-empty."""
    table = {row["name"].strip(): frozenset(w.strip().lower() for w in (row.get("words") or "").split("|")
                                            if w.strip())
             for row in load_csv(_FILE)}
    for name in REQUIRED:
        if not table.get(name):
            raise ResourceError(f"word set {name!r} missing or empty", where=f"resources/{_FILE}",
                                hint="restore the row from the packaged resources")
    return table
