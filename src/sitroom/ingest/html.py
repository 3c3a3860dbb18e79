"""HTML pages: trafilatura extracts the body and metadata; precise timestamps come from meta tags."""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from datetime import datetime

from ..config import Settings
from ..errors import EmptyInput
from .base import ReadResult, Source, decode, register_reader
from .text import document_from_text

_HTML_SNIFF = re.compile(rb"<!doctype html|<html[\s>]|<body[\s>]|<article[\s>]|<head[\s>]", re.I)
_META_TIME = re.compile(
    r"""(?:property|name|itemprop)=["'](?P<key>article:published_time|article:modified_time|datePublished|"""
    r"""dateModified|og:updated_time|pubdate)["'][^>]*?content=["'](?P<value>[^"']+)["']""",
    re.I,
)
_JSONLD_TIME = re.compile(r'"(?P<key>datePublished|dateModified)"\s*:\s*"(?P<value>[^"]+)"')


def _iso(value: str) -> datetime | None:
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None


def meta_times(html: str) -> tuple[datetime | None, datetime | None]:
    """Published/updated with their time zone, which trafilatura reduces to a bare date."""
    published = updated = None
    for m in list(_META_TIME.finditer(html)) + list(_JSONLD_TIME.finditer(html)):
        key, when = m.group("key").lower(), _iso(m.group("value"))
        if when is None:
            continue
        if ("modified" in key or "updated" in key) and updated is None:
            updated = when
        elif ("published" in key or key == "pubdate") and published is None:
            published = when
    return published, updated


def document_from_html(html: str, *, where: str, url: str | None, settings: Settings):  # type: ignore[no-untyped-def]
    import trafilatura  # heavy: imported by the first HTML page, not when the CLI starts

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        extracted = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                                as_dict=True)
    if not isinstance(extracted, dict) or not extracted.get("text"):
        raise EmptyInput("no article text found in the HTML page", where=where,
                         hint="check that the page holds an article, not an index or a login wall")
    title = extracted.get("title")
    lines = [ln.strip() for ln in str(extracted["text"]).split("\n") if ln.strip()]
    if lines and title and lines[0] == title.strip():
        lines = lines[1:]
    body = "\n\n".join(lines)
    published, updated = meta_times(html)
    if published is None and extracted.get("date"):
        published = _iso(str(extracted["date"]))
    authors = [a.strip() for a in re.split(r";|,| and ", extracted.get("author") or "") if a.strip()]
    fallback = published.date().isoformat() if published else (
        updated.date().isoformat() if updated else settings.reference_date)
    doc = document_from_text(body, fallback_date=fallback, where=where, headers=False,
                             title=title, url=extracted.get("url") or url,
                             outlet=extracted.get("sitename") or extracted.get("hostname"),
                             authors=authors or None, published=published, updated=updated, reader="html",
                             source_path=where if not url else None)
    return doc


@register_reader
class HtmlReader:
    name = "html"

    def sniff(self, source: Source) -> float:
        return 0.9 if _HTML_SNIFF.search(source.data[:4096]) else 0.0

    def read(self, source: Source, settings: Settings) -> Iterator[ReadResult]:
        html = decode(source.data, source.where)
        yield document_from_html(html, where=source.where, url=source.url, settings=settings)
