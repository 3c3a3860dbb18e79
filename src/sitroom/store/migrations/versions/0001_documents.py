"""documents and their extracted items

Revision ID: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _key() -> list[sa.Column]:
    return [sa.Column("doc_id", sa.String(32), primary_key=True), sa.Column("id", sa.String(16), primary_key=True)]


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("story_key", sa.Text),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("previous_id", sa.String(32)),
        sa.Column("url", sa.Text),
        sa.Column("outlet", sa.Text),
        sa.Column("title", sa.Text),
        sa.Column("dateline", sa.Text),
        sa.Column("published", sa.String(40)),
        sa.Column("updated", sa.String(40)),
        sa.Column("reference_date", sa.String(10)),
        sa.Column("ingested_at", sa.String(40), nullable=False),
        sa.Column("source_path", sa.Text),
        sa.Column("n_events", sa.Integer, nullable=False),
        sa.Column("n_quotes", sa.Integer, nullable=False),
        sa.Column("record", sa.Text, nullable=False),
    )
    op.create_index("ix_documents_story_key", "documents", ["story_key"])
    op.create_index("ix_documents_reference_date", "documents", ["reference_date"])
    op.create_table(
        "actors", *_key(),
        sa.Column("name", sa.Text, nullable=False), sa.Column("type", sa.String(8), nullable=False),
        sa.Column("country", sa.String(8)), sa.Column("role", sa.String(8)), sa.Column("code", sa.String(16)),
    )
    op.create_index("ix_actors_code", "actors", ["code"])
    op.create_table(
        "events", *_key(),
        sa.Column("type", sa.String(12), nullable=False), sa.Column("mode", sa.String(24)),
        sa.Column("context", sa.String(40)), sa.Column("cameo", sa.String(8)), sa.Column("intensity", sa.Float),
        sa.Column("actor_id", sa.String(16)), sa.Column("recipient_id", sa.String(16)),
        sa.Column("actor_code", sa.String(16)), sa.Column("recipient_code", sa.String(16)),
        sa.Column("date", sa.String(32)), sa.Column("date_grain", sa.String(8)),
        sa.Column("place_id", sa.String(16)), sa.Column("quantity_id", sa.String(16)),
        sa.Column("source_id", sa.String(16)), sa.Column("source_code", sa.String(16)),
        sa.Column("stance", sa.String(12), nullable=False), sa.Column("cue", sa.Text),
        sa.Column("negated", sa.Boolean, nullable=False), sa.Column("confidence", sa.Float),
        sa.Column("evidence_start", sa.Integer), sa.Column("evidence_end", sa.Integer),
        sa.Column("evidence_text", sa.Text),
    )
    for col in ("type", "actor_code", "recipient_code", "date"):
        op.create_index(f"ix_events_{col}", "events", [col])
    op.create_table(
        "quotes", *_key(),
        sa.Column("kind", sa.String(10), nullable=False), sa.Column("speaker_id", sa.String(16)),
        sa.Column("speaker_code", sa.String(16)), sa.Column("cue", sa.Text), sa.Column("text", sa.Text, nullable=False),
        sa.Column("start", sa.Integer), sa.Column("end", sa.Integer),
    )
    op.create_index("ix_quotes_speaker_code", "quotes", ["speaker_code"])
    op.create_table(
        "quantities", *_key(),
        sa.Column("value", sa.Float, nullable=False), sa.Column("value_max", sa.Float), sa.Column("unit", sa.Text),
        sa.Column("approximate", sa.Boolean, nullable=False), sa.Column("claimant_id", sa.String(16)),
        sa.Column("claimant_code", sa.String(16)), sa.Column("event_id", sa.String(16)), sa.Column("text", sa.Text),
        sa.Column("start", sa.Integer), sa.Column("end", sa.Integer),
    )
    op.create_table(
        "times", *_key(),
        sa.Column("text", sa.Text, nullable=False), sa.Column("value", sa.String(32)), sa.Column("grain", sa.String(8)),
        sa.Column("start", sa.Integer), sa.Column("end", sa.Integer),
    )
    op.create_table(
        "places", *_key(),
        sa.Column("text", sa.Text, nullable=False), sa.Column("name", sa.Text), sa.Column("country", sa.String(8)),
        sa.Column("lat", sa.Float), sa.Column("lon", sa.Float), sa.Column("geonameid", sa.Integer),
        sa.Column("start", sa.Integer), sa.Column("end", sa.Integer),
    )
    op.create_index("ix_places_country", "places", ["country"])


def downgrade() -> None:
    for name in ("places", "times", "quantities", "quotes", "events", "actors", "documents"):
        op.drop_table(name)
