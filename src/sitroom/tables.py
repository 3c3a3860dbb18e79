"""Document and item tables, below both the store (which writes them) and the ledger (which reads them).

Migrations (not this module) create and change them. Column lists for inserts are
derived from these Table objects (``item_columns``), so the schema is stated once.

Per-document rows are denormalised (actor codes, date values and stance on the
event row) so that the CLI's and the ledger's filters hit one indexed table.
"""

from __future__ import annotations

from sqlalchemy import Boolean, Column, Float, Integer, MetaData, String, Table, Text

metadata = MetaData()


def _doc_key() -> list[Column]:
    return [Column("doc_id", String(32), primary_key=True), Column("id", String(16), primary_key=True)]


documents = Table(
    "documents", metadata,
    Column("id", String(32), primary_key=True),
    Column("story_key", Text, index=True),
    Column("version", Integer, nullable=False, default=1),
    Column("previous_id", String(32)),
    Column("url", Text),
    Column("outlet", Text),
    Column("title", Text),
    Column("dateline", Text),
    Column("published", String(40)),
    Column("updated", String(40)),
    Column("reference_date", String(10), index=True),
    Column("ingested_at", String(40), nullable=False),
    Column("source_path", Text),
    Column("n_events", Integer, nullable=False, default=0),
    Column("n_quotes", Integer, nullable=False, default=0),
    Column("record", Text, nullable=False),
    Column("version_rule", Text),  # why previous_id was linked: same-url, or headline+text:<jaccard>
)

actors = Table(
    "actors", metadata, *_doc_key(),
    Column("name", Text, nullable=False),
    Column("type", String(8), nullable=False),
    Column("country", String(8)),
    Column("role", String(8)),
    Column("code", String(16), index=True),
)

events = Table(
    "events", metadata, *_doc_key(),
    Column("type", String(12), nullable=False, index=True),
    Column("mode", String(24)),
    Column("context", String(40)),
    Column("cameo", String(8)),
    Column("intensity", Float),
    Column("actor_id", String(16)),
    Column("recipient_id", String(16)),
    Column("actor_code", String(16), index=True),
    Column("recipient_code", String(16), index=True),
    Column("date", String(32), index=True),
    Column("date_grain", String(8)),
    Column("place_id", String(16)),
    Column("quantity_id", String(16)),
    Column("source_id", String(16)),
    Column("source_code", String(16)),
    Column("stance", String(12), nullable=False),
    Column("cue", Text),
    Column("negated", Boolean, nullable=False, default=False),
    Column("confidence", Float),
    Column("evidence_start", Integer),
    Column("evidence_end", Integer),
    Column("evidence_text", Text),
)

quotes = Table(
    "quotes", metadata, *_doc_key(),
    Column("kind", String(10), nullable=False),
    Column("speaker_id", String(16)),
    Column("speaker_code", String(16), index=True),
    Column("cue", Text),
    Column("text", Text, nullable=False),
    Column("start", Integer),
    Column("end", Integer),
)

quantities = Table(
    "quantities", metadata, *_doc_key(),
    Column("value", Float, nullable=False),
    Column("value_max", Float),
    Column("unit", Text),
    Column("approximate", Boolean, nullable=False, default=False),
    Column("claimant_id", String(16)),
    Column("claimant_code", String(16)),
    Column("event_id", String(16)),
    Column("text", Text),
    Column("start", Integer),
    Column("end", Integer),
)

times = Table(
    "times", metadata, *_doc_key(),
    Column("text", Text, nullable=False),
    Column("value", String(32)),
    Column("grain", String(8)),
    Column("start", Integer),
    Column("end", Integer),
)

places = Table(
    "places", metadata, *_doc_key(),
    Column("text", Text, nullable=False),
    Column("name", Text),
    Column("country", String(8), index=True),
    Column("lat", Float),
    Column("lon", Float),
    Column("geonameid", Integer),
    Column("start", Integer),
    Column("end", Integer),
)

ITEM_TABLES = (actors, events, quotes, quantities, times, places)


def columns_of(table: Table, *, skip: tuple[str, ...] = ()) -> tuple[str, ...]:
    """A table's column names in declaration order, less ``skip`` (e.g. an autoincrement id)."""
    return tuple(c.name for c in table.columns if c.name not in skip)


def item_columns() -> dict[str, tuple[str, ...]]:
    """Each item table's columns in the order the store binds them."""
    return {t.name: columns_of(t) for t in ITEM_TABLES}


def like_prefix(prefix: str) -> str:
    """A LIKE pattern matching what starts with ``prefix`` literally ("_" and "%" are not wildcards)."""
    return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
