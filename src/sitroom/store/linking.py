"""Which stored article a new one updates, and why.

A URL names one story, so the same URL is always the same story ("same-url"). Outlet and
headline alone are not enough: wire slugs and standing headlines ("=(PICTURE)=",
"= (PICTURES) =", "ATTENTION - ADDS DETAILS ///", "Tokyo stocks end higher") repeat across
unrelated stories. So an article without a URL updates an earlier one only when outlet and
headline match, it is dated within ``VERSION_WINDOW_DAYS``, and the two texts share at least
``MIN_JACCARD`` of their five-word shingles ("headline+text:0.62"). On the newswire corpus,
pairs with the same outlet and headline within a week scored 0.40–0.92 when one was an update
of the other and 0.00–0.11 when they were different stories (docs/hostile-input.md).

An article with no such predecessor starts a story of its own; when its outlet and headline
are already taken by another story, its story key gets its document id appended, so that
``sitroom versions`` never groups unrelated articles.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Connection, or_, select

from ..ingest.identity import text_overlap
from . import schema

VERSION_WINDOW_DAYS = 7
MIN_JACCARD = 0.25
_SUFFIX = "#"  # story keys of later, unrelated stories under one headline: base + "#" + id


@dataclass(frozen=True)
class Candidate:
    id: str
    version: int
    reference_date: str | None
    story_key: str
    text: str | None = None  # filled in for headline matches, from the stored record or the batch


@dataclass(frozen=True)
class Link:
    story_key: str | None
    previous: Candidate | None = None
    rule: str | None = None


def _base(key: str) -> str:
    return key.split(_SUFFIX, 1)[0] if key.startswith("title:") else key


def stored_candidates(conn: Connection, keys: set[str]) -> dict[str, list[Candidate]]:
    """Stored articles per base key: the same URL key, or the same headline key with or without a suffix."""
    docs = schema.documents
    found: dict[str, list[Candidate]] = {}
    key_list = sorted(keys)
    for i in range(0, len(key_list), 200):
        chunk = key_list[i:i + 200]
        ranges = [docs.c.story_key.between(k + _SUFFIX, k + _SUFFIX + "\uffff")
                  for k in chunk if k.startswith("title:")]
        rows = conn.execute(select(docs.c.story_key, docs.c.id, docs.c.version, docs.c.reference_date)
                            .where(or_(docs.c.story_key.in_(chunk), *ranges)))
        for row in rows:
            found.setdefault(_base(row.story_key), []).append(
                Candidate(row.id, row.version, row.reference_date, row.story_key))
    return found


def _within_window(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True
    return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days) <= VERSION_WINDOW_DAYS


def _text_of(conn: Connection, candidate: Candidate) -> str:
    if candidate.text is not None:
        return candidate.text
    record = conn.execute(select(schema.documents.c.record).where(schema.documents.c.id == candidate.id)).scalar()
    return str(json.loads(record or "{}").get("document", {}).get("text", ""))


def link(conn: Connection, key: str | None, candidates: list[Candidate], doc_id: str, text: str,
         ref: str | None) -> Link:
    """The story a new article joins and the version it follows, with the rule that decided it."""
    if key is None:
        return Link(None)
    if key.startswith("url:"):
        previous = max(candidates, key=lambda c: c.version, default=None)
        return Link(key, previous, "same-url" if previous else None)
    near = [c for c in candidates if _within_window(c.reference_date, ref)]
    best: tuple[float, Candidate] | None = None
    for c in near:
        score = text_overlap(text, _text_of(conn, c))
        if score >= MIN_JACCARD and (best is None or score > best[0]):
            best = (score, c)
    if best is not None:
        story = best[1].story_key
        previous = max((c for c in candidates if c.story_key == story), key=lambda c: c.version)
        return Link(story, previous, f"headline+text:{best[0]:.2f}")
    taken = any(c.story_key == key for c in candidates)
    return Link(key + _SUFFIX + doc_id if taken else key)
