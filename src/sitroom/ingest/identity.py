"""Document identity: a hash of the normalised body, so the same text is the same document."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"})


def normalise_body(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    return re.sub(r"\s+", " ", text).strip().lower()


def document_id(text: str) -> str:
    return hashlib.sha256(normalise_body(text).encode("utf-8")).hexdigest()[:16]


def story_key(url: str | None, outlet: str | None, title: str | None) -> str | None:
    """What makes two texts versions of one story: the URL, else outlet + headline."""
    if url:
        return "url:" + url.split("#")[0].rstrip("/").lower()
    if title:
        return "title:" + (outlet or "").lower().strip() + "|" + normalise_body(title)
    return None


SHINGLE_WORDS = 5
_WORD = re.compile(r"\w+")


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def shingles(tokens: list[str], size: int = SHINGLE_WORDS) -> frozenset[int]:
    """Hashes of the runs of ``size`` consecutive words: what two texts share verbatim."""
    if len(tokens) < size:
        return frozenset({hash(tuple(tokens))}) if tokens else frozenset()
    return frozenset(hash(tuple(tokens[i:i + size])) for i in range(len(tokens) - size + 1))


def jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    """Shared shingles over all shingles of the two texts (0: nothing in common, 1: the same)."""
    union = len(a | b)
    return len(a & b) / union if union else 0.0


def text_overlap(a: str, b: str) -> float:
    """Jaccard of the two texts' five-word shingles (shorter shingles when a text has fewer words)."""
    wa, wb = words(a), words(b)
    size = max(1, min(SHINGLE_WORDS, len(wa), len(wb)))
    return jaccard(shingles(wa, size), shingles(wb, size))
