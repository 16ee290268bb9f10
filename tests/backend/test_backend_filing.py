"""The filing path with real processes: the backend stops and starts while complaints are filed."""
from __future__ import annotations

import os
import signal
import sqlite3
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest

from actions import filing, outbox
from tools.stack import Stack, free_port, settings

TOKEN = "svc-fault-test-token"
FIELDS = ("type", "channel", "conversation_id", "complainant_name", "phone", "merchant_name", "merchant_address",
          "product", "purchase_date", "amount", "problem", "demand", "order_no", "dispute_type")


@pytest.fixture()
def stack(tmp_path, monkeypatch):
    port = free_port()
    db_path = tmp_path / "complaints.db"
    env = settings({
        "BACKEND_PORT": str(port), "BACKEND_URL": f"http://127.0.0.1:{port}",
        "DATABASE_URL": f"sqlite:///{db_path}", "BACKEND_SERVICE_TOKEN": TOKEN,
        "EVIDENCE_DIR": str(tmp_path / "evidence"), "BACKEND_THREADS": "4",
    })
    # The filing client in this process talks to that backend and keeps its own outbox.
    monkeypatch.setenv("BACKEND_URL", env["BACKEND_URL"])
    monkeypatch.setenv("BACKEND_SERVICE_TOKEN", TOKEN)
    monkeypatch.setenv("OUTBOX_PATH", str(tmp_path / "outbox.db"))
    s = Stack(env=env, log_dir=tmp_path)
    s.db_path = db_path
    yield s
    s.stop_all()


def payload(conversation_id: str | None = None) -> dict:
    return {
        "type": "complaint", "channel": "wechat", "conversation_id": conversation_id or f"wechat:{uuid.uuid4().hex}",
        "complainant_name": "赵六", "phone": "13512345678", "merchant_name": "某某手机专卖店",
        "merchant_address": "上海市黄浦区南京东路100号", "product": "手机", "purchase_date": "2026-10-10",
        "amount": "5999.00", "problem": "新手机三天后无法开机，商家称需寄回厂家检测。", "demand": "更换新机",
        "order_no": "TM2026101000042", "dispute_type": "quality",
    }


def tickets_with_key(db_path, key: str) -> list[dict]:
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute("SELECT * FROM tickets WHERE idempotency_key = ?", (key,))]
    finally:
        conn.close()


def assert_one_intact(db_path, key: str, sent: dict, ticket_no: str) -> None:
    rows = tickets_with_key(db_path, key)
    assert len(rows) == 1
    row = rows[0]
    assert row["ticket_no"] == ticket_no
    for name in FIELDS:
        stored = row[name]
        if name == "amount":
            stored = f"{float(stored):.2f}"
        assert str(stored) == sent[name], name


def test_backend_down_then_back_while_retrying(stack):
    """The backend is down when filing starts and comes back during the retries."""
    key, data = f"conv-{uuid.uuid4().hex}:1", payload()
    result: dict = {}
    worker = threading.Thread(target=lambda: result.update(
        r=filing.file_ticket(data, key, retries=10, backoff=0.3, timeout=3, deadline=60)))
    worker.start()
    stack.start("backend", timeout=60)
    worker.join(90)
    r = result["r"]
    assert not r.queued and r.error is None and r.ticket_no
    assert_one_intact(stack.db_path, key, data, r.ticket_no)


def test_backend_stopped_queued_then_delivered_exactly_once(stack):
    stack.start("backend", timeout=60)
    warm = filing.file_ticket(payload(), f"warm-{uuid.uuid4().hex}")
    assert warm.ticket_no and not warm.queued

    stack.stop("backend")
    conversation = f"wechat:{uuid.uuid4().hex}"
    key, data = f"{conversation}:submit-1", payload(conversation)
    queued = filing.file_ticket(data, key, retries=2, backoff=0.05, timeout=2)
    assert queued.queued and queued.ticket_no is None and queued.error is None
    assert [i.state for i in filing.pending_for(conversation)] == ["pending"]
    assert filing.deliver_pending(conversation) == []  # still down: nothing delivered, nothing lost
    assert outbox.get(key).state == "pending" and outbox.get(key).attempts == 1

    stack.start("backend", timeout=60)
    delivered = filing.deliver_pending(conversation)
    assert [(i.conversation_id, i["conversation_id"]) for i in delivered] == [(conversation, conversation)]
    ticket_no = delivered[0].ticket_no
    assert ticket_no.startswith("TS") and delivered[0].ticket["status"] == "submitted"
    assert filing.deliver_pending() == [] and filing.deliver_pending(conversation) == []

    # Told on the next message, then not again.
    assert [i.ticket_no for i in filing.pending_for(conversation)] == [ticket_no]
    filing.mark_notified(key)
    assert filing.pending_for(conversation) == []

    # The consumer confirms again: same key, same ticket.
    again = filing.file_ticket(data, key)
    assert again.ticket_no == ticket_no and not again.queued
    assert_one_intact(stack.db_path, key, data, ticket_no)


def test_queued_filing_is_delivered_by_the_background_thread_and_told_without_the_slot(stack):
    """The consumer never writes again before the backend is back, and their tracker lost
    `pending_submission` (an in-memory Rasa restarted): the action server's delivery
    thread files it, and their next message hears the number."""
    import asyncio

    from rasa_sdk import Tracker
    from rasa_sdk.executor import CollectingDispatcher

    from actions.actions import ActionDeliverPending

    conversation = f"web:{uuid.uuid4().hex}"
    key, data = f"{conversation}:submit-1", payload(conversation)
    queued = filing.file_ticket(data, key, retries=0, timeout=1)  # nothing listens yet
    assert queued.queued
    stop = filing.start_delivery_thread(interval=0.2)
    try:
        stack.start("backend", timeout=60)
        deadline = time.monotonic() + 30
        while outbox.get(key).state != "delivered" and time.monotonic() < deadline:
            time.sleep(0.1)
    finally:
        stop.set()
    item = outbox.get(key)
    assert item.state == "delivered" and item.ticket_no
    assert_one_intact(stack.db_path, key, data, item.ticket_no)

    tracker = Tracker(conversation, {}, {"text": "你好", "intent": {"name": "greet"}}, [], False, None, None, "greet")
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ActionDeliverPending().run(dispatcher, tracker, {}))
    assert item.ticket_no in dispatcher.messages[0]["text"]
    assert {"event": "slot", "name": "ticket_no", "value": item.ticket_no} in [
        {k: e[k] for k in ("event", "name", "value")} for e in events]
    dispatcher = CollectingDispatcher()  # told once
    assert asyncio.run(ActionDeliverPending().run(dispatcher, tracker, {})) == [] and dispatcher.messages == []


def test_an_item_the_background_thread_is_sending_is_told_in_this_reply(stack):
    """The delivery thread claimed the conversation's item just before the consumer's message
    (the race CI met once): the reply waits for that send and tells the number, not nothing."""
    import asyncio

    from rasa_sdk import Tracker
    from rasa_sdk.executor import CollectingDispatcher

    from actions.actions import ActionDeliverPending

    conversation = f"web:{uuid.uuid4().hex}"
    key, data = f"{conversation}:submit-1", payload(conversation)
    assert filing.file_ticket(data, key, retries=0, timeout=1).queued  # nothing listens yet
    stack.start("backend", timeout=60)
    [claimed] = outbox.claim()  # the background thread takes it ...

    def send_slowly():  # ... and its request takes a moment
        time.sleep(0.8)
        outcome, ticket = filing._post_once(claimed.payload, claimed.idempotency_key, 5)
        assert outcome == "ok"
        outbox.mark_delivered(claimed.idempotency_key, ticket)

    sender = threading.Thread(target=send_slowly)
    sender.start()
    tracker = Tracker(conversation, {"pending_submission": key}, {"text": "好的，谢谢", "intent": {"name": "thank"}},
                      [], False, None, None, "thank")
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ActionDeliverPending().run(dispatcher, tracker, {}))
    sender.join(10)
    ticket_no = outbox.get(key).ticket_no
    assert ticket_no and ticket_no in dispatcher.messages[0]["text"]
    assert {"event": "slot", "name": "pending_submission", "value": None} in [
        {k: e[k] for k in ("event", "name", "value")} for e in events]
    assert_one_intact(stack.db_path, key, data, ticket_no)


def test_redelivery_after_lost_response_files_once(stack):
    """The backend filed it but the answer was lost: the outbox delivers again, no second ticket."""
    stack.start("backend", timeout=60)
    key, data = f"lost-{uuid.uuid4().hex}", payload()
    first = filing.file_ticket(data, key)
    outbox.put(key, data)  # as if the action server crashed before it saw the answer
    delivered = filing.deliver_pending()
    assert [i.ticket_no for i in delivered] == [first.ticket_no]
    assert_one_intact(stack.db_path, key, data, first.ticket_no)


def test_concurrent_deliverers_never_report_an_item_twice(stack):
    keys = [f"many-{uuid.uuid4().hex}" for _ in range(12)]
    for key in keys:
        outbox.put(key, payload())
    stack.start("backend", timeout=60)
    with ThreadPoolExecutor(3) as pool:
        batches = list(pool.map(lambda _: filing.deliver_pending(), range(3)))
    reported = [i.idempotency_key for batch in batches for i in batch]
    assert sorted(reported) == sorted(keys)
    for key in keys:
        assert len(tickets_with_key(stack.db_path, key)) == 1


def test_refused_data_is_an_error_not_queued(stack):
    stack.start("backend", timeout=60)
    key = f"bad-{uuid.uuid4().hex}"
    r = filing.file_ticket({**payload(), "phone": "12"}, key)
    assert r.error and "phone" in r.error and not r.queued and r.ticket_no is None
    assert outbox.get(key) is None


def test_lookup_status(stack):
    with pytest.raises(filing.BackendUnavailable):
        filing.lookup_status("TS20261125-000001", "13512345678", timeout=1)
    stack.start("backend", timeout=60)
    r = filing.file_ticket(payload(), f"look-{uuid.uuid4().hex}")
    status = filing.lookup_status(r.ticket_no, "135-1234-5678")
    assert status["status"] == "submitted" and status["status_label"] and status["accept_due"]
    assert filing.lookup_status(r.ticket_no, "13500000000") is None


def test_evidence_upload_then_ticket(stack):
    stack.start("backend", timeout=60)
    conversation = f"telegram:{uuid.uuid4().hex}"
    stored = filing.upload_evidence(conversation, "receipt.jpg", b"\xff\xd8\xff\xe0" + b"\x00" * 100)
    assert stored["content_type"] == "image/jpeg" and stored["ticket_no"] is None
    with pytest.raises(ValueError, match="images"):
        filing.upload_evidence(conversation, "virus.jpg", b"MZ" + b"\x00" * 100)
    r = filing.file_ticket(payload(conversation), f"{conversation}:1")
    assert [e["id"] for e in r.ticket["evidence"]] == [stored["id"]]


def test_backend_killed_during_a_stream_of_filings(stack):
    """SIGKILL the backend while complaints keep coming, restart it, deliver: each exactly once, intact."""
    stack.start("backend", timeout=60)
    sent = {f"stream-{uuid.uuid4().hex}": payload() for _ in range(30)}
    results: dict = {}
    killed = threading.Event()

    def worker():
        for index, (key, data) in enumerate(sent.items()):
            if index == 8:
                killed.wait(10)  # the rest is filed against a dead backend
            results[key] = filing.file_ticket(data, key, retries=1, backoff=0.05, timeout=2)

    thread = threading.Thread(target=worker)
    thread.start()
    while len(results) < 5:
        time.sleep(0.01)
    os.killpg(stack.procs["backend"].pid, signal.SIGKILL)  # a crash, not a clean stop
    stack.procs.pop("backend").wait()
    killed.set()
    thread.join(120)
    queued = [k for k, r in results.items() if r.queued]
    assert queued and len(queued) < len(sent) and not any(r.error for r in results.values())

    stack.start("backend", timeout=60)
    delivered = filing.deliver_pending()
    assert sorted(i.idempotency_key for i in delivered) == sorted(queued)
    numbers = {k: r.ticket_no for k, r in results.items() if not r.queued} | {i.idempotency_key: i.ticket_no
                                                                               for i in delivered}
    for key, data in sent.items():
        assert_one_intact(stack.db_path, key, data, numbers[key])


def test_a_hanging_backend_costs_the_consumer_at_most_the_deadline(stack, monkeypatch):
    """A backend that accepts connections but never answers: queued within the deadline."""
    import socket

    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(16)
        monkeypatch.setenv("BACKEND_URL", f"http://127.0.0.1:{silent.getsockname()[1]}")
        key = f"hang-{uuid.uuid4().hex}"
        started = time.monotonic()
        r = filing.file_ticket(payload(), key, retries=5, backoff=0.1, timeout=5, deadline=2)
        elapsed = time.monotonic() - started
    assert r.queued and outbox.get(key).state == "pending"
    assert elapsed < 4


def test_odr_merchant_check(stack):
    assert filing.odr_merchant("某某旗舰店") is None  # backend down: no ODR offer, nothing breaks
    stack.start("backend", timeout=60)
    conn = sqlite3.connect(stack.db_path)
    with conn:
        conn.execute("INSERT INTO odr_merchants (name, name_key, is_active, created_at) "
                     "VALUES ('某某旗舰店', '某某旗舰店', 1, '2026-11-01 00:00:00')")
    conn.close()
    assert filing.odr_merchant("某某 旗舰店") == {"merchant_name": "某某旗舰店", "working_days": 10}
    assert filing.odr_merchant("别的店") is None
    r = filing.file_ticket({**payload(), "merchant_name": "某某旗舰店", "odr_consent": True}, f"odr-{uuid.uuid4().hex}")
    assert r.ticket["status"] == "merchant_handling" and r.ticket["odr_due"] and r.ticket["accept_due"] is None


def test_dev_staff_account_only_when_asked(stack):
    import requests

    url = stack.env["BACKEND_URL"]

    def login(password: str) -> int:
        web = requests.Session()
        csrf = web.get(f"{url}/api/v1/auth/csrf", timeout=5).json()["csrf_token"]
        return web.post(f"{url}/api/v1/auth/login", json={"username": "staff", "password": password},
                        headers={"X-CSRF-Token": csrf}, timeout=10).status_code

    stack.start("backend", timeout=60)
    assert login("staff-12315") == 401
    stack.stop("backend")
    stack.env.update(BACKEND_DEV_STAFF="1", BACKEND_DEV_STAFF_PASSWORD="dev-only-pass")
    stack.start("backend", timeout=60)
    assert login("dev-only-pass") == 200
