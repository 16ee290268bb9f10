"""Every main screen in real Chromium at a laptop (1366×768) and a phone (390×844) size:
a screenshot of each under test-artifacts/screens/ for a person to compare, and an
axe-core check (the engine ships inside the axe-playwright-python package: nothing is
fetched) with no serious or critical violation. Screens: the widget on the demo page,
the console's login, call (mid-call, suggestions filled), handoff queue and report
pages, and the case pages (casework queue and one ticket). The call page fits the
laptop screen without scrolling the page."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import requests
from axe_playwright_python.sync_playwright import Axe
from browser_testlib import chromium
from playwright.sync_api import expect

import knowledge_base
from console_testlib import AGENT, PASSWORD, SERVICE_TOKEN, TV_FIRE, make_app

pytestmark = pytest.mark.browser

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screens"
SIZES = {"laptop": (1366, 768), "phone": (390, 844)}
BLOCKING = ("serious", "critical")


@pytest.fixture(scope="module")
def browser():
    yield from chromium(ARTIFACTS)


@pytest.fixture(scope="module")
def server(tmp_path_factory, live_server_factory):
    knowledge_base.warm_up()
    app = make_app(tmp_path_factory.mktemp("screens"))
    yield live_server_factory(app)
    app.extensions["db"].dispose()


def log_in(page, base):
    page.goto(f"{base}/console/login")
    page.fill("#username", AGENT)
    page.fill("#password", PASSWORD)
    page.click("#login")
    expect(page.locator("#new-call")).to_be_visible()


def take_a_call(page, base) -> str:
    """A call with the suggestion panels filled and a ticket filed; returns its number."""
    log_in(page, base)
    page.click("#new-call")
    # The first call of the process waits for the engine the page started warming up.
    expect(page.locator("#call-key")).not_to_have_text("—", timeout=60_000)
    for n, text in enumerate(TV_FIRE, start=1):
        page.fill("#line-text", text)
        page.press("#line-text", "Enter")
        expect(page.locator("#transcript li")).to_have_count(n, timeout=30_000)
    expect(page.locator("#articles li").first).to_be_visible(timeout=30_000)
    page.click("#file-ticket")
    expect(page.locator("#ticket-result")).to_contain_text(re.compile(r"TS\d{8}-\d{6}"), timeout=30_000)
    return page.locator("#ticket-result").inner_text().split("：")[1]


def check(page, name: str, size: str) -> list[str]:
    """Screenshot, then axe: the serious and critical violations, described."""
    page.screenshot(path=str(ARTIFACTS / f"{name}-{size}.png"))
    results = Axe().run(page)
    found = []
    for v in results.response["violations"]:
        if v.get("impact") in BLOCKING:
            targets = [str(n.get("target")) for n in v.get("nodes", [])][:3]
            found.append(f"{name}@{size}: {v['id']} ({v['impact']}): {v['help']} {targets}")
    return found


def test_main_screens_accessible_and_shot_at_laptop_and_phone_sizes(browser, server):
    r = requests.post(f"{server}/api/v1/handoffs", timeout=5, headers={"Authorization": f"Bearer {SERVICE_TOKEN}"},
                      json={"conversation_id": "web:" + "5a" * 16, "channel": "web", "reason": "human_handoff",
                            "transcript": [{"speaker": "user", "text": "我买的电视自燃了，要找人工"},
                                           {"speaker": "bot", "text": "好的，已为您转接人工客服"}],
                            "draft": {"product": "电视", "problem": "电视自燃", "phone": "13808312345"}})
    assert r.status_code == 201
    problems: list[str] = []
    ticket_no = None
    for size, (width, height) in SIZES.items():
        context = browser.new_context(viewport={"width": width, "height": height}, locale="zh-CN",
                                      is_mobile=size == "phone", has_touch=size == "phone")
        page = context.new_page()
        page.goto(f"{server}/")
        page.get_by_role("button", name="在线咨询").click()
        expect(page.get_by_role("dialog")).to_be_visible()
        problems += check(page, "widget", size)

        page.goto(f"{server}/console/login")
        problems += check(page, "console-login", size)
        number = take_a_call(page, server)
        ticket_no = ticket_no or number
        if size == "laptop":
            # The call page fits the laptop screen: the page itself does not scroll.
            overflow = page.evaluate("document.scrollingElement.scrollHeight - window.innerHeight")
            assert overflow <= 0, f"the call page is {overflow}px taller than a 1366×768 screen"
        problems += check(page, "console-call", size)
        page.goto(f"{server}/console/handoffs")
        expect(page.locator("#queue li.handoff")).to_have_count(1)
        problems += check(page, "console-handoffs", size)
        page.goto(f"{server}/console/report")
        problems += check(page, "console-report", size)
        page.goto(f"{server}/casework/")
        problems += check(page, "casework-queue", size)
        page.goto(f"{server}/casework/tickets/{ticket_no}")
        problems += check(page, "casework-ticket", size)
        context.close()
    assert problems == [], "\n".join(problems)
