"""ODR (在线消费纠纷解决): registered merchants handle complaints first.

Revision ID: 0002
Revises: 0001
"""
from alembic import op
import sqlalchemy as sa

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "odr_merchants",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("name_key", sa.String(200), nullable=False, unique=True),
        sa.Column("credit_code", sa.String(32)),
        sa.Column("contact", sa.String(200)),
        sa.Column("is_active", sa.Boolean, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    # Plain ADD COLUMN (no table rebuild): SQLite accepts a REFERENCES clause on
    # a nullable new column, and a rebuild would cascade-delete the history rows.
    op.add_column("tickets", sa.Column("odr_consent", sa.Boolean, nullable=False, server_default=sa.false()))
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE tickets ADD COLUMN odr_merchant_id INTEGER "
                   "REFERENCES odr_merchants (id) ON DELETE SET NULL")
    else:
        op.add_column("tickets", sa.Column("odr_merchant_id", sa.Integer))
        op.create_foreign_key("fk_tickets_odr_merchant", "tickets", "odr_merchants",
                              ["odr_merchant_id"], ["id"], ondelete="SET NULL")
    op.add_column("tickets", sa.Column("odr_due", sa.Date))


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        op.drop_constraint("fk_tickets_odr_merchant", "tickets", type_="foreignkey")
    # SQLite (3.35+) drops plain columns in place; the REFERENCES column needs
    # no constraint drop there because SQLite keeps the FK inside the column.
    op.drop_column("tickets", "odr_due")
    op.drop_column("tickets", "odr_merchant_id")
    op.drop_column("tickets", "odr_consent")
    op.drop_table("odr_merchants")
