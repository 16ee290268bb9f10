"""The console's tables (migration: backend/migrations/versions/*_console.py).

Calls and their lines (typed by the agent or pushed by ASR), what happened to each
suggestion (the acceptance report), the handoff queue and the agent's replies into
those conversations.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from backend.db import Base
from backend.models import utcnow


class ConsoleCall(Base):
    __tablename__ = "console_calls"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # The id the agent's page and the ASR system use (random, not guessable).
    call_key: Mapped[str] = mapped_column(String(64), unique=True)
    agent: Mapped[str] = mapped_column(String(100))
    caller_number: Mapped[str | None] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16), default="active")  # active | ended
    # The agent's corrections to the ticket draft: field -> value.
    corrections: Mapped[dict | None] = mapped_column(JSON)
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id", ondelete="SET NULL"), index=True)
    ticket_no: Mapped[str | None] = mapped_column(String(32), index=True)
    # The call summary (who, what, demand, cited articles), written when the call ends.
    summary: Mapped[str | None] = mapped_column(Text)
    summary_data: Mapped[dict | None] = mapped_column(JSON)
    started_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    ended_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))

    lines: Mapped[list[ConsoleCallLine]] = relationship(
        back_populates="call", order_by="ConsoleCallLine.seq", cascade="all, delete-orphan")


class ConsoleCallLine(Base):
    __tablename__ = "console_call_lines"
    __table_args__ = (UniqueConstraint("call_id", "seq"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    call_id: Mapped[int] = mapped_column(ForeignKey("console_calls.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    speaker: Mapped[str] = mapped_column(String(16))  # caller | agent
    text: Mapped[str] = mapped_column(Text)
    origin: Mapped[str] = mapped_column(String(16))  # typed | asr
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    call: Mapped[ConsoleCall] = relationship(back_populates="lines")


class SuggestionEvent(Base):
    """One thing an agent did with a suggestion: inserted, edited, ignored, rated."""

    __tablename__ = "console_suggestion_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    call_id: Mapped[int | None] = mapped_column(ForeignKey("console_calls.id", ondelete="SET NULL"), index=True)
    line_seq: Mapped[int | None] = mapped_column(Integer)
    suggestion_id: Mapped[str] = mapped_column(String(64))
    suggestion_type: Mapped[str] = mapped_column(String(32), index=True)
    action: Mapped[str] = mapped_column(String(16), index=True)
    text: Mapped[str | None] = mapped_column(Text)
    final_text: Mapped[str | None] = mapped_column(Text)
    agent: Mapped[str] = mapped_column(String(100))
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Handoff(Base):
    """A conversation on a consumer channel that asked for a human (or the bot gave up)."""

    __tablename__ = "console_handoffs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    conversation_id: Mapped[str] = mapped_column(String(200), index=True)
    channel: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(String(32))  # human_handoff | gave_up
    transcript: Mapped[list] = mapped_column(JSON)
    draft: Mapped[dict | None] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(16), default="open", index=True)  # open | closed
    claimed_by: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow)

    replies: Mapped[list[HandoffReply]] = relationship(
        back_populates="handoff", order_by="HandoffReply.id", cascade="all, delete-orphan")


class HandoffReply(Base):
    __tablename__ = "console_handoff_replies"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    handoff_id: Mapped[int] = mapped_column(ForeignKey("console_handoffs.id", ondelete="CASCADE"), index=True)
    agent: Mapped[str] = mapped_column(String(100))
    text: Mapped[str] = mapped_column(Text)
    # delivered: Rasa sent it on the conversation's live channel (web widget);
    # recorded: in the conversation's history, for the bridge to relay (WeChat/Telegram);
    # failed: Rasa did not take it (error says why).
    delivery: Mapped[str] = mapped_column(String(16))
    error: Mapped[str | None] = mapped_column(Text)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    handoff: Mapped[Handoff] = relationship(back_populates="replies")
