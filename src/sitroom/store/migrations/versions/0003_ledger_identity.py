"""ledger identity: a mention's identity family (troop deployments), a figure's qualifier

Revision ID: 0003
Revises: 0002

``ledger_mentions.family`` keeps the family a mention was merged under ("DEPLOY" for
troops sent, however coded), so that an unmerge refounds the claim in the same family;
``ledger_numbers.qualifier`` keeps "up to", "about", "some" with each figure.
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("ledger_mentions", sa.Column("family", sa.String(12)))
    op.add_column("ledger_numbers", sa.Column("qualifier", sa.Text))


def downgrade() -> None:
    with op.batch_alter_table("ledger_numbers") as batch:
        batch.drop_column("qualifier")
    with op.batch_alter_table("ledger_mentions") as batch:
        batch.drop_column("family")
