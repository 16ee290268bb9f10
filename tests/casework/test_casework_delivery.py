"""The consumer is told: status changes reach the fake WeChat and Telegram platforms
through the real backend and the real bridge processes; a bridge killed (SIGKILL) and
restarted mid-way loses nothing and sends nothing twice."""
from __future__ import annotations

from collections import Counter

import pytest

import casework_testlib as lib

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def backend(tmp_path_factory):
    backend = lib.Backend(tmp_path_factory.mktemp("casework-backend"))
    yield backend
    backend.close()


@pytest.fixture(scope="module")
def platforms():
    wechat, telegram = lib.FakeWeChat(), lib.FakeTelegram()
    yield wechat, telegram
    wechat.server.close()
    telegram.server.close()


@pytest.fixture(scope="module")
def officer(backend):
    return backend.staff("yibin-cuiping", "511502")


def test_kill_and_restart_mid_way_loses_and_duplicates_nothing(backend, platforms, officer, tmp_path):
    wechat, telegram = platforms
    bridges = [lib.wechat_bridge(backend, wechat, tmp_path).start(),
               lib.telegram_bridge(backend, telegram, tmp_path).start()]
    try:
        tickets = []
        for i in range(3):
            tickets.append(("wechat", f"oCase{i}", backend.file(channel="wechat", conversation_id=f"wechat:oCase{i}")))
            tickets.append(("telegram", 7000 + i,
                            backend.file(channel="telegram", conversation_id=f"telegram:{7000 + i}")))

        def received(channel, who):
            return wechat.texts(who) if channel == "wechat" else telegram.texts(who)

        # 1. both bridges up: acceptance reaches each consumer with the ticket number
        for _, _, t in tickets[:2]:
            assert backend.act(officer, t["ticket_no"], "accept").status_code == 200
        for channel, who, t in tickets[:2]:
            texts = lib.wait_until(lambda c=channel, w=who: received(c, w), message=f"{channel} acceptance")
            assert t["ticket_no"] in texts[0] and "受理" in texts[0]

        # 2. the platforms refuse for a while ("try later"); mediation starts; the bridges are killed
        wechat.busy = telegram.busy = True
        for _, _, t in tickets[:2]:
            assert backend.act(officer, t["ticket_no"], "mediate").status_code == 200
        lib.wait_until(lambda: all(n["attempts"] >= 1 for _, _, t in tickets[:2]
                                   for n in backend.outbox(t["ticket_no"], officer) if n["state"] == "pending"))
        for bridge in bridges:
            bridge.kill()

        # 3. while they are down: more changes (closing, new acceptances, a rejection)
        for _, _, t in tickets[:2]:
            r = backend.act(officer, t["ticket_no"], "close", outcome="agreement", detail="商家退款3999元")
            assert r.status_code == 200
        for _, _, t in tickets[2:5]:
            assert backend.act(officer, t["ticket_no"], "accept").status_code == 200
        r = backend.act(officer, tickets[5][2]["ticket_no"], "reject", ground="time_barred")
        assert r.status_code == 200, r.text

        # 4. platforms fine again, bridges restarted: everything arrives, once
        wechat.busy = telegram.busy = False
        for bridge in bridges:
            bridge.start()
        expected = {t["ticket_no"]: [n["text"] for n in backend.outbox(t["ticket_no"], officer)]
                    for _, _, t in tickets}
        assert sum(len(v) for v in expected.values()) == 2 * 3 + 3 + 1
        for channel, who, t in tickets:
            want = len(expected[t["ticket_no"]])
            lib.wait_until(lambda c=channel, w=who, n=want: len(received(c, w)) >= n,
                           message=f"{channel} {who}: {received(channel, who)}")
        for channel, who, t in tickets:
            assert received(channel, who) == expected[t["ticket_no"]], (channel, who)
            states = [n["state"] for n in backend.outbox(t["ticket_no"], officer)]
            assert states == ["sent"] * len(states)
        # one status change, one message: nothing duplicated anywhere
        everything = [m["text"]["content"] for m in wechat.sent] + [m["text"] for m in telegram.messages]
        assert max(Counter(everything).values()) == 1
        rejected = received("telegram", 7002)[0]
        assert "不予受理" in rejected and "超过三年" in rejected
        closed = received("wechat", "oCase0")[-1]
        assert "办结" in closed and "商家退款3999元" in closed
    finally:
        for bridge in bridges:
            bridge.stop()


def test_outside_the_48_hour_window_wechat_falls_back_to_a_template(backend, platforms, officer, tmp_path):
    wechat, _ = platforms
    wechat.closed_windows.add("oSilent")
    with_template = lib.wechat_bridge(backend, wechat, tmp_path, WECHAT_NOTIFY_TEMPLATE_ID="TPL-status").start()
    try:
        t = backend.file(channel="wechat", conversation_id="wechat:oSilent")
        assert backend.act(officer, t["ticket_no"], "accept").status_code == 200
        template = lib.wait_until(lambda: [m for m in wechat.templates if m["touser"] == "oSilent"])[0]
        assert template["template_id"] == "TPL-status"
        assert template["data"]["keyword1"]["value"] == t["ticket_no"]
        lib.wait_until(lambda: backend.outbox(t["ticket_no"], officer)[0]["state"] == "sent")
        assert backend.outbox(t["ticket_no"], officer)[0]["via"] == "template"
    finally:
        with_template.stop()
    # without a template the officer sees why it did not arrive
    without = lib.wechat_bridge(backend, wechat, tmp_path).start()
    try:
        wechat.closed_windows.add("oSilent2")
        t = backend.file(channel="wechat", conversation_id="wechat:oSilent2")
        assert backend.act(officer, t["ticket_no"], "accept").status_code == 200
        item = lib.wait_until(lambda: [n for n in backend.outbox(t["ticket_no"], officer) if n["state"] == "failed"])[0]
        assert "48小时" in item["last_error"]
    finally:
        without.stop()
