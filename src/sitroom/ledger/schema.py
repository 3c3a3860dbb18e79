"""Ledger tables as the code queries them; migrations 0002 and 0003 create them (keep them in step).

A claim row is a merged event with its status and summaries precomputed, so
that ``claims`` and ``timeline`` are single indexed range scans; mentions keep
every article's evidence and the explanation of the merge; numbers keep every
figure with its claimant; edges count who acts on whom, by type.
"""

from __future__ import annotations

from sqlalchemy import Boolean, Column, Float, Index, Integer, MetaData, String, Table, Text, UniqueConstraint

metadata = MetaData()

claims = Table(
    "ledger_claims",
    metadata,
    Column("id", String(24), primary_key=True),
    Column("family", String(12), nullable=False),
    Column("type", String(12), nullable=False),
    Column("cameo", String(8)),
    Column("intensity", Float),
    Column("actor_key", String(40), nullable=False),
    Column("actor_code", String(16)),
    Column("actor_name", Text),
    Column("recipient_key", String(40), nullable=False),
    Column("recipient_code", String(16)),
    Column("recipient_name", Text),
    Column("date_value", String(32)),
    Column("grain", String(8)),
    Column("date_lo", String(10)),
    Column("date_hi", String(10)),
    Column("sort_date", String(32)),
    Column("place_name", Text),
    Column("place_country", String(8)),
    Column("lat", Float),
    Column("lon", Float),
    Column("geonameid", Integer),
    Column("status", String(14), nullable=False),
    Column("active", Boolean, nullable=False),
    Column("n_mentions", Integer, nullable=False),
    Column("n_sources", Integer, nullable=False),
    Column("n_articles", Integer, nullable=False),
    Column("first_stated", String(32)),
    Column("last_stated", String(32)),
    Column("first_url", Text),
    Column("sources", Text),
    Column("numbers", Text),
    Index("ix_ledger_claims_match", "family", "actor_key", "recipient_key", "date_lo", "date_hi", "sort_date"),
    Index("ix_ledger_claims_status_date", "status", "sort_date"),
    Index("ix_ledger_claims_actor_date", "actor_key", "sort_date"),
    Index("ix_ledger_claims_recipient_date", "recipient_key", "sort_date"),
    Index("ix_ledger_claims_actor_code_date", "actor_code", "sort_date"),
    Index("ix_ledger_claims_recipient_code_date", "recipient_code", "sort_date"),
    Index("ix_ledger_claims_type_date", "type", "sort_date"),
    Index("ix_ledger_claims_date", "sort_date"),
)

mentions = Table(
    "ledger_mentions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("claim_id", String(24), nullable=False),
    Column("document_id", String(32), nullable=False),
    Column("event_id", String(16), nullable=False),
    Column("type", String(12), nullable=False),
    Column("cameo", String(8)),
    Column("intensity", Float),
    Column("actor_key", String(40), nullable=False),
    Column("actor_code", String(16)),
    Column("actor_name", Text),
    Column("recipient_key", String(40), nullable=False),
    Column("recipient_code", String(16)),
    Column("recipient_name", Text),
    Column("date_value", String(32)),
    Column("grain", String(8)),
    Column("place_name", Text),
    Column("place_country", String(8)),
    Column("lat", Float),
    Column("lon", Float),
    Column("geonameid", Integer),
    Column("source_key", String(80), nullable=False),
    Column("source_code", String(16)),
    Column("source_name", Text),
    Column("stance", String(12), nullable=False),
    Column("negated", Boolean, nullable=False),
    Column("via", Text),
    Column("stated", String(32)),
    Column("outlet", Text),
    Column("url", Text),
    Column("published", String(40)),
    Column("evidence_start", Integer, nullable=False),
    Column("evidence_end", Integer, nullable=False),
    Column("evidence_text", Text, nullable=False),
    Column("match", Text),
    Column("superseded", Boolean, nullable=False),
    Column("family", String(12)),   # migration 0003: the identity family when not the type's own (DEPLOY)
    UniqueConstraint("document_id", "event_id", name="uq_ledger_mentions_doc_event"),
    Index("ix_ledger_mentions_claim", "claim_id"),
)

numbers = Table(
    "ledger_numbers",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("claim_id", String(24), nullable=False),
    Column("document_id", String(32), nullable=False),
    Column("event_id", String(16), nullable=False),
    Column("claimant_key", String(80), nullable=False),
    Column("claimant_name", Text),
    Column("value", Float, nullable=False),
    Column("value_max", Float),
    Column("unit", Text),
    Column("approximate", Boolean, nullable=False),
    Column("text", Text),
    Column("stated", String(32)),
    Column("superseded", Boolean, nullable=False),
    Column("qualifier", Text),   # migration 0003: "up to", "about"
    Index("ix_ledger_numbers_claim", "claim_id"),
    Index("ix_ledger_numbers_document", "document_id"),
)

edges = Table(
    "ledger_edges",
    metadata,
    Column("actor_key", String(40), primary_key=True),
    Column("recipient_key", String(40), primary_key=True),
    Column("type", String(12), primary_key=True),
    Column("n_claims", Integer, nullable=False),
    Column("n_mentions", Integer, nullable=False),
)

TABLES = (claims, mentions, numbers, edges)
