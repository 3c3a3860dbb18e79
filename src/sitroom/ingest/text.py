"""Plain-text articles: header and trailer lines become metadata (see metadata.py)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from ..config import Settings
from ..errors import DateContradicted, EmptyInput, EncodingRepaired, NoReferenceDate, warn
from ..records import Document
from .base import ReadResult, Source, decode, register_reader
from .identity import document_id
from .metadata import split_header
from .refdate import evidence, find_reference_date
from .repair import repair_text


def document_from_text(
    text: str,
    *,
    fallback_date: str | date | None = None,
    where: str = "<text>",
    headers: bool = True,
    **fields: object,
) -> Document:
    """Build a Document; ``headers=False`` when a container (JSONL, HTML, feed) already gave the metadata."""
    text, repairs = repair_text(text)
    if repairs:
        warn(EncodingRepaired, f"{where}: mis-encoded characters repaired ({', '.join(repairs)})")
    head = split_header(text, headers=headers)
    if not head.body.strip():
        raise EmptyInput("no article body found", where=where, hint="pass a file with at least one paragraph")
    published = fields.get("published") or head.published
    updated = fields.get("updated") or head.updated
    meta_dateline = fields.get("dateline")
    found, ref_source = find_reference_date(evidence(
        head, published=published, updated=updated, fallback=fallback_date,  # type: ignore[arg-type]
        meta_dateline=meta_dateline if isinstance(meta_dateline, str) else None,
        published_from_meta=bool(fields.get("published"))))
    ref = found.value if found else None
    if ref is None:
        warn(NoReferenceDate, f"{where}: no date in the article and no --date given; relative dates stay unresolved")
    elif found is not None and found.conflicts:
        first = found.conflicts[0]
        warn(DateContradicted, f"{where}: the article's date {ref} ({found.rule}) is contradicted by the text: "
                               f"{first.text!r} — {first.detail}; check document.date_evidence")
    values: dict = {
        "id": document_id(head.body),
        "title": head.title,
        "subtitle": head.subtitle,
        "dateline": head.dateline,
        "published": head.published,
        "updated": head.updated,
        "authors": head.authors,
        "editor": head.editor,
        "update_notes": head.update_notes,
        "outlet": head.outlet,
        "text": head.body,
        "reference_date": ref,
        "reference_date_source": ref_source,
        "date_evidence": found,
        "boilerplate": head.boilerplate,
        "reader": "text",
        "repairs": repairs,
    }
    for key in ("title", "subtitle", "dateline", "outlet"):  # a container's own fields, mis-encoded alike
        value = fields.get(key)
        if isinstance(value, str):
            fields[key], steps = repair_text(value)
            repairs.extend(f"{key}:{step}" for step in steps)
    values.update({k: v for k, v in fields.items() if v is not None})
    return Document(**values)


@register_reader
class TextReader:
    name = "text"

    def sniff(self, source: Source) -> float:
        return 0.1  # the fallback for anything that decodes as text

    def read(self, source: Source, settings: Settings) -> Iterator[ReadResult]:
        text = decode(source.data, source.where)
        yield document_from_text(text, fallback_date=settings.reference_date, where=source.where,
                                 source_path=str(source.path) if source.path else None, url=source.url)
