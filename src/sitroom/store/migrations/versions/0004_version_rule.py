"""documents.version_rule: why an article was linked as a new version of another

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.add_column(sa.Column("version_rule", sa.Text))
    op.execute("UPDATE documents SET version_rule = 'legacy' WHERE previous_id IS NOT NULL")


def downgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.drop_column("version_rule")
