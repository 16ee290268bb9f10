"""Tickets, their history, evidence, audit trail and staff accounts.

Revision ID: 0001
Revises:
"""
from alembic import op
import sqlalchemy as sa

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "staff_users",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("username", sa.String(64), nullable=False, unique=True),
        sa.Column("password_hash", sa.String(256), nullable=False),
        sa.Column("api_token_hash", sa.String(64), unique=True),
        sa.Column("is_active", sa.Boolean, nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("last_login_at", TZ),
    )
    op.create_table(
        "tickets",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("ticket_no", sa.String(32), nullable=False, unique=True),
        sa.Column("idempotency_key", sa.String(200), nullable=False, unique=True),
        sa.Column("request_hash", sa.String(64), nullable=False),
        sa.Column("type", sa.String(16), nullable=False, index=True),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("conversation_id", sa.String(200), index=True),
        sa.Column("complainant_name", sa.String(100)),
        sa.Column("phone", sa.String(32)),
        sa.Column("merchant_name", sa.String(200), nullable=False, index=True),
        sa.Column("merchant_address", sa.String(300)),
        sa.Column("product", sa.String(200)),
        sa.Column("purchase_date", sa.Date),
        sa.Column("amount", sa.Numeric(14, 2)),
        sa.Column("problem", sa.Text, nullable=False),
        sa.Column("demand", sa.Text),
        sa.Column("order_no", sa.String(100)),
        sa.Column("dispute_type", sa.String(64)),
        sa.Column("anonymous", sa.Boolean, nullable=False),
        sa.Column("status", sa.String(32), nullable=False, index=True),
        sa.Column("reject_reason", sa.Text),
        sa.Column("received_on", sa.Date, nullable=False, index=True),
        sa.Column("accept_due", sa.Date),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("updated_at", TZ, nullable=False),
        sa.Column("closed_at", TZ),
    )
    op.create_table(
        "ticket_events",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("ticket_id", sa.Integer, sa.ForeignKey("tickets.id", ondelete="CASCADE"),
                  nullable=False, index=True),
        sa.Column("from_status", sa.String(32)),
        sa.Column("to_status", sa.String(32), nullable=False),
        sa.Column("note", sa.Text),
        sa.Column("actor", sa.String(100), nullable=False),
        sa.Column("at", TZ, nullable=False),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("ticket_id", sa.Integer, sa.ForeignKey("tickets.id", ondelete="SET NULL"), index=True),
        sa.Column("actor", sa.String(100), nullable=False),
        sa.Column("action", sa.String(64), nullable=False),
        sa.Column("details", sa.JSON),
        sa.Column("at", TZ, nullable=False),
    )
    op.create_table(
        "evidence",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("conversation_id", sa.String(200), nullable=False, index=True),
        sa.Column("ticket_id", sa.Integer, sa.ForeignKey("tickets.id", ondelete="CASCADE"), index=True),
        sa.Column("original_name", sa.String(255)),
        sa.Column("content_type", sa.String(64), nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("storage_path", sa.String(500), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
    )


def downgrade() -> None:
    for table in ("evidence", "audit_log", "ticket_events", "tickets", "staff_users"):
        op.drop_table(table)
