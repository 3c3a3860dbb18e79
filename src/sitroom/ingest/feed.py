"""RSS/Atom feeds: entries become documents; fetching each entry's page is an explicit option."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime

from ..config import Settings
from ..errors import FeedUnparsable, SitroomError
from .base import Failure, ReadResult, Source, register_reader
from .fetch import fetch_url
from .html import document_from_html
from .text import document_from_text

_SNIFF = re.compile(rb"<rss[\s>]|<feed[\s>][^>]*|<rdf:RDF", re.I)
_TAGS = re.compile(r"<[^>]+>")


def _entry_time(entry: dict, key: str) -> datetime | None:
    parsed = entry.get(f"{key}_parsed")
    return datetime(*parsed[:6]).replace(tzinfo=UTC) if parsed else None


def _entry_text(entry: dict) -> str:
    content = entry.get("content") or []
    raw = content[0].get("value", "") if content else entry.get("summary", "")
    paragraphs = re.split(r"</p>|<br\s*/?>|\n\s*\n", raw)
    return "\n\n".join(p for p in (re.sub(r"\s+", " ", _TAGS.sub(" ", x)).strip() for x in paragraphs) if p)


@register_reader
class FeedReader:
    name = "feed"

    def sniff(self, source: Source) -> float:
        return 0.97 if _SNIFF.search(source.data[:4096]) else 0.0

    def read(self, source: Source, settings: Settings) -> Iterator[ReadResult]:
        import feedparser  # heavy: imported when a feed is read, not when the CLI starts

        parsed = feedparser.parse(source.data)
        if parsed.get("bozo") and not parsed.entries:
            raise FeedUnparsable(f"not a readable RSS/Atom feed: {parsed.get('bozo_exception')}",
                                 where=source.where, hint="check the URL or file; it must be RSS or Atom XML")
        outlet = parsed.feed.get("title")
        for number, entry in enumerate(parsed.entries, 1):
            where = f"{source.where}#entry{number}"
            try:
                yield self._entry(entry, where, outlet, settings)
            except SitroomError as exc:
                yield Failure(where, exc)

    def _entry(self, entry: dict, where: str, outlet: str | None, settings: Settings):  # type: ignore[no-untyped-def]
        link = entry.get("link")
        if settings.fetch_entries and link:
            page = fetch_url(link, settings)
            return document_from_html(page.decode("utf-8", "replace"), where=link, url=link, settings=settings)
        published = _entry_time(entry, "published")
        updated = _entry_time(entry, "updated")
        authors = [a.get("name") for a in entry.get("authors", []) if a.get("name")]
        return document_from_text(
            _entry_text(entry), fallback_date=settings.reference_date, where=where, headers=False,
            title=entry.get("title"), url=link, outlet=outlet, published=published, updated=updated,
            authors=authors or None, reader="feed",
        )
