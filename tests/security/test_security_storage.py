"""Storage that strangers cannot fill and personal data that does not linger: upload
quotas per address and in total, the retention job (a real process), the audit log
scrubbed, phone numbers masked in a bridge's log lines (a real process)."""
from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import os
import sqlite3
import subprocess
import sys
import time

import requests
from sqlalchemy import create_engine, select, text

from backend import create_app, migrate
from backend.models import AuditLog, Evidence, utcnow
from complaint.channels import new_widget_session_id
from tools.stack import ROOT, free_port

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def make_app(tmp_path, **overrides):
    app = create_app({"DATABASE_URL": f"sqlite:///{tmp_path}/storage.db", "EVIDENCE_DIR": str(tmp_path / "evidence"),
                      "WIDGET_UPLOAD_BURST": "1000", "WIDGET_UPLOAD_PER_MINUTE": "100000", **overrides})
    migrate.upgrade(app.extensions["db"].engine)
    return app


def upload(client, address: str, size: int = 0):
    return client.post("/api/v1/widget/evidence", environ_base={"REMOTE_ADDR": address}, data={
        "conversation_id": new_widget_session_id("change-me-widget-secret"),
        "file": (io.BytesIO(PNG + b"\x00" * size), "a.png")})


def test_new_conversation_ids_buy_no_new_quota(tmp_path):
    app = make_app(tmp_path, EVIDENCE_FILES_PER_ADDRESS_PER_DAY=8, EVIDENCE_MB_PER_ADDRESS_PER_DAY=0.045)
    client = app.test_client()
    statuses = [upload(client, "192.0.2.10", 10_000).status_code for _ in range(8)]
    # 46 KB a day: after five 10 KB files the address is over, whatever conversation id it names
    assert statuses[:5] == [201] * 5 and set(statuses[5:]) == {429}
    r = upload(client, "192.0.2.10")
    assert r.get_json()["error"] == "upload_quota_exceeded" and int(r.headers["Retry-After"]) > 0
    assert upload(client, "192.0.2.11").status_code == 201  # another address still can
    files = make_app(tmp_path / "n", EVIDENCE_FILES_PER_ADDRESS_PER_DAY=3).test_client()
    assert [upload(files, "192.0.2.12").status_code for _ in range(4)] == [201, 201, 201, 429]


def test_total_storage_cap(tmp_path):
    app = make_app(tmp_path, EVIDENCE_TOTAL_MAX_MB=0.02)  # about 20 KB in all
    client = app.test_client()
    assert upload(client, "192.0.2.20", 15_000).status_code == 201
    assert upload(client, "192.0.2.21", 15_000).status_code == 201  # still under the cap when it started
    r = upload(client, "192.0.2.22")  # now over: nobody stores more
    assert r.status_code == 507 and r.get_json()["error"] == "storage_full"


def test_audit_log_never_holds_personal_data(tmp_path):
    app = make_app(tmp_path)
    db = app.extensions["db"]
    summary = {"text": "张三（电话13812345678）来电反映：在某店购买洗衣机。", "who": "张三", "phone": "13812345678",
               "problem": "漏水", "dispute_type": "质量问题", "citations": ["《消费者权益保护法》第二十四条"],
               "note": "回电 13812345678"}
    with db.session(write=True) as session:
        session.add(AuditLog(actor="staff:alice", action="console.call_summary", details=summary))
        session.commit()
    with db.session() as session:
        stored = session.scalars(select(AuditLog).where(AuditLog.action == "console.call_summary")).one().details
    flat = json.dumps(stored, ensure_ascii=False)
    assert "张三" not in flat and "13812345678" not in flat and "漏水" not in flat
    assert stored["dispute_type"] == "质量问题" and stored["note"] == "回电 138****5678"


def test_retention_job_purges_what_is_no_longer_needed(tmp_path):
    app = make_app(tmp_path)
    db = app.extensions["db"]
    from backend.console.models import ConsoleCall, ConsoleCallLine, Handoff, HandoffReply

    old = utcnow() - dt.timedelta(days=400)
    evidence_dir = tmp_path / "evidence"
    evidence_dir.mkdir(exist_ok=True)
    paths = {}
    with db.session(write=True) as session:
        for name, when in (("old", old), ("new", utcnow())):
            path = evidence_dir / f"{name}.png"
            path.write_bytes(PNG)
            paths[name] = path
            session.add(Evidence(conversation_id=f"web:{name}", ticket_id=None, content_type="image/png", size=len(PNG),
                                 sha256="0" * 64, storage_path=str(path), created_at=when))
        call = ConsoleCall(call_key="k-old", agent="alice", caller_number="13812345678", status="ended",
                           summary="张三（电话13812345678）", started_at=old, ended_at=old)
        call.lines.append(ConsoleCallLine(seq=1, speaker="caller", text="我叫张三，电话13812345678", origin="typed",
                                          created_at=old))
        session.add(call)
        live = ConsoleCall(call_key="k-new", agent="alice", status="active")
        live.lines.append(ConsoleCallLine(seq=1, speaker="caller", text="你好", origin="typed"))
        session.add(live)
        handoff = Handoff(conversation_id="wechat:o1", channel="wechat", reason="human_handoff",
                          transcript=[{"speaker": "user", "text": "我的电话13812345678"}], status="closed",
                          created_at=old, updated_at=old)
        handoff.replies.append(HandoffReply(agent="alice", text="好的", delivery="recorded", at=old))
        session.add(handoff)
        session.add(Handoff(conversation_id="wechat:o2", channel="wechat", reason="human_handoff", transcript=[],
                            status="open", created_at=old, updated_at=old))
        session.commit()
    outbox = tmp_path / "outbox.db"
    conn = sqlite3.connect(outbox)
    conn.execute("CREATE TABLE outbox (idempotency_key TEXT PRIMARY KEY, state TEXT, updated_at REAL)")
    conn.executemany("INSERT INTO outbox VALUES (?, ?, ?)", [
        ("a", "delivered", time.time() - 40 * 86400), ("b", "delivered", time.time()),
        ("c", "pending", time.time() - 40 * 86400), ("d", "failed", time.time() - 40 * 86400)])
    conn.commit()
    conn.close()
    tracker = tmp_path / "tracker.db"
    engine = create_engine(f"sqlite:///{tracker}")
    with engine.begin() as c:
        c.execute(text("CREATE TABLE events (id INTEGER PRIMARY KEY, sender_id TEXT, type_name TEXT, "
                       "timestamp REAL, intent_name TEXT, action_name TEXT, data TEXT)"))
        for sender, age in (("telegram:old", 100), ("telegram:old", 95), ("web:recent", 100), ("web:recent", 1)):
            c.execute(text("INSERT INTO events (sender_id, type_name, timestamp, data) VALUES (:s, 'user', :t, '{}')"),
                      {"s": sender, "t": time.time() - age * 86400})
    engine.dispose()

    env = {**os.environ, "DATABASE_URL": app.config["DATABASE_URL"], "EVIDENCE_DIR": str(evidence_dir),
           "OUTBOX_PATH": str(outbox), "RASA_TRACKER_DB_URL": f"sqlite:///{tracker}"}
    dry = subprocess.run([sys.executable, "-m", "backend.retention", "--dry-run"], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=120)
    assert dry.returncode == 0, dry.stderr
    done = subprocess.run([sys.executable, "-m", "backend.retention"], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert json.loads(dry.stdout.strip().splitlines()[-1]) | {"dry_run": False} == report
    assert report == {"dry_run": False, "unattached_evidence": 1, "console": {"lines": 1, "suggestion_events": 0},
                      "handoffs": 1, "outbox_delivered": 1, "rasa_conversations": 1}
    assert not paths["old"].exists() and paths["new"].exists()
    with db.session() as session:
        assert session.scalars(select(Evidence.conversation_id)).all() == ["web:new"]
        calls = {c.call_key: c for c in session.scalars(select(ConsoleCall))}
        assert calls["k-old"].summary is None and calls["k-old"].caller_number is None
        assert [line.text for c in calls.values() for line in c.lines] == ["你好"]
        assert [h.conversation_id for h in session.scalars(select(Handoff))] == ["wechat:o2"]
    conn = sqlite3.connect(outbox)
    assert sorted(r[0] for r in conn.execute("SELECT idempotency_key FROM outbox")) == ["b", "c", "d"]
    engine = create_engine(f"sqlite:///{tracker}")
    with engine.connect() as c:
        assert {r[0] for r in c.execute(text("SELECT sender_id FROM events"))} == {"web:recent"}
    engine.dispose()


def test_bridge_log_lines_mask_phone_numbers(tmp_path):
    token, port = "mask-test-token", free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("WECHAT_", "TELEGRAM_"))}
    env |= {"WECHAT_TOKEN": token, "WECHAT_PORT": str(port), "RASA_URL": f"http://127.0.0.1:{free_port()}",
            "HANDOFF_POLL_S": "0", "WECHAT_REPLY_DEADLINE": "2", "HANDOFF_CURSOR_DIR": str(tmp_path)}
    log_path = tmp_path / "wechat.log"
    with open(log_path, "wb") as log:
        proc = subprocess.Popen([sys.executable, "-m", "channels.wechat"], cwd=ROOT, env=env, stdout=log,
                                stderr=subprocess.STDOUT)
    try:
        for _ in range(100):
            try:
                requests.get(f"http://127.0.0.1:{port}/healthz", timeout=1)
                break
            except requests.RequestException:
                time.sleep(0.2)
        ts, nonce = str(int(time.time())), "n1"
        signature = hashlib.sha1("".join(sorted([token, ts, nonce])).encode()).hexdigest()
        body = (f"<xml><ToUserName>gh_x</ToUserName><FromUserName>o13912345678x</FromUserName><CreateTime>{ts}"
                "</CreateTime><MsgType>text</MsgType><Content>我的电话13912345678</Content><MsgId>42</MsgId></xml>")
        requests.post(f"http://127.0.0.1:{port}/wechat", params={"signature": signature, "timestamp": ts,
                      "nonce": nonce}, data=body.encode(), headers={"Content-Type": "text/xml"}, timeout=10)
        for _ in range(50):
            if "o139****5678x" in log_path.read_text(errors="replace"):
                break
            time.sleep(0.2)
    finally:
        proc.terminate()
        proc.wait(10)
    output = log_path.read_text(errors="replace")
    assert "o139****5678x" in output and "13912345678" not in output
