"""Bureaus, scope, transfer and the notification outbox through the app (SQLite, in process)."""
from __future__ import annotations

import uuid

import pytest
from flask import Flask, jsonify, request
from sqlalchemy import select

from backend import create_app, migrate
from backend.auth import create_staff
from backend.casework import service
from backend.models import AuditLog, Ticket
from channels.common import ChannelSettings, RetryLater
from channels.notifications import NotificationRelay

import casework_testlib as lib

SERVICE = lib.SERVICE


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    app = create_app({"DATABASE_URL": f"sqlite:///{tmp_path_factory.mktemp('db') / 'c.db'}",
                      "BACKEND_SERVICE_TOKEN": lib.SERVICE_TOKEN, "SECRET_KEY": "test-secret-casework-0123456789",
                      "EVIDENCE_DIR": str(tmp_path_factory.mktemp("ev")), "RASA_URL": "http://127.0.0.1:9"})
    migrate.upgrade(app.extensions["db"].engine)
    yield app
    app.extensions["db"].dispose()


@pytest.fixture(scope="module")
def client(app):
    return app.test_client()


def staff(app, bureau_code):
    name = f"s{uuid.uuid4().hex[:8]}"
    token = create_staff(app.extensions["db"], name, "pass-12315-casework", with_token=True)
    with app.extensions["db"].session(write=True) as session:
        service.set_staff_bureau(session, name, bureau_code)
        session.commit()
    return {"Authorization": f"Bearer {token}"}


def file(client, **overrides):
    body = {"type": "complaint", "channel": "web", "conversation_id": f"web:{uuid.uuid4().hex}",
            "complainant_name": "李四", "phone": "13900139000", "merchant_name": "某某手机店",
            "merchant_address": "四川省宜宾市翠屏区人民路88号", "problem": "手机屏幕有坏点", "demand": "换货"}
    body.update(overrides)
    r = client.post("/api/v1/tickets", json=body, headers={**SERVICE, "Idempotency-Key": uuid.uuid4().hex})
    assert r.status_code == 201, r.get_json()
    return r.get_json()


def test_new_ticket_is_assigned_to_the_merchants_bureau(client):
    t = file(client)
    assert (t["bureau_code"], t["bureau"], t["jurisdiction_confident"]) == (
        "511502", "宜宾市翠屏区市场监督管理局", True)
    vague = file(client, merchant_address="万达广场3楼")
    assert vague["bureau_code"] is None and vague["jurisdiction_confident"] is False
    online = file(client, merchant_address="网上", merchant_name="某某天猫旗舰店")
    assert online["bureau_code"] == "330110"
    # the ticket's own platform field (an online shop with no usable address): the operator's seat
    on_jd = file(client, merchant_address="网上", merchant_name="某某数码专营店", platform="京东")
    assert (on_jd["bureau_code"], on_jd["jurisdiction_confident"]) == ("110115", True)


def test_an_address_naming_no_place_goes_to_the_default_bureau(client, monkeypatch):
    monkeypatch.setenv("DEFAULT_BUREAU", "511500")
    t = file(client, merchant_address="万达广场3楼")
    assert (t["bureau_code"], t["jurisdiction_confident"]) == ("511500", False)
    monkeypatch.setenv("DEFAULT_BUREAU", "999999")  # a wrong setting never stops a filing
    assert file(client, merchant_address="人民路")["bureau_code"] is None


def test_staff_see_their_bureau_and_those_below_only(app, client):
    codes = ("511502", "511504", "511500", "510000", "110000")
    cuiping, xuzhou, yibin, sichuan, beijing = (staff(app, c) for c in codes)
    admin = staff(app, None)
    a = file(client, merchant_address="宜宾市翠屏区南岸东路")
    b = file(client, merchant_address="宜宾市叙州区南岸街道")

    def listed(headers):
        r = client.get("/api/v1/tickets?per_page=200", headers=headers)
        assert r.status_code == 200
        return {i["ticket_no"] for i in r.get_json()["items"]}

    assert a["ticket_no"] in listed(cuiping) and b["ticket_no"] not in listed(cuiping)
    assert b["ticket_no"] in listed(xuzhou) and a["ticket_no"] not in listed(xuzhou)
    for wide in (yibin, sichuan, admin):
        assert {a["ticket_no"], b["ticket_no"]} <= listed(wide)
    assert not {a["ticket_no"], b["ticket_no"]} & listed(beijing)
    # another bureau's ticket is a 404, for reading and for acting
    assert client.get(f"/api/v1/tickets/{a['ticket_no']}", headers=xuzhou).status_code == 404
    assert client.post(f"/api/v1/tickets/{a['ticket_no']}/casework/accept", json={}, headers=xuzhou).status_code == 404
    assert client.post(f"/api/v1/tickets/{a['ticket_no']}/status", json={"status": "accepted"},
                       headers=beijing).status_code == 404
    assert client.post(f"/api/v1/tickets/{a['ticket_no']}/casework/accept", json={}, headers=yibin).status_code == 200


def test_transfer_with_reason_shows_in_history_and_moves_scope(app, client):
    cuiping, xuzhou = staff(app, "511502"), staff(app, "511504")
    t = file(client)
    no = t["ticket_no"]
    r = client.post(f"/api/v1/tickets/{no}/transfer", json={"bureau_code": "511504"}, headers=cuiping)
    assert r.status_code == 422  # a reason is required
    r = client.post(f"/api/v1/tickets/{no}/transfer", json={"bureau_code": "999999", "reason": "x"}, headers=cuiping)
    assert r.status_code == 422
    r = client.post(f"/api/v1/tickets/{no}/transfer",
                    json={"bureau_code": "511504", "reason": "经营者实际经营地在叙州区"},
                    headers=cuiping)
    assert r.status_code == 200 and r.get_json()["bureau"] == "宜宾市叙州区市场监督管理局"
    assert client.get(f"/api/v1/tickets/{no}", headers=cuiping).status_code == 404
    detail = client.get(f"/api/v1/tickets/{no}", headers=xuzhou).get_json()
    assert any("转办" in (h["note"] or "") and "叙州区" in h["note"] and "实际经营地" in h["note"]
               for h in detail["history"])
    assert any(a["action"] == "ticket.transfer" for a in detail["audit"])
    # the consumer's own view has no internal step: one entry per status
    r = client.get(f"/api/v1/tickets/status?ticket_no={no}&phone=13900139000", headers=SERVICE)
    assert [h["status"] for h in r.get_json()["history"]] == ["submitted"]


def test_each_change_that_matters_queues_one_message(app, client):
    officer = staff(app, "511502")
    t = file(client, channel="wechat", conversation_id="wechat:oQueue1")
    no = t["ticket_no"]
    assert client.post(f"/api/v1/tickets/{no}/casework/reject", json={}, headers=officer).status_code == 422
    assert client.post(f"/api/v1/tickets/{no}/casework/reject", json={"ground": "other_rule"},
                       headers=officer).status_code == 422  # the rule must be named
    for action, fields in (("accept", {}), ("mediate", {}), ("mediation_note", {"text": "电话联系商家，同意换货"}),
                           ("close", {"outcome": "agreement", "detail": "商家同意换新机"})):
        r = client.post(f"/api/v1/tickets/{no}/casework/{action}", json=fields, headers=officer)
        assert r.status_code == 200, r.get_json()
    items = client.get(f"/api/v1/tickets/{no}/notifications", headers=officer).get_json()["items"]
    assert [i["kind"] for i in items] == ["accepted", "mediating", "closed"]  # the note tells the consumer nothing
    assert all(no in i["text"] for i in items) and "商家同意换新机" in items[-1]["text"]
    assert {i["state"] for i in items} == {"pending"}
    pending = client.get("/api/v1/notifications/pending?channel=wechat&limit=200", headers=SERVICE).get_json()
    mine = [n for n in pending["notifications"] if n["ticket_no"] == no]
    assert [n["recipient"] for n in mine] == ["oQueue1"] * 3
    # results are idempotent: a second "sent" changes nothing, "retry" counts attempts
    first = mine[0]["id"]
    assert client.post(f"/api/v1/notifications/{first}/result", json={"outcome": "retry", "error": "busy"},
                       headers=SERVICE).get_json() == {"id": first, "state": "pending", "attempts": 1}
    for _ in range(2):
        r = client.post(f"/api/v1/notifications/{first}/result", json={"outcome": "sent", "via": "customer_service"},
                        headers=SERVICE)
        assert r.get_json() == {"id": first, "state": "sent", "attempts": 2}
    assert client.get("/api/v1/notifications/pending?channel=wechat", headers={}).status_code == 401


def test_rejection_tells_the_ground_in_plain_words(app, client):
    officer = staff(app, "511502")
    t = file(client, channel="telegram", conversation_id="telegram:4242")
    r = client.post(f"/api/v1/tickets/{t['ticket_no']}/casework/reject", json={"ground": "already_handled"},
                    headers=officer)
    assert r.status_code == 200
    item = client.get(f"/api/v1/tickets/{t['ticket_no']}/notifications", headers=officer).get_json()["items"][0]
    assert "不予受理" in item["text"] and "消费者协会" in item["text"] and t["ticket_no"] in item["text"]
    with app.extensions["db"].session() as session:
        audit = session.scalars(select(AuditLog.action).join(Ticket, Ticket.id == AuditLog.ticket_id)
                                .where(Ticket.ticket_no == t["ticket_no"])).all()
    assert "ticket.reject_ground" in audit and "ticket.status" in audit


def test_a_report_is_refused_on_a_report_ground(app, client):
    officer = staff(app, "511502")
    t = file(client, type="report", channel="wechat", conversation_id="wechat:oReport1", complainant_name=None,
             phone=None, anonymous=True, demand=None)
    no = t["ticket_no"]
    assert client.post(f"/api/v1/tickets/{no}/casework/reject", json={"ground": "time_barred"},
                       headers=officer).status_code == 422  # a complaint's ground
    assert client.post(f"/api/v1/tickets/{no}/casework/reject", json={"ground": "vague_lead"},
                       headers=officer).status_code == 200
    text = client.get(f"/api/v1/tickets/{no}/notifications", headers=officer).get_json()["items"][0]["text"]
    assert "举报" in text and no in text and "线索" in text and "不予受理" not in text


def test_web_consumer_sees_messages_on_the_status_page_and_in_the_widget(app, client):
    officer = staff(app, "511502")
    conversation = f"web:{uuid.uuid4().hex}"
    t = file(client, conversation_id=conversation, phone="13700137000")
    client.post(f"/api/v1/tickets/{t['ticket_no']}/casework/accept", json={}, headers=officer)
    page = client.get("/status")
    token = page.get_data(as_text=True).split('name="csrf_token" value="')[1].split('"')[0]
    wrong = client.post("/status", data={"ticket_no": t["ticket_no"], "phone": "13700137001", "csrf_token": token})
    assert "没有找到" in wrong.get_data(as_text=True)
    shown = client.post("/status", data={"ticket_no": t["ticket_no"], "phone": "13700137000", "csrf_token": token})
    html = shown.get_data(as_text=True)
    assert "已受理" in html and "受理" in html and t["ticket_no"] in html
    items = client.get(f"/api/v1/tickets/{t['ticket_no']}/notifications", headers=officer).get_json()["items"]
    assert items[0]["state"] == "shown"
    # guessing: a few lookups a minute per address, then a polite refusal
    answers = [client.post("/status", data={"ticket_no": t["ticket_no"], "phone": "13700137009",
                                            "csrf_token": token}).get_data(as_text=True) for _ in range(6)]
    assert "查询过于频繁" in answers[-1]
    # the widget's return: another change, fetched once by the conversation's id
    client.post(f"/api/v1/tickets/{t['ticket_no']}/casework/mediate", json={}, headers=officer)
    first = client.get(f"/api/v1/widget/notifications?conversation_id={conversation}").get_json()["messages"]
    assert len(first) == 1 and "调解" in first[0]["text"]
    assert client.get(f"/api/v1/widget/notifications?conversation_id={conversation}").get_json()["messages"] == []
    assert client.get("/api/v1/widget/notifications?conversation_id=web:nothex").status_code == 400
    # a page of another site may not read them (WIDGET_ALLOWED_ORIGINS); this host's pages may
    url = f"/api/v1/widget/notifications?conversation_id={conversation}"
    assert client.get(url, headers={"Origin": "https://evil.example"}).status_code == 403
    same = client.get(url, headers={"Origin": "http://localhost"})
    assert same.status_code == 200 and same.headers["Access-Control-Allow-Origin"] == "http://localhost"


def test_relay_journal_reports_instead_of_sending_again(tmp_path):
    """A bridge that sent but could not report (backend refused, then the bridge died)
    reports on restart and does not send again."""
    outbox = {1: {"id": 1, "recipient": "42", "text": "您好，您的投诉已受理。"}}
    reports, fail_reports = [], [True]
    app = Flask("fake-outbox")

    @app.get("/api/v1/notifications/pending")
    def pending():
        return jsonify(notifications=list(outbox.values()))

    @app.post("/api/v1/notifications/<int:nid>/result")
    def result(nid):
        if fail_reports[0]:
            return jsonify(error="down"), 503
        reports.append((nid, request.get_json()["outcome"]))
        if request.get_json()["outcome"] != "retry":
            outbox.pop(nid, None)
        return jsonify(id=nid, state="sent")

    server = lib.LoopbackServer(app)
    settings = ChannelSettings(backend_url=server.url, service_token="t", handoff_cursor_dir=str(tmp_path))
    sent = []
    try:
        relay = NotificationRelay(settings, "telegram", lambda item: sent.append(item["id"]) or "telegram", poll_s=0)
        assert relay.run_once() == 1 and sent == [1] and reports == []
        fail_reports[0] = False
        restarted = NotificationRelay(settings, "telegram", lambda item: sent.append(item["id"]) or "telegram",
                                      poll_s=0)
        assert restarted.run_once() == 0
        assert sent == [1] and reports == [(1, "sent")]

        def busy(item):
            raise RetryLater("flood control")

        outbox[2] = {"id": 2, "recipient": "42", "text": "第二条"}
        later = NotificationRelay(settings, "telegram", busy, poll_s=0)
        later.run_once()
        assert reports[-1] == (2, "retry") and 2 in outbox
    finally:
        server.close()


def test_queue_sorted_by_deadline_with_overdue_and_due_today(app, client):
    import datetime as dt

    from backend import deadlines
    from backend.models import StaffUser

    bureau = "511503"  # 南溪区: only this test's tickets
    officer = staff(app, bureau)
    today = deadlines.china_today()
    made = [file(client, merchant_address="宜宾市南溪区南溪街道", merchant_name=f"南溪{i}号店") for i in range(4)]
    dues = [today + dt.timedelta(days=3), today - dt.timedelta(days=2), today, None]
    with app.extensions["db"].session(write=True) as session:
        for t, due in zip(made, dues):
            ticket = session.scalar(select(Ticket).where(Ticket.ticket_no == t["ticket_no"]))
            ticket.accept_due = due
        session.commit()
    # the fourth is accepted: its deadline is the mediation's (45 working days from today)
    client.post(f"/api/v1/tickets/{made[3]['ticket_no']}/casework/accept", json={}, headers=officer)
    with app.extensions["db"].session() as session:
        member = session.scalar(select(StaffUser).where(StaffUser.bureau_code == bureau))
        rows = service.queue(session, member)
    order = [r["ticket"].ticket_no for r in rows]
    assert order == [made[1]["ticket_no"], made[2]["ticket_no"], made[0]["ticket_no"], made[3]["ticket_no"]]
    marks = {r["ticket"].ticket_no: (r["overdue"], r["due_today"]) for r in rows}
    assert marks[made[1]["ticket_no"]] == (True, False) and marks[made[2]["ticket_no"]] == (False, True)
    assert rows[-1]["due"] == deadlines.add_working_days(today, service.MEDIATION_WORKING_DAYS)


def test_every_casework_api_route_is_in_the_openapi_document(app, client):
    documented = set(client.get("/api/v1/openapi.json").get_json()["paths"])
    routes = {rule.rule.replace("<int:", "{").replace("<", "{").replace(">", "}")
              for rule in app.url_map.iter_rules() if rule.endpoint.startswith("casework.")
              and rule.rule.startswith("/api/v1/")}
    assert routes and routes <= documented, routes - documented


def test_ticket_page_transcript_comes_from_rasas_tracker(app):
    from types import SimpleNamespace

    from backend.casework import routes

    rasa = Flask("fake-rasa-tracker")
    seen = []

    @rasa.get("/conversations/<sender>/tracker")
    def tracker(sender):
        seen.append((sender, request.args.get("token")))
        return jsonify(sender_id=sender, events=[
            {"event": "user", "text": "电视机自燃了"}, {"event": "action", "name": "x"},
            {"event": "bot", "text": "很抱歉听到这个消息。"}, {"event": "user", "text": ""}])

    server = lib.LoopbackServer(rasa)
    try:
        app.config.update(RASA_URL=server.url, RASA_TOKEN="tracker-token")
        with app.test_request_context():
            lines, source = routes._transcript(SimpleNamespace(conversation_id="wechat:oTranscript"))
        assert lines == [{"speaker": "消费者", "text": "电视机自燃了"},
                         {"speaker": "助手", "text": "很抱歉听到这个消息。"}]
        assert "Rasa" in source and seen == [("wechat:oTranscript", "tracker-token")]
        with app.test_request_context():
            assert routes._transcript(SimpleNamespace(conversation_id=None))[0] == []
    finally:
        app.config.update(RASA_URL="http://127.0.0.1:9", RASA_TOKEN="")
        server.close()
