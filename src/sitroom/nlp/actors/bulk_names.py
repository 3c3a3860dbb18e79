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

from sitroom.nlp.doctext import doc_text, token_table

_WORD = re.compile(r"[^\W_]+")
_PIECE = re.compile(r"[^\W_]+|[^\w\s]")


def name_key(text: str) -> str:
    """Lowercase words only: "Ban Ki-moon", "Ban Ki- moon" and "BAN KI MOON" share a key."""
    return " ".join(_WORD.findall(text.lower()))


_ACRONYM = re.compile(r"[A-Z]{3,6}")


class BulkNames:
    """Multi-word names found by key lookup over spans that start and end on a word, and acronyms
    ("MILF") found as written: in capitals a word of three letters or more names one body."""

    def __init__(self, phrases: Iterable[str]) -> None:
        self.by_key: dict[str, str] = {}
        self.acronyms: frozenset[str] = frozenset()
        self.longest = 0
        acronyms = set()
        for phrase in phrases:
            key = name_key(phrase)
            if _ACRONYM.fullmatch(phrase):
                acronyms.add(phrase)
            elif " " in key:
                self.by_key.setdefault(key, phrase)
                self.longest = max(self.longest, len(_PIECE.findall(phrase)))   # a bound on its tokens
        self.acronyms = frozenset(acronyms)
        # Every key's leading words ("ban", "ban ki"): a span whose finished words are not among
        # them cannot open a name, nor can any longer span from the same token, so the scan from a
        # token stops after a word or two instead of trying every length up to ``longest``.
        self.heads: frozenset[str] = frozenset(
            " ".join(words[:n]) for words in (k.split() for k in self.by_key) for n in range(1, len(words)))

    def matches(self, doc: Doc) -> list[tuple[int, int, str]]:
        """(start, end, phrase as written in the dictionary), the longest match from each start.

        Spans are read as slices of the text (a token's end is its offset plus its length), not
        as spaCy Spans: this scan visits every capitalised word of every article.
        """
        out: list[tuple[int, int, str]] = []
        if not self.by_key and not self.acronyms:
            return out
        text = doc_text(doc)
        starts, words = token_table(doc)
        n = len(words)
        for i, word in enumerate(words):
            if not word[:1].isupper() or not word.isalpha():
                continue
            found = self._longest_from(text, starts, words, i, min(n, i + self.longest))
            if found is None and word in self.acronyms:
                found = (i, i + 1, word)
            if found is not None:
                out.append(found)
        return out

    def _longest_from(self, text: str, starts: list[int], words: list[str], i: int,
                      stop: int) -> tuple[int, int, str] | None:
        best = None
        for end in range(i + 2, stop + 1):
            last = words[end - 1]
            chunk = text[starts[i]:starts[end - 1] + len(last)]
            if "\n" in chunk:
                break   # every longer span holds the line break too
            key = name_key(chunk)
            finished, _, _ = key.rpartition(" ")
            if finished and finished not in self.heads:
                break   # no name starts with these words, whatever follows
            if last[-1:].isalnum():
                phrase = self.by_key.get(key)
                if phrase is not None:
                    best = (i, end, phrase)
        return best
