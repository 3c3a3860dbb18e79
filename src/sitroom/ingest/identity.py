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
