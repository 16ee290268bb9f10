"""Durable outbox (SQLite) for tickets the backend could not take yet.

A row is written before the consumer is told "received"; it leaves the `pending`
state only when the backend has answered with a ticket (or rejected it for good).
Rows stay afterwards so the ticket number can still be announced on the next message.
"""
from __future__ import annotations

import json
import os
import sqlite3
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLAIM_SECONDS = 60
MAX_BACKOFF_SECONDS = 300

SCHEMA = """
CREATE TABLE IF NOT EXISTS outbox (
    idempotency_key TEXT PRIMARY KEY,
    conversation_id TEXT,
    payload TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending',      -- pending | delivered | failed
    ticket_no TEXT,
    ticket TEXT,
    error TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at REAL NOT NULL DEFAULT 0,
    claimed_until REAL NOT NULL DEFAULT 0,
    notified INTEGER NOT NULL DEFAULT 0,
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS outbox_conversation ON outbox (conversation_id);
CREATE INDEX IF NOT EXISTS outbox_due ON outbox (state, next_attempt_at);
"""


@dataclass(frozen=True)
class OutboxItem:
    idempotency_key: str
    conversation_id: str | None
    payload: dict
    state: str
    ticket_no: str | None = None
    ticket: dict | None = None
    error: str | None = None
    attempts: int = 0
    notified: bool = False
    created_at: float = field(default=0.0)
    claimed_until: float = 0.0

    @property
    def in_flight(self) -> bool:
        """Pending and claimed by a deliverer that is sending it right now."""
        return self.state == "pending" and self.claimed_until > time.time()

    def __getitem__(self, key: str):  # item["ticket_no"] works as well as item.ticket_no
        return getattr(self, key)

    def get(self, key: str, default=None):
        return getattr(self, key, default)


def outbox_path() -> Path:
    path = Path(os.environ.get("OUTBOX_PATH") or "var/outbox.db")
    return path if path.is_absolute() else ROOT / path


@contextmanager
def connect():
    path = outbox_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, timeout=30, isolation_level=None)
    try:
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")  # an accepted complaint must survive a power cut
        conn.executescript(SCHEMA)
        yield conn
    finally:
        conn.close()


def _item(row: sqlite3.Row) -> OutboxItem:
    return OutboxItem(
        idempotency_key=row["idempotency_key"], conversation_id=row["conversation_id"],
        payload=json.loads(row["payload"]), state=row["state"], ticket_no=row["ticket_no"],
        ticket=json.loads(row["ticket"]) if row["ticket"] else None, error=row["error"],
        attempts=row["attempts"], notified=bool(row["notified"]), created_at=row["created_at"],
        claimed_until=row["claimed_until"])


def put(idempotency_key: str, payload: dict) -> None:
    """Keeps the submission (once per key: a second put of the same key changes nothing)."""
    now = time.time()
    with connect() as conn:
        conn.execute(
            "INSERT OR IGNORE INTO outbox (idempotency_key, conversation_id, payload, created_at, updated_at,"
            " next_attempt_at) VALUES (?, ?, ?, ?, ?, ?)",
            (idempotency_key, payload.get("conversation_id"), json.dumps(payload, ensure_ascii=False),
             now, now, now))


def get(idempotency_key: str) -> OutboxItem | None:
    with connect() as conn:
        row = conn.execute("SELECT * FROM outbox WHERE idempotency_key = ?", (idempotency_key,)).fetchone()
    return _item(row) if row else None


def claim(conversation_id: str | None = None, limit: int = 50) -> list[OutboxItem]:
    """Pending rows due now (all of a conversation's when it is given), claimed for this caller.

    The claim makes concurrent deliverers (the background thread and a message
    handler) take disjoint rows, so each ticket number is announced once.
    """
    now = time.time()
    with connect() as conn:
        conn.execute("BEGIN IMMEDIATE")
        if conversation_id is None:
            rows = conn.execute(
                "SELECT * FROM outbox WHERE state = 'pending' AND next_attempt_at <= ? AND claimed_until < ?"
                " ORDER BY created_at LIMIT ?", (now, now, limit)).fetchall()
        else:
            rows = conn.execute(
                "SELECT * FROM outbox WHERE state = 'pending' AND conversation_id = ? AND claimed_until < ?"
                " ORDER BY created_at LIMIT ?", (conversation_id, now, limit)).fetchall()
        conn.executemany("UPDATE outbox SET claimed_until = ? WHERE idempotency_key = ?",
                         [(now + CLAIM_SECONDS, row["idempotency_key"]) for row in rows])
        conn.execute("COMMIT")
    return [_item(row) for row in rows]


def mark_delivered(idempotency_key: str, ticket: dict) -> None:
    with connect() as conn:
        conn.execute(
            "UPDATE outbox SET state = 'delivered', ticket_no = ?, ticket = ?, error = NULL, claimed_until = 0,"
            " updated_at = ? WHERE idempotency_key = ?",
            (ticket.get("ticket_no"), json.dumps(ticket, ensure_ascii=False), time.time(), idempotency_key))


def mark_failed(idempotency_key: str, error: str) -> None:
    """The backend refused the submission for good (validation): kept for staff to see."""
    with connect() as conn:
        conn.execute("UPDATE outbox SET state = 'failed', error = ?, claimed_until = 0, updated_at = ?"
                     " WHERE idempotency_key = ?", (error, time.time(), idempotency_key))


def release(idempotency_key: str, error: str | None = None) -> None:
    """Not delivered this time: try again later, backing off exponentially."""
    now = time.time()
    with connect() as conn:
        conn.execute(
            "UPDATE outbox SET attempts = attempts + 1, claimed_until = 0, error = ?, updated_at = ?,"
            " next_attempt_at = ? + MIN(?, 5 * (1 << MIN(attempts, 10))) WHERE idempotency_key = ?",
            (error, now, now, MAX_BACKOFF_SECONDS, idempotency_key))


def pending_for(conversation_id: str) -> list[OutboxItem]:
    """The conversation's items the consumer has not been told the outcome of yet."""
    with connect() as conn:
        rows = conn.execute(
            "SELECT * FROM outbox WHERE conversation_id = ? AND (state = 'pending' OR notified = 0)"
            " ORDER BY created_at", (conversation_id,)).fetchall()
    return [_item(row) for row in rows]


def settled_for(conversation_id: str, wait: float, poll: float = 0.1) -> list[OutboxItem]:
    """`pending_for`, after waiting up to `wait` seconds for items another deliverer is sending.

    The background thread may have claimed the conversation's item just before the
    consumer's message: its outcome is seconds away, so wait for it rather than say nothing.
    """
    give_up_at = time.monotonic() + wait
    items = pending_for(conversation_id)
    while any(item.in_flight for item in items) and time.monotonic() < give_up_at:
        time.sleep(poll)
        items = pending_for(conversation_id)
    return items


def mark_notified(idempotency_key: str) -> None:
    with connect() as conn:
        conn.execute("UPDATE outbox SET notified = 1, updated_at = ? WHERE idempotency_key = ?",
                     (time.time(), idempotency_key))


def counts() -> dict[str, int]:
    with connect() as conn:
        return {row[0]: row[1] for row in conn.execute("SELECT state, COUNT(*) FROM outbox GROUP BY state")}
