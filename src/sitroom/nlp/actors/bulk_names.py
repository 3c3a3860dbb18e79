"""Finding the converted dictionary's names without a spaCy pattern per name.

Tens of thousands of names as PhraseMatcher patterns cost seconds of tokenising at start-up,
more than the rest of the pipeline's set-up. These names are plain words, so a dictionary of
normalised keys ("ban ki moon") and a scan of the capitalised token runs of each document find
them at the same cost per article, with a build time of a few tens of milliseconds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc

_WORD = re.compile(r"[^\W_]+")
_PIECE = re.compile(r"[^\W_]+|[^\w\s]")


def name_key(text: str) -> str:
    """Lowercase words only: "Ban Ki-moon", "Ban Ki- moon" and "BAN KI MOON" share a key."""
    return " ".join(_WORD.findall(text.lower()))


class BulkNames:
    """Multi-word names found by key lookup over spans that start and end on a word."""

    def __init__(self, phrases: Iterable[str]) -> None:
        self.by_key: dict[str, str] = {}
        self.longest = 0
        for phrase in phrases:
            key = name_key(phrase)
            if " " in key:
                self.by_key.setdefault(key, phrase)
                self.longest = max(self.longest, len(_PIECE.findall(phrase)))   # a bound on its tokens

    def matches(self, doc: Doc) -> list[tuple[int, int, str]]:
        """(start, end, phrase as written in the dictionary), longest first from each start."""
        out: list[tuple[int, int, str]] = []
        if not self.by_key:
            return out
        for i, tok in enumerate(doc):
            if not tok.text[:1].isupper() or not tok.is_alpha:
                continue
            for end in range(min(len(doc), i + self.longest), i + 1, -1):
                last = doc[end - 1]
                if not last.text[-1:].isalnum() or "\n" in doc[i:end].text:
                    continue
                phrase = self.by_key.get(name_key(doc[i:end].text))
                if phrase is not None:
                    out.append((i, end, phrase))
                    break
        return out
