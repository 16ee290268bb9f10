"""The case officer's pages in headless Chromium against the real backend and bridges:
two bureaus each see only their own tickets; accepting sends the consumer a WeChat or
Telegram message (the fake platforms receive it); rejecting needs a ground; transfer;
the dashboard draws its charts and exports CSV. Screenshots in test-artifacts/casework/."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from browser_testlib import chromium
from playwright.sync_api import expect

import casework_testlib as lib

pytestmark = [pytest.mark.browser, pytest.mark.e2e]

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "casework"
PASSWORD = "pass-12315-casework"


@pytest.fixture(scope="module")
def browser():
    yield from chromium(ARTIFACTS)


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("casework-browser")
    backend = lib.Backend(tmp)
    wechat, telegram = lib.FakeWeChat(), lib.FakeTelegram()
    bridges = [lib.wechat_bridge(backend, wechat, tmp).start(), lib.telegram_bridge(backend, telegram, tmp).start()]
    backend.staff("cuiping", "511502", PASSWORD)
    backend.staff("xuzhou", "511504", PASSWORD)
    tickets = {
        "wechat": backend.file(channel="wechat", conversation_id="wechat:oBrowser1", merchant_name="翠屏甲电器",
                               merchant_address="四川省宜宾市翠屏区人民路88号", dispute_type="quality"),
        "telegram": backend.file(channel="telegram", conversation_id="telegram:88001", merchant_name="翠屏乙手机",
                                 merchant_address="宜宾市翠屏区南岸东路", dispute_type="refund"),
        "xuzhou": backend.file(merchant_name="叙州丙超市", merchant_address="宜宾市叙州区南岸街道",
                               dispute_type="food"),
    }
    yield backend, wechat, telegram, tickets
    for bridge in bridges:
        bridge.stop()
    backend.close()
    wechat.server.close()
    telegram.server.close()


def log_in(browser, backend, username):
    page = browser.new_page(viewport={"width": 1400, "height": 1000}, locale="zh-CN")
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.errors = errors
    page.goto(f"{backend.url}/casework/")
    expect(page).to_have_url(re.compile(r"/console/login"))
    page.fill("#username", username)
    page.fill("#password", PASSWORD)
    page.click("#login")
    expect(page.locator("#queue")).to_be_visible()
    return page


def queue_numbers(page) -> set[str]:
    return set(page.locator("#queue tbody tr[data-ticket]").evaluate_all("rows => rows.map(r => r.dataset.ticket)"))


def test_each_bureau_sees_only_its_own_tickets(browser, world):
    backend, _, _, tickets = world
    cuiping = log_in(browser, backend, "cuiping")
    assert queue_numbers(cuiping) == {tickets["wechat"]["ticket_no"], tickets["telegram"]["ticket_no"]}
    expect(cuiping.locator("header .who")).to_contain_text("宜宾市翠屏区市场监督管理局")
    cuiping.screenshot(path=str(ARTIFACTS / "queue-cuiping.png"), full_page=True)
    xuzhou = log_in(browser, backend, "xuzhou")
    assert queue_numbers(xuzhou) == {tickets["xuzhou"]["ticket_no"]}
    # another bureau's ticket page is not found, even by its number
    r = xuzhou.goto(f"{backend.url}/casework/tickets/{tickets['wechat']['ticket_no']}")
    assert r.status == 404
    expect(xuzhou.locator("#not-found")).to_contain_text("宜宾市叙州区市场监督管理局")
    # filters: the merchant filter narrows the queue
    cuiping.goto(f"{backend.url}/casework/?merchant=乙手机")
    assert queue_numbers(cuiping) == {tickets["telegram"]["ticket_no"]}
    assert not cuiping.errors and not xuzhou.errors


def test_reject_needs_a_ground_and_accept_reaches_the_consumer(browser, world):
    backend, wechat, telegram, tickets = world
    page = log_in(browser, backend, "cuiping")
    number = tickets["wechat"]["ticket_no"]
    page.click(f"#queue a:text('{number}')")
    expect(page.locator("h1")).to_contain_text(number)
    page.click("#reject")  # no ground chosen
    expect(page.locator("#error")).to_have_text("请选择不予受理的理由。")
    expect(page.locator("#status")).to_have_text("已提交，待受理")
    page.click("#accept")
    expect(page.locator("#done")).to_contain_text("微信")
    expect(page.locator("#status")).to_have_text("已受理")
    texts = lib.wait_until(lambda: wechat.texts("oBrowser1"), message="WeChat message")
    assert number in texts[0] and "宜宾市翠屏区市场监督管理局" in texts[0]
    # the bridge reports delivery after the platform has the message: a page loaded in
    # between rightly shows it pending, so reload until the report is in
    def shown_sent() -> bool:
        page.reload()
        return page.locator("#notifications li").first.get_attribute("data-state") == "sent"
    lib.wait_until(shown_sent, interval=0.3, message="notification shown as sent")
    page.screenshot(path=str(ARTIFACTS / "ticket-accepted.png"), full_page=True)

    other = tickets["telegram"]["ticket_no"]
    page.goto(f"{backend.url}/casework/tickets/{other}")
    page.check("input[name=ground][value=missing_materials]")
    page.click("#reject")
    expect(page.locator("#status")).to_have_text("不予受理")
    rejected = lib.wait_until(lambda: telegram.texts(88001), message="Telegram message")
    assert other in rejected[0] and "不予受理" in rejected[0] and "补充后可以重新投诉" in rejected[0]
    assert not page.errors


def test_mediation_close_and_transfer(browser, world):
    backend, wechat, _, tickets = world
    page = log_in(browser, backend, "cuiping")
    number = tickets["wechat"]["ticket_no"]
    page.goto(f"{backend.url}/casework/tickets/{number}")
    page.click("#mediate")
    expect(page.locator("#status")).to_have_text("调解中")
    page.fill("#form-note textarea", "电话联系商家，商家同意退款")
    page.click("#add-note")
    expect(page.locator("#history")).to_contain_text("调解记录：电话联系商家")
    page.click("#close")  # no outcome chosen
    expect(page.locator("#error")).to_have_text("请选择办结结果。")
    page.select_option("#form-close select[name=outcome]", "agreement")
    page.fill("#form-close input[name=detail]", "商家退款3999元")
    page.click("#close")
    expect(page.locator("#status")).to_have_text("已办结")
    lib.wait_until(lambda: any("商家退款3999元" in t for t in wechat.texts("oBrowser1")), message="closing message")

    # transfer a ticket of ours to 叙州区: it leaves our queue and appears in theirs
    extra = backend.file(merchant_name="翠屏丁餐馆", merchant_address="宜宾市翠屏区江北路")
    page.goto(f"{backend.url}/casework/tickets/{extra['ticket_no']}")
    page.fill("#bureau-code", "511504")
    page.click("#transfer")
    expect(page.locator("#error")).to_have_text("请填写转办理由。")
    page.fill("#bureau-code", "511504")
    page.fill("#form-transfer input[name=reason]", "经营者实际在叙州区经营")
    page.click("#transfer")
    expect(page.locator("main")).to_contain_text("案件已转办")
    assert extra["ticket_no"] not in queue_numbers(page)
    xuzhou = log_in(browser, backend, "xuzhou")
    assert extra["ticket_no"] in queue_numbers(xuzhou)
    xuzhou.goto(f"{backend.url}/casework/tickets/{extra['ticket_no']}")
    expect(xuzhou.locator("#history")).to_contain_text("转办：宜宾市翠屏区市场监督管理局 → 宜宾市叙州区市场监督管理局")


def test_dashboard_draws_charts_and_exports(browser, world):
    backend, _, _, _ = world
    page = log_in(browser, backend, "cuiping")
    page.goto(f"{backend.url}/casework/dashboard")
    expect(page.locator("body")).to_have_attribute("data-charts-ready", "1")
    # Chart.js drew on every canvas (a blank canvas has no non-transparent pixel)
    drawn = page.evaluate("""() => [...document.querySelectorAll('canvas')].map(c => {
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        for (let i = 3; i < d.length; i += 4) if (d[i]) return true;
        return false; })""")
    assert drawn == [True, True, True, True]
    assert int(page.locator("#total").inner_text()) >= 2
    page.screenshot(path=str(ARTIFACTS / "dashboard.png"), full_page=True)
    with page.expect_download() as download:
        page.click("#export")
    text = Path(download.value.path()).read_text(encoding="utf-8-sig")
    assert text.splitlines()[0] == "指标,项目,数量" and "翠屏甲电器" in text and "逾期未受理" in text
    assert not page.errors
