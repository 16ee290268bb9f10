"""Hotline console: calls and their lines, suggestion feedback, handoff queue (issue 7).

Owned by backend/console (models in backend/console/models.py). Numbered apart from
the backend's own revisions; it follows whatever the backend's head was when it was
written, and the backend's next revision should revise this one.

Revision ID: 0100_console
Revises: 0002
"""
from alembic import op
import sqlalchemy as sa

revision = "0100_console"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "console_calls",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("call_key", sa.String(64), nullable=False, unique=True),
        sa.Column("agent", sa.String(100), nullable=False),
        sa.Column("caller_number", sa.String(32)),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("corrections", sa.JSON),
        sa.Column("ticket_id", sa.Integer, sa.ForeignKey("tickets.id", ondelete="SET NULL"), index=True),
        sa.Column("ticket_no", sa.String(32), index=True),
        sa.Column("summary", sa.Text),
        sa.Column("summary_data", sa.JSON),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ended_at", sa.DateTime(timezone=True)),
    )
    op.create_table(
        "console_call_lines",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("call_id", sa.Integer, sa.ForeignKey("console_calls.id", ondelete="CASCADE"),
                  nullable=False, index=True),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("speaker", sa.String(16), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("origin", sa.String(16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("call_id", "seq"),
    )
    op.create_table(
        "console_suggestion_events",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("call_id", sa.Integer, sa.ForeignKey("console_calls.id", ondelete="SET NULL"), index=True),
        sa.Column("line_seq", sa.Integer),
        sa.Column("suggestion_id", sa.String(64), nullable=False),
        sa.Column("suggestion_type", sa.String(32), nullable=False, index=True),
        sa.Column("action", sa.String(16), nullable=False, index=True),
        sa.Column("text", sa.Text),
        sa.Column("final_text", sa.Text),
        sa.Column("agent", sa.String(100), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "console_handoffs",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("conversation_id", sa.String(200), nullable=False, index=True),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("reason", sa.String(32), nullable=False),
        sa.Column("transcript", sa.JSON, nullable=False),
        sa.Column("draft", sa.JSON),
        sa.Column("status", sa.String(16), nullable=False, index=True),
        sa.Column("claimed_by", sa.String(100)),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "console_handoff_replies",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("handoff_id", sa.Integer, sa.ForeignKey("console_handoffs.id", ondelete="CASCADE"),
                  nullable=False, index=True),
        sa.Column("agent", sa.String(100), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("delivery", sa.String(16), nullable=False),
        sa.Column("error", sa.Text),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    for table in ("console_handoff_replies", "console_handoffs", "console_suggestion_events",
                  "console_call_lines", "console_calls"):
        op.drop_table(table)
