"""Quoted names: 'the gang leader, known as "Barbecue"', 'drills named "Joint Sword-2024A"'.

Marks around a name set off that name, not someone's words; a partial quote right after a naming
phrase (``naming_phrases`` in quotes.yaml) has no speaker and is not a quote. Labelling verbs
("called it 'a provocation'", "dubbed") are not in the list: there someone does speak.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sitroom.lexicon import load_yaml


@lru_cache(maxsize=1)
def _naming() -> re.Pattern[str]:
    phrases = sorted((str(p) for p in load_yaml("quotes.yaml").get("naming_phrases", [])), key=len, reverse=True)
    alts = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)
    return re.compile(rf"(?:^|\W)(?:{alts}),?\s*$", re.I)


def is_quoted_name(text: str, open_at: int) -> bool:
    """Whether the quote opening at ``open_at`` follows a naming phrase in its sentence."""
    return bool(_naming().search(text[max(0, open_at - 40):open_at]))
