"""`python -m backend.retention [--dry-run]`: deletes what the assistant no longer needs.

Run it daily (cron, a systemd timer); each period is a setting (days; 0 keeps forever):

| setting | default | what is deleted |
| --- | --- | --- |
| `RETAIN_UNATTACHED_EVIDENCE_DAYS` | 30 | evidence never tied to a ticket (file and row), and stray upload files |
| `RETAIN_CONSOLE_LINES_DAYS` | 180 | ended calls' lines and suggestion records; their summaries if no ticket filed |
| `RETAIN_HANDOFFS_DAYS` | 90 | closed handoffs (transcript, draft, agents' replies) not updated since |
| `RETAIN_OUTBOX_DAYS` | 30 | the action server's delivered outbox rows (`OUTBOX_PATH`); pending and failed ones stay |
| `RETAIN_RASA_CONVERSATIONS_DAYS` | 90 | Rasa conversations (SQL tracker store) idle that long (*) |

(*) only when a SQL tracker store is configured: `RASA_TRACKER_DB_URL`, or `TRACKER_DB` & co.
of the scale-out mode.

Tickets themselves follow `RETENTION_DAYS` (the backend's maintenance loop). The audit
log is kept: it never holds personal data (backend/privacy.py scrubs every entry).
Prints what it deleted (or would delete) as JSON.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sqlite3
import sys
import time
from pathlib import Path

from sqlalchemy import create_engine, delete, func, select, text, update
from sqlalchemy.engine import URL

from backend.config import ROOT

DEFAULT_DAYS = {
    "RETAIN_UNATTACHED_EVIDENCE_DAYS": 30,
    "RETAIN_CONSOLE_LINES_DAYS": 180,
    "RETAIN_HANDOFFS_DAYS": 90,
    "RETAIN_OUTBOX_DAYS": 30,
    "RETAIN_RASA_CONVERSATIONS_DAYS": 90,
}


def days(name: str, config: dict | None = None) -> int:
    value = (config or {}).get(name) or os.environ.get(name)
    return int(value) if value not in (None, "") else DEFAULT_DAYS[name]


def _cutoff(period: int, now: dt.datetime) -> dt.datetime | None:
    return now - dt.timedelta(days=period) if period > 0 else None


def purge_evidence(db, evidence_dir: str, period: int, now: dt.datetime, dry_run: bool) -> int:
    from backend.models import Evidence

    cutoff = _cutoff(period, now)
    if cutoff is None:
        return 0
    with db.session(write=True) as session:
        old = session.scalars(select(Evidence).where(Evidence.ticket_id.is_(None), Evidence.created_at < cutoff)).all()
        if not dry_run:
            for item in old:
                Path(item.storage_path).unlink(missing_ok=True)
            session.execute(delete(Evidence).where(Evidence.id.in_([item.id for item in old])))
            session.commit()
    # Upload files a crash left behind (".upload-*" temporaries) older than a day.
    stray = 0
    folder = Path(evidence_dir)
    if folder.is_dir():
        for path in folder.glob(".upload-*"):
            if path.stat().st_mtime < time.time() - 86_400:
                stray += 1
                if not dry_run:
                    path.unlink(missing_ok=True)
    return len(old) + stray


def purge_console(db, period: int, now: dt.datetime, dry_run: bool) -> dict:
    from backend.console.models import ConsoleCall, ConsoleCallLine, SuggestionEvent

    cutoff = _cutoff(period, now)
    if cutoff is None:
        return {"lines": 0, "suggestion_events": 0}
    with db.session(write=True) as session:
        old_calls = select(ConsoleCall.id).where(ConsoleCall.status == "ended", ConsoleCall.ended_at < cutoff)
        lines = session.scalar(select(func.count()).select_from(ConsoleCallLine).where(
            ConsoleCallLine.call_id.in_(old_calls)))
        events = session.scalar(select(func.count()).select_from(SuggestionEvent).where(SuggestionEvent.at < cutoff))
        if not dry_run:
            session.execute(delete(ConsoleCallLine).where(ConsoleCallLine.call_id.in_(old_calls)))
            session.execute(delete(SuggestionEvent).where(SuggestionEvent.at < cutoff))
            # a summary names the caller: kept only while a ticket holds the case
            session.execute(update(ConsoleCall).where(ConsoleCall.id.in_(old_calls), ConsoleCall.ticket_id.is_(None))
                            .values(summary=None, summary_data=None, caller_number=None, corrections=None))
            session.commit()
    return {"lines": int(lines or 0), "suggestion_events": int(events or 0)}


def purge_handoffs(db, period: int, now: dt.datetime, dry_run: bool) -> int:
    from backend.console.models import Handoff, HandoffReply

    cutoff = _cutoff(period, now)
    if cutoff is None:
        return 0
    with db.session(write=True) as session:
        ids = session.scalars(select(Handoff.id).where(Handoff.status == "closed", Handoff.updated_at < cutoff)).all()
        if not dry_run and ids:
            session.execute(delete(HandoffReply).where(HandoffReply.handoff_id.in_(ids)))
            session.execute(delete(Handoff).where(Handoff.id.in_(ids)))
            session.commit()
    return len(ids)


def outbox_path() -> Path:
    path = Path(os.environ.get("OUTBOX_PATH") or "var/outbox.db")
    return path if path.is_absolute() else ROOT / path


def purge_outbox(path: Path, period: int, dry_run: bool) -> int:
    if period <= 0 or not path.exists():
        return 0
    cutoff = time.time() - period * 86_400
    conn = sqlite3.connect(path, timeout=30, isolation_level=None)
    try:
        if not conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='outbox'").fetchone():
            return 0
        where = "state = 'delivered' AND updated_at < ?"
        if dry_run:
            return conn.execute(f"SELECT count(*) FROM outbox WHERE {where}", (cutoff,)).fetchone()[0]
        return conn.execute(f"DELETE FROM outbox WHERE {where}", (cutoff,)).rowcount
    finally:
        conn.close()


def tracker_store_url() -> str | None:
    """The SQL tracker store: RASA_TRACKER_DB_URL, or the scale-out mode's TRACKER_DB_* settings."""
    if os.environ.get("RASA_TRACKER_DB_URL"):
        return os.environ["RASA_TRACKER_DB_URL"]
    if not os.environ.get("TRACKER_DB"):
        return None
    return URL.create("postgresql+psycopg", username=os.environ.get("TRACKER_DB_USER") or "postgres",
                      password=os.environ.get("TRACKER_DB_PASSWORD") or None,
                      host=os.environ.get("TRACKER_DB_HOST") or "127.0.0.1",
                      port=int(os.environ.get("TRACKER_DB_PORT") or 5432),
                      database=os.environ["TRACKER_DB"]).render_as_string(hide_password=False)


def purge_rasa_conversations(url: str | None, period: int, dry_run: bool) -> int:
    """Deletes every event of the conversations whose last event is older than the period."""
    if url is None or period <= 0:
        return 0
    cutoff = time.time() - period * 86_400
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            if "events" not in set(engine.dialect.get_table_names(conn)):
                return 0
            idle = ("SELECT sender_id FROM events GROUP BY sender_id HAVING max(timestamp) < :cutoff")
            senders = conn.execute(text(f"SELECT count(*) FROM ({idle}) AS idle"), {"cutoff": cutoff}).scalar()
            if not dry_run and senders:
                conn.execute(text(f"DELETE FROM events WHERE sender_id IN ({idle})"), {"cutoff": cutoff})
        return int(senders or 0)
    finally:
        engine.dispose()


def run(app, dry_run: bool = False, now: dt.datetime | None = None) -> dict:
    from backend.models import utcnow

    now = now or utcnow()
    db, cfg = app.extensions["db"], app.config
    return {
        "dry_run": dry_run,
        "unattached_evidence": purge_evidence(db, cfg["EVIDENCE_DIR"], days("RETAIN_UNATTACHED_EVIDENCE_DAYS", cfg),
                                              now, dry_run),
        "console": purge_console(db, days("RETAIN_CONSOLE_LINES_DAYS", cfg), now, dry_run),
        "handoffs": purge_handoffs(db, days("RETAIN_HANDOFFS_DAYS", cfg), now, dry_run),
        "outbox_delivered": purge_outbox(outbox_path(), days("RETAIN_OUTBOX_DAYS", cfg), dry_run),
        "rasa_conversations": purge_rasa_conversations(tracker_store_url(), days("RETAIN_RASA_CONVERSATIONS_DAYS", cfg),
                                                       dry_run),
    }


def main(argv: list[str] | None = None) -> int:
    from dotenv import load_dotenv

    load_dotenv(ROOT / ".env")  # the environment wins over .env
    parser = argparse.ArgumentParser(prog="python -m backend.retention", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dry-run", action="store_true", help="count what would be deleted, delete nothing")
    args = parser.parse_args(argv)
    from backend import create_app, migrate

    app = create_app()
    migrate.upgrade(app.extensions["db"].engine)
    print(json.dumps(run(app, dry_run=args.dry_run), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
