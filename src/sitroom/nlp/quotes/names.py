"""Quoted names: 'the gang leader, known as "Barbecue"', 'drills named "Joint Sword-2024A"'.

Marks around a name set off that name, not someone's words; a partial quote right after a naming
phrase (``naming_phrases`` in quotes.yaml) has no speaker and is not a quote. Labelling verbs
("called it 'a provocation'", "dubbed") are not in the list: there someone does speak. So is a short
stretch of capitalised words after an article ('wrote for the "Mount Valley Magazine"'): the title of
a publication, a group or a campaign.
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


_ARTICLE = re.compile(r"(?:^|\W)(?:the|a|an)\s*$", re.I)
_TITLE_WORD = re.compile(r"[A-Z0-9][\w'’.-]*|of|and|for|the|in|on|de|du|la|le|al")


def _titled(quoted: str) -> bool:
    words = quoted.strip(" ,.\"'\u201c\u201d").split()
    return 0 < len(words) <= 5 and words[0][:1].isupper() and all(_TITLE_WORD.fullmatch(w) for w in words)


def is_quoted_name(text: str, open_at: int, close_at: int | None = None) -> bool:
    """Whether the quote opening at ``open_at`` follows a naming phrase in its sentence, or is a title
    (capitalised words) right after an article."""
    before = text[max(0, open_at - 40):open_at]
    if _naming().search(before):
        return True
    return close_at is not None and bool(_ARTICLE.search(before)) and _titled(text[open_at + 1:close_at])
