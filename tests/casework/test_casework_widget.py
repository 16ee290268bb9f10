"""A web consumer comes back: the widget (real Rasa socket.io, real backend, Chromium)
shows the bureau's message about their complaint once, with the ticket number."""
from __future__ import annotations

import json
import uuid

import pytest
import requests
from browser_testlib import ARGS, CHROMIUM, require_chromium
from playwright.sync_api import expect, sync_playwright

from tools.stack import ROOT, Stack, free_port, settings

import casework_testlib as lib

pytestmark = [pytest.mark.e2e, pytest.mark.browser]



@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    if not sorted((ROOT / "models").glob("*.tar.gz")):
        pytest.skip("no trained Rasa model in models/: run `make train` first")
    require_chromium()
    tmp = tmp_path_factory.mktemp("widget-stack")
    ports = {name: str(free_port()) for name in ("RASA_PORT", "ACTIONS_PORT", "BACKEND_PORT")}
    env = settings(ports | {
        "RASA_URL": f"http://127.0.0.1:{ports['RASA_PORT']}", "RASA_PUBLIC_URL": f"http://127.0.0.1:{ports['RASA_PORT']}",
        "BACKEND_URL": f"http://127.0.0.1:{ports['BACKEND_PORT']}",
        "ACTION_ENDPOINT_URL": f"http://127.0.0.1:{ports['ACTIONS_PORT']}/webhook",
        "RASA_TOKEN": "widget-test-token", "DATABASE_URL": f"sqlite:///{tmp}/complaints.db",
        "EVIDENCE_DIR": str(tmp / "evidence"), "OUTBOX_PATH": str(tmp / "outbox.db"),
        "BACKEND_SERVICE_TOKEN": lib.SERVICE_TOKEN, "RASA_TELEMETRY_ENABLED": "false", "TF_CPP_MIN_LOG_LEVEL": "2",
    })
    stack = Stack(env=env, log_dir=tmp)
    try:
        for name in ("backend", "actions", "rasa"):
            stack.start(name, timeout=300)
        yield stack
    finally:
        stack.stop_all()


def test_returning_web_consumer_sees_the_bureaus_message(stack, tmp_path):
    from backend.auth import create_staff
    from backend.db import Database

    backend = stack.env["BACKEND_URL"]
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        try:
            context = browser.new_context(locale="zh-CN")
            page = context.new_page()
            errors: list[str] = []
            page.on("pageerror", lambda exc: errors.append(str(exc)))
            page.goto(backend + "/")
            page.get_by_role("button", name="在线咨询").click()
            page.get_by_role("status").filter(has_text="在线").wait_for(timeout=60_000)
            state = json.loads(page.evaluate("() => localStorage.getItem('rasa12315')"))
            conversation = state["sessionId"]
            # the consumer's complaint, filed under this conversation (as the dialogue files it)
            r = requests.post(f"{backend}/api/v1/tickets", timeout=30,
                              headers={**lib.SERVICE, "Idempotency-Key": uuid.uuid4().hex},
                              json={"type": "complaint", "channel": "web", "conversation_id": conversation,
                                    "complainant_name": "赵六", "phone": "13500135000", "merchant_name": "某家电城",
                                    "merchant_address": "四川省宜宾市翠屏区人民路88号", "problem": "电视机自燃",
                                    "demand": "赔偿"})
            assert r.status_code == 201, r.text
            number = r.json()["ticket_no"]
            database = Database(stack.env["DATABASE_URL"])
            token = create_staff(database, "widget-officer", "pass-12315-casework", with_token=True)
            database.dispose()
            r = requests.post(f"{backend}/api/v1/tickets/{number}/casework/accept", json={}, timeout=30,
                              headers={"Authorization": f"Bearer {token}"})
            assert r.status_code == 200, r.text
            # the consumer comes back later
            page.reload()
            if not page.get_by_role("log", name="对话记录").is_visible():
                page.get_by_role("button", name="在线咨询").click()
            notice = page.locator(".msg.from-bot .bubble").filter(has_text=number)
            expect(notice).to_have_count(1, timeout=30_000)
            assert "已由宜宾市翠屏区市场监督管理局受理" in notice.inner_text()
            # shown once: a second return does not repeat it (it stays in the conversation)
            page.reload()
            page.get_by_role("status").filter(has_text="在线").wait_for(timeout=60_000)
            page.wait_for_timeout(1500)
            expect(page.locator(".msg.from-bot .bubble").filter(has_text=number)).to_have_count(1)
            r = requests.get(f"{backend}/api/v1/tickets/{number}/notifications", timeout=30,
                             headers={"Authorization": f"Bearer {token}"})
            assert [n["state"] for n in r.json()["items"]] == ["shown"]
            assert not errors
        finally:
            browser.close()
