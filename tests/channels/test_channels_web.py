"""The web widget in real headless Chromium against the real Rasa server, action
server and backend (started from the Procfile on free ports).

One conversation, in order: open the demo page, greet, press a quick reply, file a
complaint to the end (ticket number), try XSS payloads, drop the network and
reconnect, reload and find the history and the same Rasa conversation.
Screenshots go to test-artifacts/.
"""
from __future__ import annotations

import json
import re
import sqlite3
import time
from pathlib import Path

import pytest
import requests

from browser_testlib import ARGS, CHROMIUM, require_chromium
from channels_testlib import PNG_BYTES
from tools.stack import ROOT, Stack, free_port, settings

pytestmark = [pytest.mark.browser, pytest.mark.e2e]

# The widget uploads to the backend under another host name than the page's (Chromium
# maps it to loopback): a real cross-origin request, allowed by WIDGET_ALLOWED_ORIGINS.
UPLOAD_HOST = "uploads.widget.test"
CHROMIUM_ARGS = [*ARGS, f"--host-resolver-rules=MAP {UPLOAD_HOST} 127.0.0.1"]
ARTIFACTS = ROOT / "test-artifacts"
TICKET_RE = re.compile(r"受理编号是\s*([A-Z]{1,3}\d{8}-\d{6})")
XSS_TEXT = '<img src=x onerror="window.__xss=1">美好生活电器店<script>window.__xss=2</script>'

# The form asks in the dialogue's words; answer whatever it asks next (if the same
# question comes again, e.g. a validator refused the answer, the next answer is used).
ANSWERS = [
    ("什么问题", ["我买的电饭煲用了三天就不能加热了，商家拒绝退货。"]),
    ("哪件商品", ["电饭煲"]),
    ("哪家商家", [XSS_TEXT, "美好生活电器店"]),
    ("地址", ["北京市海淀区中关村大街1号"]),
    ("哪天", ["昨天", "2024年3月5日"]),
    ("多少钱", ["399元"]),
    ("称呼", ["张伟"]),
    ("电话", ["13800138000"]),
]
CONFIRM_WORDS = ("确认", "提交", "没问题", "是的")


def trained_model() -> Path | None:
    models = sorted((ROOT / "models").glob("*.tar.gz"), key=lambda p: p.stat().st_mtime)
    return models[-1] if models else None


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    if trained_model() is None:
        pytest.skip("no trained Rasa model in models/: run `make train` (or `.venv-rasa/bin/rasa train "
                    "--config config.yml --domain bot/domain --data bot/data --out models`) first")
    require_chromium()
    tmp = tmp_path_factory.mktemp("web-stack")
    ports = {name: str(free_port()) for name in ("RASA_PORT", "ACTIONS_PORT", "BACKEND_PORT")}
    env = settings(ports | {
        "RASA_URL": f"http://127.0.0.1:{ports['RASA_PORT']}",
        "RASA_PUBLIC_URL": f"http://127.0.0.1:{ports['RASA_PORT']}",
        "BACKEND_URL": f"http://127.0.0.1:{ports['BACKEND_PORT']}",
        "ACTION_ENDPOINT_URL": f"http://127.0.0.1:{ports['ACTIONS_PORT']}/webhook",
        "RASA_TOKEN": "web-test-token", "DATABASE_URL": f"sqlite:///{tmp}/complaints.db",
        "EVIDENCE_DIR": str(tmp / "evidence"), "OUTBOX_PATH": str(tmp / "outbox.db"),
        "RASA_TELEMETRY_ENABLED": "false", "TF_CPP_MIN_LOG_LEVEL": "2",
        "WIDGET_UPLOAD_URL": f"http://{UPLOAD_HOST}:{ports['BACKEND_PORT']}/api/v1/widget/evidence",
        "WIDGET_ALLOWED_ORIGINS": f"http://127.0.0.1:{ports['BACKEND_PORT']}",
    })
    stack = Stack(env=env, log_dir=tmp)
    try:
        for name in ("backend", "actions", "rasa"):
            stack.start(name, timeout=240)
        yield stack
    finally:
        stack.stop_all()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class Chat:
    """The widget as a consumer uses it (Playwright locators pierce its open shadow root)."""

    def __init__(self, page):
        self.page = page
        self.log = page.get_by_role("log", name="对话记录")
        self.input = page.get_by_label("输入您的问题")

    def bot_texts(self) -> list[str]:
        return self.page.locator(".msg.from-bot .bubble").all_inner_texts()

    def settle(self, before: int, timeout: float = 60) -> list[str]:
        """Wait for the bot's new messages: at least one, then no more for a moment."""
        deadline = time.monotonic() + timeout
        last_count, stable_since = before, None
        while time.monotonic() < deadline:
            count = len(self.bot_texts())
            typing = self.page.locator(".typing").is_visible()
            if count > before and count == last_count and not typing:
                stable_since = stable_since or time.monotonic()
                if time.monotonic() - stable_since > 1.0:
                    return [t.replace("助手：", "", 1).strip() for t in self.bot_texts()[before:]]
            else:
                stable_since = None
            last_count = count
            time.sleep(0.1)
        raise AssertionError(f"no reply within {timeout}s; bot said: {self.bot_texts()[-3:]}")

    def say(self, text: str) -> list[str]:
        before = len(self.bot_texts())
        self.input.fill(text)
        self.input.press("Enter")
        return self.settle(before)

    def press(self, title: str) -> list[str]:
        before = len(self.bot_texts())
        self.page.locator(".quick-replies").get_by_role("button", name=title).click()
        return self.settle(before)

    def quick_replies(self) -> list[str]:
        return self.page.locator(".quick-replies button").all_inner_texts()


def test_widget_complaint_reload_quick_reply_and_xss(stack, browser):
    ARTIFACTS.mkdir(exist_ok=True)
    context = browser.new_context(locale="zh-CN", viewport={"width": 1280, "height": 800})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("dialog", lambda dialog: (errors.append("dialog: " + dialog.message), dialog.dismiss()))
    backend_url = stack.env["BACKEND_URL"]
    page.goto(backend_url + "/")

    # Accessible structure: a labelled launcher, a live log, labelled controls.
    launcher = page.get_by_role("button", name="在线咨询")
    launcher.focus()
    page.keyboard.press("Enter")  # keyboard operable
    chat = Chat(page)
    assert chat.log.get_attribute("aria-live") == "polite"
    assert page.evaluate("() => document.querySelector('#rasa12315-widget').shadowRoot.activeElement.id") == \
        "rasa12315-input"  # focus moves into the conversation
    page.get_by_role("status").filter(has_text="在线").wait_for(timeout=30_000)
    assert "12315" in chat.bot_texts()[0]  # the widget's own welcome, in Chinese

    # Greeting, then a quick reply starts the complaint.
    greeting = chat.say("你好")
    assert any("投诉" in text for text in greeting)
    assert "我要投诉" in chat.quick_replies()
    replies = chat.press("我要投诉")
    assert page.evaluate("() => document.querySelector('#rasa12315-widget').shadowRoot.activeElement.id") == \
        "rasa12315-input"  # the pressed button is gone; focus stays in the conversation
    assert page.locator(".msg.from-user .bubble").last.inner_text().endswith("我要投诉")

    # Answer the form until the ticket is filed.
    ticket_no = None
    asked: dict[str, int] = {}
    for _ in range(20):
        question = replies[-1]
        # the opening told what stopped working (不能加热) and what the shop did: no details question
        assert "具体说说经过" not in question, question
        found = TICKET_RE.search("\n".join(replies))
        if found:
            ticket_no = found.group(1)
            break
        buttons = chat.quick_replies()
        confirm = next((b for b in buttons if any(w in b for w in CONFIRM_WORDS)), None)
        keyword, answers = next(((k, a) for k, a in ANSWERS if k in question), (None, None))
        answer = None
        if keyword:
            asked[keyword] = asked.get(keyword, 0) + 1
            answer = answers[min(asked[keyword], len(answers)) - 1]
        if confirm and ("确认" in question or "核对" in question or "提交" in question):
            replies = chat.press(confirm)
        elif answer is not None:
            replies = chat.say(answer)
        elif buttons:  # e.g. what the consumer wants: take the first choice
            replies = chat.press(buttons[0])
        else:
            pytest.fail(f"unexpected question from the dialogue: {question}")
    assert ticket_no, f"no ticket number; last replies: {replies}"
    # The ticket records where it came from (metadata.channel) and the conversation.
    database = stack.env["DATABASE_URL"].removeprefix("sqlite:///")
    with sqlite3.connect(database) as db:
        channel, conversation_id = db.execute("SELECT channel, conversation_id FROM tickets WHERE ticket_no = ?",
                                              (ticket_no,)).fetchone()
    session_id = page.evaluate("() => JSON.parse(localStorage.getItem('rasa12315')).sessionId")
    assert (channel, conversation_id) == ("web", session_id)
    page.screenshot(path=str(ARTIFACTS / "widget-complaint.png"))

    # Evidence: checked in the browser first, then uploaded cross-origin without cookies
    # (one is set for the upload host: the widget must not send it).
    upload_origin = f"http://{UPLOAD_HOST}:{stack.env['BACKEND_PORT']}"
    context.add_cookies([{"name": "session", "value": "not-for-the-widget", "url": upload_origin}])
    upload_requests = []
    page.on("request", lambda r: upload_requests.append(r) if "/widget/evidence" in r.url else None)
    file_input = page.locator("#rasa12315-file")
    file_input.set_input_files(files=[{"name": "setup.exe", "mimeType": "application/x-msdownload",
                                       "buffer": b"MZ"}])
    page.locator(".msg.from-bot .bubble").filter(has_text="只能上传图片").wait_for()
    before = len(chat.bot_texts())
    file_input.set_input_files(files=[{"name": "发票.png", "mimeType": "image/png", "buffer": PNG_BYTES}])
    page.locator(".msg.from-user .bubble").filter(has_text="已上传凭证：发票.png").wait_for()
    chat.settle(before)  # the dialogue was told (CHANNEL_EVIDENCE_PAYLOAD) and answered
    with sqlite3.connect(database) as db:
        stored = db.execute("SELECT e.conversation_id, e.original_name, e.content_type, e.storage_path, t.ticket_no "
                            "FROM evidence e LEFT JOIN tickets t ON t.id = e.ticket_id").fetchall()
    assert [row[:3] + row[4:] for row in stored] == [(session_id, "发票.png", "image/png", ticket_no)]
    assert Path(stored[0][3]).read_bytes() == PNG_BYTES
    [sent] = [r for r in upload_requests if r.method == "POST"]
    assert sent.url == stack.env["WIDGET_UPLOAD_URL"]
    assert sent.header_value("origin") == backend_url and sent.header_value("cookie") is None

    # XSS: the merchant name above came back in the summary; plus a direct payload.
    chat.say('<script>window.__xss=3</script><a href="javascript:window.__xss=4">点我</a>')
    assert page.evaluate("() => window.__xss") is None
    assert page.locator("#rasa12315-widget .bubble img, #rasa12315-widget .bubble script").count() == 0
    assert page.locator(".bubble a[href^='javascript']").count() == 0
    assert any(XSS_TEXT in text for text in page.locator(".msg .bubble").all_inner_texts())

    # Network drop: the widget says so, reconnects and what was typed meanwhile arrives.
    context.set_offline(True)
    page.get_by_role("status").filter(has_text="网络已断开").wait_for(timeout=15_000)
    before = len(chat.bot_texts())
    chat.input.fill("谢谢")
    chat.input.press("Enter")
    context.set_offline(False)
    page.get_by_role("status").filter(has_text="已重新连接").wait_for(timeout=30_000)
    chat.settle(before)

    # Reload: the same history, the same Rasa conversation.
    transcript = page.locator(".msg .bubble").all_inner_texts()
    page.reload()
    chat = Chat(page)
    chat.log.wait_for()
    assert page.locator(".msg .bubble").all_inner_texts() == transcript
    assert any(ticket_no in text for text in transcript)
    page.get_by_role("status").filter(has_text="在线").wait_for(timeout=30_000)
    chat.say("再见")
    tracker = requests.get(f"{stack.env['RASA_URL']}/conversations/{session_id}/tracker",
                           params={"token": stack.env["RASA_TOKEN"]}, timeout=10).json()
    user_events = [e for e in tracker["events"] if e["event"] == "user"]
    assert [e["text"] for e in user_events][:2] == ["你好", "/file_complaint"]
    assert "/inform_evidence" in [e["text"] for e in user_events]
    assert user_events[-1]["text"] == "再见"
    assert all(e["metadata"].get("channel") == "web" for e in user_events)

    # Keyboard: Escape closes and gives focus back to the launcher.
    page.keyboard.press("Escape")
    assert page.get_by_role("button", name="在线咨询").is_visible()
    assert errors == []

    # The phone layout: the conversation fills the screen.
    phone = browser.new_context(locale="zh-CN", viewport={"width": 375, "height": 740}, is_mobile=True,
                                has_touch=True)
    # A conversation idle for two days (a shared computer) is not shown to the next person.
    stale = {"sessionId": "web:" + "0" * 32, "open": False,
             "messages": [{"from": "user", "text": "上一位的手机号13900000000",
                           "ts": (time.time() - 2 * 86400) * 1000}]}
    phone.add_init_script(f"localStorage.setItem('rasa12315', JSON.stringify({json.dumps(stale)}))")
    mobile = phone.new_page()
    mobile.goto(backend_url + "/")
    mobile.get_by_role("button", name="在线咨询").click()
    box = mobile.get_by_role("dialog").bounding_box()
    assert "13900000000" not in mobile.get_by_role("log").inner_text()
    assert box["width"] == 375 and box["height"] >= 700
    mobile.screenshot(path=str(ARTIFACTS / "widget-mobile.png"))
    phone.close()
    context.close()


def bubble_texts(page) -> list[str]:
    return [t.replace("助手：", "", 1).strip() for t in page.locator(".msg.from-bot .bubble").all_inner_texts()]


def test_law_answer_short_first_then_an_agent_reply_reaches_the_widget(stack, browser):
    """A consumer on a phone asks a rights question: the short answer is in view with the
    details one tap away and the next steps as buttons; they ask for a person; the agent
    answers from the console's handoff queue, the widget shows it (marked as a person's),
    and only then does the console say 已送达."""
    from backend.auth import create_staff
    from backend.db import Database

    ARTIFACTS.mkdir(exist_ok=True)
    database = Database(stack.env["DATABASE_URL"])
    create_staff(database, "agent-web", "agent-web-12315")
    database.dispose()
    backend_url = stack.env["BACKEND_URL"]

    phone = browser.new_context(locale="zh-CN", viewport={"width": 390, "height": 844}, is_mobile=True,
                                has_touch=True)
    page = phone.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(backend_url + "/")
    page.get_by_role("button", name="在线咨询").click()
    page.get_by_role("status").filter(has_text="在线").wait_for(timeout=30_000)
    chat = Chat(page)
    # iOS zooms into inputs under 16 px.
    assert page.evaluate("() => parseFloat(getComputedStyle(document.querySelector('#rasa12315-widget')"
                         ".shadowRoot.querySelector('textarea')).fontSize)") >= 16

    replies = chat.say("网上买的衣服不喜欢，收到三天了还能七天无理由退货吗？")
    answer = page.locator(".msg.from-bot").filter(has=page.locator("details")).last
    answer.wait_for(timeout=30_000)
    details = answer.locator("details")
    assert details.get_attribute("open") is None  # the details wait for a tap
    assert "相关法律规定" in details.inner_text() or "《" in details.text_content()
    lead = answer.locator(".bubble").inner_text().split("\n")[0]
    assert lead and "《" not in lead[:2], replies
    assert chat.quick_replies() == ["我要投诉", "转人工", "继续提问"]
    # The start of the answer is in view on the phone, not its last paragraph.
    log_box, answer_box = chat.log.bounding_box(), answer.bounding_box()
    assert log_box["y"] <= answer_box["y"] < log_box["y"] + log_box["height"] - 40
    page.screenshot(path=str(ARTIFACTS / "widget-law-answer-phone.png"))
    details.locator("summary").click()
    assert details.get_attribute("open") is not None
    assert re.search(r"《[^》]+》第[一二三四五六七八九十百零〇]+条", details.inner_text())
    page.screenshot(path=str(ARTIFACTS / "widget-law-details-phone.png"))

    # Next step: a person.
    before = len(chat.bot_texts())
    chat.press("转人工")
    session_id = page.evaluate("() => JSON.parse(localStorage.getItem('rasa12315')).sessionId")

    # The agent answers from the console's queue (a desktop browser).
    desk = browser.new_context(locale="zh-CN", viewport={"width": 1366, "height": 768})
    console = desk.new_page()
    console.goto(backend_url + "/console/handoffs")
    console.fill("#username", "agent-web")
    console.fill("#password", "agent-web-12315")
    console.click("#login")
    item = console.locator("#queue li.handoff").filter(has_text=session_id)
    item.wait_for(timeout=30_000)
    # The agent reads the button the consumer pressed, not its payload.
    assert "转人工" in item.locator(".transcript").inner_text()
    assert "/human_handoff" not in item.locator(".transcript").inner_text()
    text = "您好，我是12315热线的坐席小李，您的问题我来帮您处理。"
    item.locator("input").fill(text)
    sent_at = time.monotonic()
    item.locator("button[type=submit]").click()
    page.locator(".msg.from-bot .bubble").filter(has_text=text).wait_for(timeout=15_000)
    latency = time.monotonic() - sent_at
    print(f"agent reply shown in the widget {latency * 1000:.0f} ms after the agent sent it")
    (ARTIFACTS / "handoff-reply-latency.txt").write_text(f"{latency * 1000:.0f} ms\n")
    reply_bubble = page.locator(".msg.from-bot .bubble").filter(has_text=text)
    reply_bubble.locator(".agent-tag").filter(has_text="人工客服").wait_for(timeout=5_000)
    assert len(chat.bot_texts()) > before
    page.screenshot(path=str(ARTIFACTS / "widget-agent-reply-phone.png"))
    # 已送达 only now: the widget acknowledged it (the queue refreshes every few seconds).
    item.locator(".delivery").filter(has_text="已送达").wait_for(timeout=15_000)
    console.screenshot(path=str(ARTIFACTS / "console-handoff-delivered-1366.png"))

    # The consumer closes the page; the agent writes again: sent, not delivered, until the
    # widget is back and shows it.
    page.close()
    later = "您提供的订单信息我们已经转给商家，请留意回复。"
    item.locator("input").fill(later)
    item.locator("button[type=submit]").click()
    item.locator(".reply-log").filter(has_text=later).locator(".delivery").filter(
        has_text="已发送，等待对方接收").wait_for(timeout=15_000)
    page = phone.new_page()
    page.goto(backend_url + "/")
    page.locator(".msg.from-bot .bubble").filter(has_text=later).locator(".agent-tag").wait_for(timeout=30_000)
    item.locator(".reply-log").filter(has_text=later).locator(".delivery").filter(
        has_text="已送达").wait_for(timeout=15_000)
    assert page.locator(".msg.from-bot .bubble").filter(has_text=text).count() == 1  # nothing shown twice

    # In Rasa, the reply is in the consumer's own conversation (not in `web%3A…`).
    tracker = requests.get(f"{stack.env['RASA_URL']}/conversations/{session_id}/tracker",
                           params={"token": stack.env["RASA_TOKEN"]}, timeout=10).json()
    assert any(e["event"] == "bot" and e.get("text") == text for e in tracker["events"])
    assert errors == []
    desk.close()
    phone.close()
