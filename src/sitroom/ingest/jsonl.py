"""JSONL dumps: one article per line; a broken line is reported with its number and the rest still load."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime

from ..config import Settings
from ..errors import BrokenJsonLine, SitroomError
from .base import Failure, ReadResult, Source, decode, register_reader
from .text import document_from_text

TEXT_KEYS = ("text", "body", "content", "article")
FIELD_ALIASES = {
    "title": ("title", "headline"),
    "url": ("url", "link", "canonical_url"),
    "outlet": ("outlet", "source", "site", "publisher"),
    "published": ("published", "date", "published_at", "pubdate"),
    "updated": ("updated", "modified", "updated_at"),
    "dateline": ("dateline",),
    "subtitle": ("subtitle", "standfirst", "description"),
    "editor": ("editor",),
}


def _when(value: object) -> datetime | None:
    if not value:
        return None
    text = str(value)
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        import dateparser  # heavy: imported when a dump has a date to parse

        return dateparser.parse(text, languages=["en"])


def _first(obj: dict, keys: tuple[str, ...]) -> object:
    for k in keys:
        if obj.get(k):
            return obj[k]
    return None


def document_from_record(obj: dict, *, where: str, settings: Settings):  # type: ignore[no-untyped-def]
    text = _first(obj, TEXT_KEYS)
    if not isinstance(text, str) or not text.strip():
        raise BrokenJsonLine("the object has no article text", where=where,
                             hint=f"give each line one of the keys {', '.join(TEXT_KEYS)} with the body")
    fields = {k: _first(obj, keys) for k, keys in FIELD_ALIASES.items()}
    published, updated = _when(fields.pop("published")), _when(fields.pop("updated"))
    authors = obj.get("authors") or ([obj["author"]] if obj.get("author") else None)
    return document_from_text(
        text, fallback_date=settings.reference_date, where=where, headers=not fields.get("title"),
        published=published, updated=updated, authors=authors, reader="jsonl", source_path=where,
        **{k: (str(v) if v is not None else None) for k, v in fields.items()},
    )


@register_reader
class JsonlReader:
    name = "jsonl"

    def sniff(self, source: Source) -> float:
        head = source.data[:65536].lstrip()
        if not head.startswith(b"{"):
            return 0.0
        first = head.split(b"\n", 1)[0]
        try:
            return 0.95 if isinstance(json.loads(first), dict) else 0.0
        except ValueError:
            return 0.3 if source.where.endswith((".jsonl", ".ndjson")) else 0.0

    def read(self, source: Source, settings: Settings) -> Iterator[ReadResult]:
        text = decode(source.data, source.where)
        for number, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            where = f"{source.where}:{number}"
            try:
                obj = json.loads(line)
                if not isinstance(obj, dict):
                    raise ValueError("not a JSON object")
                yield document_from_record(obj, where=where, settings=settings)
            except ValueError as exc:
                yield Failure(where, BrokenJsonLine(f"line {number} is not a JSON object: {exc}", where=where,
                                                    hint="fix or remove that line; the other lines were read"))
            except SitroomError as exc:
                yield Failure(where, exc)
