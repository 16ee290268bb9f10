"""The command line (staff accounts) and the retention purge."""
from __future__ import annotations

import datetime as dt
import io
import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import func, select

from backend import create_app, migrate
from backend.models import Evidence, Ticket
from backend.tickets import purge_expired
from backend_testlib import SERVICE, SERVICE_TOKEN, complaint, file

ROOT = Path(__file__).resolve().parents[2]


def test_create_staff_cli_issues_a_working_token(tmp_path):
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    env = {**os.environ, "DATABASE_URL": url, "STAFF_PASSWORD": "a-long-password"}
    done = subprocess.run([sys.executable, "-m", "backend", "create-staff", "carol", "--token"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    token = done.stdout.split("API token (shown once):")[1].strip()
    app = create_app({"DATABASE_URL": url, "EVIDENCE_DIR": str(tmp_path / "ev")})
    client = app.test_client()
    assert client.get("/api/v1/tickets", headers={"Authorization": f"Bearer {token}"}).status_code == 200
    csrf = client.get("/api/v1/auth/csrf").get_json()["csrf_token"]
    login = client.post("/api/v1/auth/login", data={"username": "carol", "password": "a-long-password",
                                                    "csrf_token": csrf})
    assert login.status_code == 200
    short = subprocess.run([sys.executable, "-m", "backend", "create-staff", "dave"], cwd=ROOT,
                           env={**env, "STAFF_PASSWORD": "short"}, capture_output=True, text=True, timeout=60)
    assert short.returncode == 2 and "8" in short.stderr
    app.extensions["db"].dispose()


def test_retention_purges_closed_tickets_and_their_files(tmp_path):
    app = create_app({"DATABASE_URL": f"sqlite:///{tmp_path / 'r.db'}", "EVIDENCE_DIR": str(tmp_path / "ev"),
                      "BACKEND_SERVICE_TOKEN": SERVICE_TOKEN})
    db = app.extensions["db"]
    migrate.upgrade(db.engine)
    client = app.test_client()
    conversation = "web:retention"
    client.post("/api/v1/evidence", headers=SERVICE, data={
        "conversation_id": conversation, "file": (io.BytesIO(b"%PDF-1.4 test"), "a.pdf")})
    closed = file(client, complaint(conversation_id=conversation)).get_json()["ticket_no"]
    open_one = file(client, complaint()).get_json()["ticket_no"]
    with db.session(write=True) as s:
        ticket = s.scalar(select(Ticket).where(Ticket.ticket_no == closed))
        ticket.status, ticket.closed_at = "closed", dt.datetime(2020, 1, 1, tzinfo=dt.timezone.utc)
        path = s.scalar(select(Evidence.storage_path).where(Evidence.ticket_id == ticket.id))
        s.commit()
    assert Path(path).exists()
    with db.session(write=True) as s:
        assert purge_expired(s, retention_days=365) == 1
        s.commit()
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Ticket).where(Ticket.ticket_no == closed)) == 0
        assert s.scalar(select(func.count()).select_from(Ticket).where(Ticket.ticket_no == open_one)) == 1
    assert not Path(path).exists()
    db.dispose()
