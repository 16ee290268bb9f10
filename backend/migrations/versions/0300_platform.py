"""The online platform a ticket's shop sells on (淘宝, 京东…), beside the shop's own name.

Revision ID: 0300_platform
Revises: 0200_casework
"""
from alembic import op
import sqlalchemy as sa

revision = "0300_platform"
down_revision = "0200_casework"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("tickets", sa.Column("platform", sa.String(50)))


def downgrade() -> None:
    # DROP COLUMN: SQLite 3.35+ and PostgreSQL alike (a batch copy would lose 0002's ON DELETE).
    op.drop_column("tickets", "platform")
