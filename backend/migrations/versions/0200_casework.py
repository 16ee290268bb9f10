"""Bureaus on tickets and staff, and the consumer notification outbox (issue 20).

Tickets get the bureau that handles them (adcode, assigned from the merchant address
by backend/jurisdiction.py) and the jurisdiction result; staff get the bureau they work
for (None: every bureau). Existing tickets keep bureau_code NULL (seen by staff of
every bureau only) until assigned;
this migration assigns them from their stored merchant address.

Revision ID: 0200_casework
Revises: 0100_console
"""
from alembic import op
import sqlalchemy as sa

revision = "0200_casework"
down_revision = "0100_console"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN (SQLite has it): a batch copy of the table would lose the ON DELETE
    # of 0002's column-level foreign key, which SQLAlchemy cannot reflect.
    op.add_column("tickets", sa.Column("bureau_code", sa.String(12)))
    op.add_column("tickets", sa.Column("jurisdiction_confident", sa.Boolean, nullable=False,
                                       server_default=sa.false()))
    op.add_column("tickets", sa.Column("jurisdiction", sa.JSON))
    op.create_index("ix_tickets_bureau_code", "tickets", ["bureau_code"])
    op.add_column("staff_users", sa.Column("bureau_code", sa.String(12)))
    op.create_index("ix_staff_users_bureau_code", "staff_users", ["bureau_code"])
    op.create_table(
        "notifications",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("ticket_id", sa.Integer, sa.ForeignKey("tickets.id", ondelete="CASCADE"), nullable=False,
                  index=True),
        sa.Column("event_key", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("channel", sa.String(16), nullable=False, index=True),
        sa.Column("recipient", sa.String(200)),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("state", sa.String(16), nullable=False, index=True),
        sa.Column("via", sa.String(32)),
        sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
        sa.Column("last_error", sa.Text),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("delivered_at", sa.DateTime(timezone=True)),
        sa.UniqueConstraint("event_key", name="uq_notifications_event_key"),
    )
    _assign_existing()


def _assign_existing() -> None:
    """Tickets filed before this revision get their bureau from the stored address."""
    from backend.jurisdiction import locate

    conn = op.get_bind()
    tickets = sa.table("tickets", sa.column("id", sa.Integer), sa.column("merchant_address", sa.String),
                       sa.column("merchant_name", sa.String), sa.column("bureau_code", sa.String),
                       sa.column("jurisdiction_confident", sa.Boolean), sa.column("jurisdiction", sa.JSON))
    rows = conn.execute(sa.select(tickets.c.id, tickets.c.merchant_address, tickets.c.merchant_name)).all()
    for row in rows:
        found = locate(row.merchant_address, None, row.merchant_name)
        conn.execute(tickets.update().where(tickets.c.id == row.id).values(
            bureau_code=found.adcode, jurisdiction_confident=found.confident, jurisdiction=found.explain()))


def downgrade() -> None:
    op.drop_table("notifications")
    # DROP COLUMN: SQLite 3.35+ and PostgreSQL alike.
    op.drop_index("ix_staff_users_bureau_code", "staff_users")
    op.drop_column("staff_users", "bureau_code")
    op.drop_index("ix_tickets_bureau_code", "tickets")
    for column in ("jurisdiction", "jurisdiction_confident", "bureau_code"):
        op.drop_column("tickets", column)
