"""ledger: merged events (claims), their mentions, numbers and the actor network

Revision ID: 0002
Revises: 0001

Written out column by column (not imported from sitroom.ledger.schema) so that this
revision stays what it was when later revisions change the live schema.
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "ledger_claims",
        sa.Column("id", sa.String(24), primary_key=True),
        sa.Column("family", sa.String(12), nullable=False),
        sa.Column("type", sa.String(12), nullable=False),
        sa.Column("cameo", sa.String(8)),
        sa.Column("intensity", sa.Float),
        sa.Column("actor_key", sa.String(40), nullable=False),
        sa.Column("actor_code", sa.String(16)),
        sa.Column("actor_name", sa.Text),
        sa.Column("recipient_key", sa.String(40), nullable=False),
        sa.Column("recipient_code", sa.String(16)),
        sa.Column("recipient_name", sa.Text),
        sa.Column("date_value", sa.String(32)),
        sa.Column("grain", sa.String(8)),
        sa.Column("date_lo", sa.String(10)),
        sa.Column("date_hi", sa.String(10)),
        sa.Column("sort_date", sa.String(32)),
        sa.Column("place_name", sa.Text),
        sa.Column("place_country", sa.String(8)),
        sa.Column("lat", sa.Float),
        sa.Column("lon", sa.Float),
        sa.Column("geonameid", sa.Integer),
        sa.Column("status", sa.String(14), nullable=False),
        sa.Column("active", sa.Boolean, nullable=False),
        sa.Column("n_mentions", sa.Integer, nullable=False),
        sa.Column("n_sources", sa.Integer, nullable=False),
        sa.Column("n_articles", sa.Integer, nullable=False),
        sa.Column("first_stated", sa.String(32)),
        sa.Column("last_stated", sa.String(32)),
        sa.Column("first_url", sa.Text),
        sa.Column("sources", sa.Text),
        sa.Column("numbers", sa.Text),
    )
    op.create_index("ix_ledger_claims_actor_code_date", "ledger_claims", ["actor_code", "sort_date"])
    op.create_index("ix_ledger_claims_actor_date", "ledger_claims", ["actor_key", "sort_date"])
    op.create_index("ix_ledger_claims_date", "ledger_claims", ["sort_date"])
    op.create_index("ix_ledger_claims_match", "ledger_claims",
                    ["family", "actor_key", "recipient_key", "date_lo", "date_hi", "sort_date"])
    op.create_index("ix_ledger_claims_recipient_code_date", "ledger_claims", ["recipient_code", "sort_date"])
    op.create_index("ix_ledger_claims_recipient_date", "ledger_claims", ["recipient_key", "sort_date"])
    op.create_index("ix_ledger_claims_status_date", "ledger_claims", ["status", "sort_date"])
    op.create_index("ix_ledger_claims_type_date", "ledger_claims", ["type", "sort_date"])
    op.create_table(
        "ledger_mentions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("claim_id", sa.String(24), nullable=False),
        sa.Column("document_id", sa.String(32), nullable=False),
        sa.Column("event_id", sa.String(16), nullable=False),
        sa.Column("type", sa.String(12), nullable=False),
        sa.Column("cameo", sa.String(8)),
        sa.Column("intensity", sa.Float),
        sa.Column("actor_key", sa.String(40), nullable=False),
        sa.Column("actor_code", sa.String(16)),
        sa.Column("actor_name", sa.Text),
        sa.Column("recipient_key", sa.String(40), nullable=False),
        sa.Column("recipient_code", sa.String(16)),
        sa.Column("recipient_name", sa.Text),
        sa.Column("date_value", sa.String(32)),
        sa.Column("grain", sa.String(8)),
        sa.Column("place_name", sa.Text),
        sa.Column("place_country", sa.String(8)),
        sa.Column("lat", sa.Float),
        sa.Column("lon", sa.Float),
        sa.Column("geonameid", sa.Integer),
        sa.Column("source_key", sa.String(80), nullable=False),
        sa.Column("source_code", sa.String(16)),
        sa.Column("source_name", sa.Text),
        sa.Column("stance", sa.String(12), nullable=False),
        sa.Column("negated", sa.Boolean, nullable=False),
        sa.Column("via", sa.Text),
        sa.Column("stated", sa.String(32)),
        sa.Column("outlet", sa.Text),
        sa.Column("url", sa.Text),
        sa.Column("published", sa.String(40)),
        sa.Column("evidence_start", sa.Integer, nullable=False),
        sa.Column("evidence_end", sa.Integer, nullable=False),
        sa.Column("evidence_text", sa.Text, nullable=False),
        sa.Column("match", sa.Text),
        sa.Column("superseded", sa.Boolean, nullable=False),
        sa.UniqueConstraint("document_id", "event_id", name="uq_ledger_mentions_doc_event"),
    )
    op.create_index("ix_ledger_mentions_claim", "ledger_mentions", ["claim_id"])
    op.create_table(
        "ledger_numbers",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("claim_id", sa.String(24), nullable=False),
        sa.Column("document_id", sa.String(32), nullable=False),
        sa.Column("event_id", sa.String(16), nullable=False),
        sa.Column("claimant_key", sa.String(80), nullable=False),
        sa.Column("claimant_name", sa.Text),
        sa.Column("value", sa.Float, nullable=False),
        sa.Column("value_max", sa.Float),
        sa.Column("unit", sa.Text),
        sa.Column("approximate", sa.Boolean, nullable=False),
        sa.Column("text", sa.Text),
        sa.Column("stated", sa.String(32)),
        sa.Column("superseded", sa.Boolean, nullable=False),
    )
    op.create_index("ix_ledger_numbers_claim", "ledger_numbers", ["claim_id"])
    op.create_index("ix_ledger_numbers_document", "ledger_numbers", ["document_id"])
    op.create_table(
        "ledger_edges",
        sa.Column("actor_key", sa.String(40), primary_key=True),
        sa.Column("recipient_key", sa.String(40), primary_key=True),
        sa.Column("type", sa.String(12), primary_key=True),
        sa.Column("n_claims", sa.Integer, nullable=False),
        sa.Column("n_mentions", sa.Integer, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("ledger_edges")
    op.drop_table("ledger_numbers")
    op.drop_table("ledger_mentions")
    op.drop_table("ledger_claims")
