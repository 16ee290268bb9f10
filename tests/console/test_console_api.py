"""The console's JSON API on the real backend app: staff session + CSRF, calls, ticket
filing through the backend's create_ticket, call summary, feedback report, ASR push,
live lines by long poll over waitress, handoff queue and reply delivery."""
from __future__ import annotations

import json
import re
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from complaint.channels import new_widget_session_id

import requests

from console_testlib import AGENT, ASR_TOKEN, PASSWORD, SERVICE_TOKEN, TV_FIRE, login, make_app

SERVICE = {"Authorization": f"Bearer {SERVICE_TOKEN}"}
ASR = {"Authorization": f"Bearer {ASR_TOKEN}"}


def new_call(client, csrf) -> str:
    r = client.post("/console/api/calls", json={}, headers=csrf)
    assert r.status_code == 201, r.get_json()
    return r.get_json()["call_key"]


def say(client, csrf, key, text, speaker="caller"):
    r = client.post(f"/console/api/calls/{key}/lines", json={"speaker": speaker, "text": text}, headers=csrf)
    assert r.status_code == 201, r.get_json()
    return r.get_json()


def test_pages_need_a_staff_login(app):
    client = app.test_client()
    r = client.get("/console/")
    assert r.status_code == 302 and "/console/login" in r.headers["Location"]
    assert client.get("/console/login").status_code == 200
    r = client.post("/console/api/calls", json={})
    assert r.status_code in (401, 403) and r.is_json
    login(client)
    page = client.get("/console/").get_data(as_text=True)
    assert "12315 热线坐席助手" in page and 'name="csrf-token"' in page


def test_state_changes_need_the_csrf_token(agent):
    client, csrf = agent
    r = client.post("/console/api/calls", json={})
    assert r.status_code == 403 and r.get_json()["error"] == "csrf_failed"


def test_call_line_by_line_then_file_and_summarise(agent, app):
    client, csrf = agent
    key = new_call(client, csrf)
    responses = [say(client, csrf, key, text) for text in TV_FIRE]
    after_opening = responses[1]["suggestions"]
    assert [m["field"] for m in after_opening["missing"]] == ["merchant_address", "demand", "complainant_name", "phone"]
    assert after_opening["ticket"]["merchant_name"] == {
        **after_opening["ticket"]["merchant_name"], "value": "宜宾鑫源家电城", "line": 2}
    rights = responses[2]["suggestions"]
    assert {"消费者权益保护法:7", "消费者权益保护法:11"} <= {a["key"] for a in rights["articles"]}
    final = responses[-1]["suggestions"]
    assert final["missing"] == [] and final["ticket"]["purchase_date"]["value"].endswith("-02-06")
    # An agent line is stored but changes no suggestion.
    assert say(client, csrf, key, "好的，我帮您登记。", speaker="agent")["suggestions"] is None

    # The agent corrects a field; the draft says so.
    r = client.put(f"/console/api/calls/{key}/corrections",
                   json={"field": "merchant_name", "value": "宜宾市鑫源家电城"},
                   headers=csrf)
    assert r.status_code == 200
    assert r.get_json()["ticket"]["merchant_name"] == {**r.get_json()["ticket"]["merchant_name"],
                                                        "value": "宜宾市鑫源家电城", "source": "agent"}
    bad = client.put(f"/console/api/calls/{key}/corrections", json={"field": "password", "value": "x"}, headers=csrf)
    assert bad.status_code == 422 and bad.get_json()["error"] == "validation_error"

    r = client.post(f"/console/api/calls/{key}/ticket", json={"type": "complaint"}, headers=csrf)
    assert r.status_code == 201, r.get_json()
    filed = r.get_json()
    ticket_no = filed["ticket_no"]
    assert ticket_no.startswith("TS")
    t = filed["ticket"]
    assert (t["channel"], t["merchant_name"], t["phone"], t["amount"], t["complainant_name"]) == \
        ("hotline", "宜宾市鑫源家电城", "13808312345", "3999.00", "王建国")
    # Same call, same Idempotency-Key: a second click never files a second ticket.
    again = client.post(f"/console/api/calls/{key}/ticket", json={"type": "complaint"}, headers=csrf)
    assert again.status_code == 200 and again.get_json()["ticket_no"] == ticket_no
    staff_list = client.get("/api/v1/tickets", query_string={"q": ticket_no}).get_json()
    assert [(item["ticket_no"], item["channel"]) for item in staff_list["items"]] == [(ticket_no, "hotline")]

    r = client.post(f"/console/api/calls/{key}/end", json={}, headers=csrf)
    assert r.status_code == 200
    summary = r.get_json()["summary"]
    for piece in ("王建国", "13808312345", "宜宾市鑫源家电城", "电视", "3999.00元", "自燃", "诉求：赔偿",
                  "《消费者权益保护法》第七条", "《消费者权益保护法》第十一条"):
        assert piece in summary["text"], piece
    mine = client.get("/console/api/tickets").get_json()["tickets"]
    assert mine[0]["ticket_no"] == ticket_no and mine[0]["summary"] == summary["text"]
    # Stored on the ticket's audit trail too.
    from sqlalchemy import select

    from backend.models import AuditLog
    with app.extensions["db"].session() as session:
        actions = session.scalars(select(AuditLog.action).where(AuditLog.ticket_id == filed_ticket_id(app, ticket_no)))
        assert "console.call_summary" in list(actions)
    # An ended call takes no more lines.
    r = client.post(f"/console/api/calls/{key}/lines", json={"text": "还有一件事"}, headers=csrf)
    assert r.status_code == 409 and r.get_json()["error"] == "call_ended"


def filed_ticket_id(app, ticket_no):
    from sqlalchemy import select

    from backend.models import Ticket
    with app.extensions["db"].session() as session:
        return session.scalar(select(Ticket.id).where(Ticket.ticket_no == ticket_no))


def test_filing_an_incomplete_or_invalid_call_says_what_is_wrong(agent):
    client, csrf = agent
    key = new_call(client, csrf)
    say(client, csrf, key, TV_FIRE[1])
    r = client.post(f"/console/api/calls/{key}/ticket", json={"type": "complaint"}, headers=csrf)
    assert r.status_code == 422
    assert "complainant_name" in r.get_json()["message"] and "phone" in r.get_json()["message"]
    say(client, csrf, key, "我叫王建国，电话是138083123")
    r = client.post(f"/console/api/calls/{key}/ticket", json={"type": "complaint"}, headers=csrf)
    assert r.status_code == 422 and r.get_json()["field"] == "phone"
    assert "联系电话" in r.get_json()["message"]


def test_calls_are_private_to_their_agent(app, agent):
    client, csrf = agent
    key = new_call(client, csrf)
    other = app.test_client()
    other_csrf = login(other, "agent2")
    assert other.get(f"/console/api/calls/{key}").status_code == 404
    assert other.post(f"/console/api/calls/{key}/lines", json={"text": "x"}, headers=other_csrf).status_code == 404


def test_feedback_and_acceptance_report(agent):
    client, csrf = agent
    key = new_call(client, csrf)
    events = [("question", "inserted"), ("question", "edited"), ("question", "ignored"), ("question", "ignored"),
              ("law", "inserted"), ("law", "useful"), ("law", "not_useful"), ("law", "useful")]
    for kind, action in events:
        r = client.post("/console/api/feedback", headers=csrf, json={
            "call_key": key, "suggestion_id": f"{kind}-0", "suggestion_type": kind, "action": action,
            "line_seq": 1, "text": "请问您怎么称呼？", "final_text": "请问您贵姓？" if action == "edited" else None})
        assert r.status_code == 201
    bad = client.post("/console/api/feedback", headers=csrf, json={
        "suggestion_id": "x", "suggestion_type": "law", "action": "loved"})
    assert bad.status_code == 422
    report = {row["type"]: row for row in client.get("/console/api/report").get_json()["report"]}
    assert report["question"]["acceptance_rate"] == 0.5 and report["question"]["edit_rate"] == 0.5
    assert report["law"]["acceptance_rate"] == 1.0 and report["law"]["useful_rate"] == round(2 / 3, 3)
    page = client.get("/console/report").get_data(as_text=True)
    assert "采纳率" in page and "50%" in page


def test_asr_push_needs_its_token(app, agent):
    client, csrf = agent
    asr = app.test_client()
    r = asr.post("/console/api/asr/calls", json={"agent": AGENT, "caller_number": "13800138000"})
    assert r.status_code == 401
    r = asr.post("/console/api/asr/calls", json={"agent": AGENT}, headers={"Authorization": "Bearer wrong"})
    assert r.status_code == 401
    r = asr.post("/console/api/asr/calls", json={"agent": AGENT, "caller_number": "13800138000"}, headers=ASR)
    assert r.status_code == 201
    key = r.get_json()["call_key"]
    assert r.get_json()["console_url"].endswith(key)
    r = asr.post(f"/console/api/asr/calls/{key}/lines", json={"text": TV_FIRE[1]}, headers=ASR)
    assert r.status_code == 201 and r.get_json()["line"]["origin"] == "asr"
    call = client.get(f"/console/api/calls/{key}").get_json()
    assert call["lines"][0]["text"] == TV_FIRE[1]
    assert call["suggestions"]["ticket"]["amount"]["value"] == "3999.00"
    assert asr.post("/console/api/asr/calls/nope/lines", json={"text": "x"}, headers=ASR).status_code == 404


def staff_session(base: str, username: str = AGENT) -> tuple[requests.Session, dict]:
    web = requests.Session()
    csrf = web.get(f"{base}/api/v1/auth/csrf").json()["csrf_token"]
    csrf = web.post(f"{base}/api/v1/auth/login", json={"username": username, "password": PASSWORD},
                    headers={"X-CSRF-Token": csrf}).json()["csrf_token"]
    return web, {"X-CSRF-Token": csrf}


def test_live_lines_by_long_poll_over_waitress(tmp_path, live_server_factory):
    app = make_app(tmp_path)
    base = live_server_factory(app)
    web, csrf = staff_session(base)
    key = web.post(f"{base}/console/api/calls", json={}, headers=csrf).json()["call_key"]
    web.post(f"{base}/console/api/calls/{key}/lines", json={"text": "喂，你好"}, headers=csrf)
    url = f"{base}/console/api/calls/{key}/lines"
    first = web.get(url, params={"after": 0, "wait": 5, "view": "page-1"}, timeout=10).json()
    assert [line["text"] for line in first["lines"]] == ["喂，你好"] and first["status"] == "active"

    # A waiting poll is answered when ASR pushes a line, well before its wait is over.
    waiting: dict = {}
    poll = threading.Thread(target=lambda: waiting.update(
        web.get(url, params={"after": 1, "wait": 10, "view": "page-1"}, timeout=15).json()))
    poll.start()
    pushed = requests.post(f"{base}/console/api/asr/calls/{key}/lines", headers=ASR,
                           json={"text": "<img src=x onerror=alert(1)>电视自燃了"}, timeout=5)
    assert pushed.status_code == 201
    poll.join(9)
    assert not poll.is_alive(), "the waiting poll was not woken by the pushed line"
    assert waiting["lines"] == [{"seq": 2, "speaker": "caller", "origin": "asr",
                                 "text": "<img src=x onerror=alert(1)>电视自燃了"}]

    # Another agent cannot follow this call; the call's end ends the polling.
    other, _ = staff_session(base, "agent2")
    assert other.get(url, params={"after": 0}, timeout=5).status_code == 404
    web.post(f"{base}/console/api/calls/{key}/end", json={}, headers=csrf)
    assert web.get(url, params={"after": 2, "wait": 10}, timeout=5).json() == {
        "lines": [], "status": "ended", "retry_ms": 0}
    app.extensions["db"].dispose()


def test_live_polls_never_hold_every_worker(tmp_path, live_server_factory):
    """With more open pages than workers, only some polls wait (half the workers at most);
    the rest are answered at once and told when to ask again, so /healthz stays free.
    Each agent keeps at most CONSOLE_LIVE_VIEWS_PER_AGENT pages live."""
    app = make_app(tmp_path, BACKEND_THREADS="4", CONSOLE_LIVE_VIEWS_PER_AGENT="3")
    base = live_server_factory(app, threads=4)
    web, csrf = staff_session(base)
    key = web.post(f"{base}/console/api/calls", json={}, headers=csrf).json()["call_key"]
    url = f"{base}/console/api/calls/{key}/lines"
    answers: list[dict] = []
    lock = threading.Lock()

    def page(view):
        r = web.get(url, params={"after": 0, "wait": 3, "view": view}, timeout=10)
        with lock:
            answers.append({**r.json(), "http": r.status_code})

    pages = [threading.Thread(target=page, args=(f"page-{i}",)) for i in range(3)]
    for t in pages:
        t.start()
    time.sleep(0.5)  # the polls that got a slot are waiting now
    health = requests.get(f"{base}/healthz", timeout=2)
    assert health.status_code == 200
    for t in pages:
        t.join(10)
    waited = [a for a in answers if a["http"] == 200 and a["retry_ms"] == 0]
    told_to_retry = [a for a in answers if a["http"] == 200 and a["retry_ms"] > 0]
    assert len(waited) == 2 and len(told_to_retry) == 1, answers  # 4 workers: 2 may wait
    # A fourth page of the same agent is refused, in Chinese.
    r = web.get(url, params={"after": 0, "view": "page-4"}, timeout=5)
    assert r.status_code == 429 and "窗口" in r.json()["message"]
    app.extensions["db"].dispose()


class RasaHttpApi(BaseHTTPRequestHandler):
    """Stands in for Rasa's HTTP API (no trained model in unit tests), as Rasa behaves:
    its router takes the conversation id from the raw path (no percent-decoding), keeps
    each conversation's events, and answers with the tracker's state."""

    calls: list[dict] = []
    # conversation id -> (latest input channel, events so far)
    conversations: dict[str, tuple[str, list]] = {}

    def do_POST(self):  # noqa: N802
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        RasaHttpApi.calls.append({"path": self.path, "body": body})
        sender = self.path.split("/")[2]  # raw, as Sanic's router hands it to Rasa
        channel, events = RasaHttpApi.conversations.setdefault(sender, (None, []))
        events.extend(body)
        payload = json.dumps({"sender_id": sender, "latest_input_channel": channel, "events": events}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args):
        pass


def test_handoff_queue_and_agent_reply(tmp_path):
    rasa = ThreadingHTTPServer(("127.0.0.1", 0), RasaHttpApi)
    threading.Thread(target=rasa.serve_forever, daemon=True).start()
    web_id, wechat_id = new_widget_session_id("change-me-widget-secret"), "wechat:o6_bmjrPTlm6_2sgVt7hMZOPfL2M"
    RasaHttpApi.conversations.update({
        web_id: ("socketio", [{"event": "user", "text": "转人工"}]),
        wechat_id: ("bridge", [{"event": "user", "text": "人工"}]),
    })
    try:
        app = make_app(tmp_path, RASA_URL=f"http://127.0.0.1:{rasa.server_port}", RASA_TOKEN="rasa-secret")
        bot = app.test_client()
        body = {
            "conversation_id": web_id, "channel": "web", "reason": "human_handoff",
            "transcript": [{"speaker": "user", "text": "我要投诉电视自燃"},
                           {"speaker": "bot", "text": "请问是在哪家商家买的？"},
                           {"speaker": "user", "text": "<b>转人工</b>"}],
            "draft": {"product": "电视", "problem": "电视自燃"},
        }
        assert bot.post("/api/v1/handoffs", json=body).status_code == 401
        r = bot.post("/api/v1/handoffs", json=body, headers=SERVICE)
        assert r.status_code == 201
        handoff_id = r.get_json()["id"]
        assert r.get_json()["position"] == 1
        # Posting again while open updates the same entry.
        r = bot.post("/api/v1/handoffs", json={**body, "reason": "gave_up"}, headers=SERVICE)
        assert r.status_code == 200 and r.get_json()["id"] == handoff_id
        assert bot.post("/api/v1/handoffs", json={**body, "channel": "fax"}, headers=SERVICE).status_code == 422
        # An id that would need percent-encoding in Rasa's URL is refused up front.
        for bad_id in ("web:a b", "web:a/b", "web:a%3Ab", "web:中文"):
            assert bot.post("/api/v1/handoffs", json={**body, "conversation_id": bad_id},
                            headers=SERVICE).status_code == 422, bad_id

        client = app.test_client()
        csrf = login(client)
        queue = client.get("/console/api/handoffs").get_json()["handoffs"]
        assert [(h["id"], h["reason"], h["draft"]["product"]) for h in queue] == [(handoff_id, "gave_up", "电视")]
        assert queue[0]["transcript"][2]["text"] == "<b>转人工</b>"
        # What staff read is Chinese: channel, reason and the draft's field labels.
        assert (queue[0]["channel_label"], queue[0]["reason_label"]) == ("网页", "机器人无法处理")
        from complaint import fields as registry
        assert {(f["label"], f["value"]) for f in queue[0]["draft_items"]} == {
            (registry.label("product"), "电视"), (registry.label("problem"), "电视自燃")}
        assert all(not f["label"].isascii() for f in queue[0]["draft_items"])

        r = client.post(f"/console/api/handoffs/{handoff_id}/reply", json={"text": "您好，我是12315坐席小李。"},
                        headers=csrf)
        assert r.status_code == 201, r.get_json()
        [reply] = r.get_json()["replies"]
        # Rasa pushed it to the widget's session; delivered only once the widget says so.
        assert (reply["delivery"], reply["delivery_label"]) == ("sent", "已发送，等待对方接收")
        sent = RasaHttpApi.calls[-1]
        assert sent["path"].startswith(f"/conversations/{web_id}/tracker/events?")  # the colon verbatim
        assert "token=rasa-secret" in sent["path"] and "execute_side_effects=true" in sent["path"]
        assert "output_channel=latest" in sent["path"]
        [event] = sent["body"]
        assert (event["event"], event["text"], event["metadata"]) == (
            "bot", "您好，我是12315坐席小李。", {"agent": AGENT, "from": "human_agent"})
        ack = event["data"]["custom"]["data"]["handoff_reply"]
        assert ack["id"] == reply["id"]

        widget = app.test_client()
        # A widget that was closed when it was pushed finds it when it comes back.
        missed = widget.get(f"/api/v1/widget/handoff-replies?conversation_id={web_id}").get_json()["replies"]
        assert missed == [{"id": reply["id"], "text": "您好，我是12315坐席小李。", "ack": ack["ack"]}]
        assert widget.get("/api/v1/widget/handoff-replies?conversation_id=web:nope").status_code == 400
        assert widget.post("/api/v1/widget/handoff-ack", json={
            "conversation_id": web_id, "reply_id": reply["id"], "ack": "0" * 32}).status_code == 404
        assert widget.post("/api/v1/widget/handoff-ack", json={
            "conversation_id": "web:" + "cd" * 16, "reply_id": reply["id"], "ack": ack["ack"]}).status_code == 404
        r = widget.post("/api/v1/widget/handoff-ack", json={
            "conversation_id": web_id, "reply_id": reply["id"], "ack": ack["ack"]})
        assert r.status_code == 204
        [reply] = client.get("/console/api/handoffs").get_json()["handoffs"][0]["replies"]
        assert (reply["delivery"], reply["delivery_label"]) == ("delivered", "已送达")
        assert widget.get(f"/api/v1/widget/handoff-replies?conversation_id={web_id}").get_json()["replies"] == []
        # The bridges' pull API never sees web replies (Rasa pushes those).
        assert bot.get("/api/v1/handoffs/replies?channel=wechat", headers=SERVICE).get_json()["replies"] == []

        assert client.post(f"/console/api/handoffs/{handoff_id}/close", json={}, headers=csrf).status_code == 200
        assert client.get("/console/api/handoffs").get_json()["handoffs"] == []
        r = client.post(f"/console/api/handoffs/{handoff_id}/reply", json={"text": "还在吗"}, headers=csrf)
        assert r.status_code == 409

        # A bridge's channel: recorded in Rasa, relayed by the bridge, delivered when it says so.
        r = bot.post("/api/v1/handoffs", headers=SERVICE, json={
            "conversation_id": wechat_id, "channel": "wechat", "transcript": [{"speaker": "user", "text": "人工"}]})
        wechat_handoff = r.get_json()["id"]
        r = client.post(f"/console/api/handoffs/{wechat_handoff}/reply", json={"text": "您好"}, headers=csrf)
        [reply] = r.get_json()["replies"]
        assert reply["delivery"] == "recorded"
        pulled = bot.get("/api/v1/handoffs/replies?channel=wechat&after=0", headers=SERVICE).get_json()["replies"]
        assert [(p["id"], p["conversation_id"], p["text"]) for p in pulled] == [(reply["id"], wechat_id, "您好")]
        r = bot.post(f"/api/v1/handoffs/replies/{reply['id']}/delivery", json={"delivered": True}, headers=SERVICE)
        assert r.status_code == 200 and r.get_json()["delivery"] == "delivered"
        app.extensions["db"].dispose()
    finally:
        rasa.shutdown()


def test_reply_into_a_conversation_rasa_does_not_have_fails(tmp_path):
    """The bug of issue 19: Rasa stored the reply in a new, empty conversation. A reply
    that lands in a conversation without the consumer's messages is a failure."""
    rasa = ThreadingHTTPServer(("127.0.0.1", 0), RasaHttpApi)
    threading.Thread(target=rasa.serve_forever, daemon=True).start()
    try:
        app = make_app(tmp_path, RASA_URL=f"http://127.0.0.1:{rasa.server_port}")
        bot = app.test_client()
        r = bot.post("/api/v1/handoffs", headers=SERVICE, json={
            "conversation_id": "web:" + "ef" * 16, "channel": "web",
            "transcript": [{"speaker": "user", "text": "人工"}]})
        client = app.test_client()
        csrf = login(client)
        r = client.post(f"/console/api/handoffs/{r.get_json()['id']}/reply", json={"text": "您好"}, headers=csrf)
        assert r.status_code == 502 and r.get_json()["error"] == "delivery_failed"
        assert "没有这个用户的对话" in r.get_json()["message"]
        [reply] = client.get("/console/api/handoffs").get_json()["handoffs"][0]["replies"]
        assert reply["delivery"] == "failed" and reply["text"] == "您好"  # kept, not lost
        app.extensions["db"].dispose()
    finally:
        rasa.shutdown()


def test_reply_when_rasa_is_down_is_a_clear_error(app):
    bot = app.test_client()
    r = bot.post("/api/v1/handoffs", headers=SERVICE, json={
        "conversation_id": "wechat:openid-1", "channel": "wechat", "transcript": [{"speaker": "user", "text": "人工"}]})
    client = app.test_client()
    csrf = login(client)
    r = client.post(f"/console/api/handoffs/{r.get_json()['id']}/reply", json={"text": "您好"}, headers=csrf)
    assert r.status_code == 502 and r.get_json()["error"] == "delivery_failed"
    assert "Rasa" in r.get_json()["message"]


def test_the_handoff_api_is_in_the_openapi_document(app):
    """The bots' handoff API is the backend API's: each of its routes has an entry, with
    the request bodies' schemas."""
    doc = app.test_client().get("/api/v1/openapi.json").get_json()
    routes = {re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", rule.rule): rule.methods for rule in app.url_map.iter_rules()
              if rule.rule.startswith(("/api/v1/handoffs", "/api/v1/widget/handoff"))}
    assert len(routes) == 5
    for path, methods in routes.items():
        assert path in doc["paths"], path
        assert {m.lower() for m in methods} - {"head", "options"} <= set(doc["paths"][path]), path
    assert {"HandoffIn", "DeliveryIn", "WidgetAckIn"} <= set(doc["components"]["schemas"])
