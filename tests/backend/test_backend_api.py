"""The /api/v1 contract, on SQLite and PostgreSQL."""
from __future__ import annotations

import csv
import datetime as dt
import io
import logging
import uuid
from concurrent.futures import ThreadPoolExecutor

from sqlalchemy import func, select

from backend import deadlines
from backend.models import Ticket
from backend.tickets import escalate_overdue_odr
from backend_testlib import SERVICE, complaint, file

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
PDF = b"%PDF-1.7\n%test\n" + b"0" * 64


def staff(token):
    return {"Authorization": f"Bearer {token}"}


def test_healthz_and_openapi(client):
    assert client.get("/healthz").get_json() == {"status": "ok"}
    doc = client.get("/api/v1/openapi.json").get_json()
    assert doc["openapi"].startswith("3.")
    assert "/api/v1/tickets" in doc["paths"] and "TicketIn" in doc["components"]["schemas"]


def test_create_returns_every_field_and_due_date(client):
    body = complaint()
    r = file(client, body)
    assert r.status_code == 201, r.get_json()
    t = r.get_json()
    assert t["ticket_no"].startswith("TS") and t["type"] == "complaint" and t["status"] == "submitted"
    for key in ("channel", "conversation_id", "complainant_name", "phone", "merchant_name", "merchant_address",
                "product", "purchase_date", "amount", "problem", "demand", "order_no", "dispute_type"):
        assert t[key] == body[key], key
    assert t["accept_due"] == deadlines.accept_due("complaint", deadlines.china_today()).isoformat()
    assert t["status_label"] == "已提交，待受理"
    assert [h["status"] for h in t["history"]] == ["submitted"]


def test_report_can_be_anonymous_and_gets_jb_number(client):
    r = file(client, {"type": "report", "channel": "wechat", "merchant_name": "无证小作坊",
                      "merchant_address": "某市某路2号", "problem": "无证生产食品", "anonymous": True,
                      "complainant_name": "李四", "phone": "13900001111"})
    assert r.status_code == 201, r.get_json()
    t = r.get_json()
    assert t["ticket_no"].startswith("JB") and t["anonymous"] is True
    assert t["complainant_name"] is None and t["phone"] is None


def test_same_key_same_ticket_different_body_conflict(client, app):
    key = f"conv-{uuid.uuid4().hex}"
    body = complaint()
    first = file(client, body, key)
    again = file(client, body, key)
    assert first.status_code == 201 and again.status_code == 200
    assert again.get_json()["ticket_no"] == first.get_json()["ticket_no"]
    conflict = file(client, complaint(problem="别的问题"), key)
    assert conflict.status_code == 409
    assert conflict.get_json()["error"] == "idempotency_conflict" and conflict.get_json()["message"]
    with app.extensions["db"].session() as s:
        assert s.scalar(select(func.count()).select_from(Ticket).where(Ticket.idempotency_key == key)) == 1


def test_concurrent_retries_with_one_key_file_once(app):
    key = f"race-{uuid.uuid4().hex}"
    body = complaint()

    def send(_):
        return file(app.test_client(), body, key)

    with ThreadPoolExecutor(8) as pool:
        responses = list(pool.map(send, range(16)))
    assert sorted({r.status_code for r in responses}) in ([200, 201], [201])
    assert len({r.get_json()["ticket_no"] for r in responses}) == 1
    assert sum(r.status_code == 201 for r in responses) == 1


def test_auth_and_idempotency_header_required(client):
    assert client.post("/api/v1/tickets", json=complaint(), headers={"Idempotency-Key": "k" * 10}).status_code == 401
    wrong = client.post("/api/v1/tickets", json=complaint(),
                        headers={"Authorization": "Bearer nope", "Idempotency-Key": "k" * 10})
    assert wrong.status_code == 401 and wrong.get_json()["error"] == "unauthorized"
    missing = client.post("/api/v1/tickets", json=complaint(), headers=SERVICE)
    assert missing.status_code == 400 and "Idempotency-Key" in missing.get_json()["message"]
    not_json = client.post("/api/v1/tickets", data="x", headers={**SERVICE, "Idempotency-Key": "k" * 10})
    assert not_json.status_code == 400 and not_json.is_json


def test_required_fields_depend_on_type(client):
    r = file(client, complaint(phone=None, demand=""))
    assert r.status_code == 422
    assert "phone" in r.get_json()["message"] and "demand" in r.get_json()["message"]
    r = file(client, {"type": "report", "channel": "web", "merchant_name": "某店", "problem": "x"})
    assert r.status_code == 422 and "merchant_address" in r.get_json()["message"]
    assert file(client, complaint(anonymous=True)).status_code == 422
    bad = file(client, complaint(purchase_date="2026-13-45", amount="abc", phone="12345"))
    fields = {d["field"] for d in bad.get_json()["details"]}
    assert bad.status_code == 422 and {"purchase_date", "amount", "phone"} <= fields


def test_status_lookup_needs_matching_phone(client):
    t = file(client, complaint(phone="13612345678")).get_json()
    ok = client.get("/api/v1/tickets/status", query_string={"ticket_no": t["ticket_no"], "phone": "136 1234 5678"},
                    headers=SERVICE)
    assert ok.status_code == 200
    data = ok.get_json()
    assert data["status"] == "submitted" and data["status_label"] and data["accept_due"] == t["accept_due"]
    assert data["history"] and "phone" not in data and "complainant_name" not in data
    wrong = client.get("/api/v1/tickets/status", query_string={"ticket_no": t["ticket_no"], "phone": "13600000000"},
                       headers=SERVICE)
    unknown = client.get("/api/v1/tickets/status", query_string={"ticket_no": "TS20200101-000000",
                                                                 "phone": "13612345678"}, headers=SERVICE)
    assert wrong.status_code == unknown.status_code == 404
    assert wrong.get_json() == unknown.get_json()
    assert client.get("/api/v1/tickets/status", query_string={"ticket_no": t["ticket_no"],
                                                              "phone": "13612345678"}).status_code == 401


def test_status_lookup_by_the_conversation_that_filed_it(client):
    """The bot asked about a ticket filed in the same chat: the conversation stands for the phone
    (an anonymous report has none), and only that conversation; a service token is still needed."""
    mine = file(client, complaint(conversation_id="wechat:o-abc")).get_json()
    report = file(client, complaint(type="report", anonymous=True, complainant_name=None, phone=None,
                                    product=None, purchase_date=None, amount=None, demand=None, order_no=None,
                                    conversation_id="telegram:42")).get_json()

    def ask(ticket_no, conversation, headers=SERVICE):
        return client.get("/api/v1/tickets/status", headers=headers,
                          query_string={"ticket_no": ticket_no, "conversation_id": conversation})

    assert ask(mine["ticket_no"], "wechat:o-abc").status_code == 200
    assert ask(report["ticket_no"], "telegram:42").get_json()["status"] == "submitted"
    other = ask(mine["ticket_no"], "wechat:o-someone-else")
    assert other.status_code == 404 and other.get_json() == ask(report["ticket_no"], "wechat:o-abc").get_json()
    assert ask(mine["ticket_no"], "wechat:o-abc", headers={}).status_code == 401
    neither = client.get("/api/v1/tickets/status", query_string={"ticket_no": mine["ticket_no"]}, headers=SERVICE)
    assert neither.status_code == 400 and "conversation_id" in neither.get_json()["message"]


def test_evidence_before_and_after_filing(client, staff_token):
    conversation = f"tg:{uuid.uuid4().hex}"
    early = client.post("/api/v1/evidence", headers=SERVICE, data={
        "conversation_id": conversation, "file": (io.BytesIO(PNG), "receipt.png")})
    assert early.status_code == 201 and early.get_json()["ticket_no"] is None
    t = file(client, complaint(conversation_id=conversation)).get_json()
    assert [e["content_type"] for e in t["evidence"]] == ["image/png"]
    late = client.post("/api/v1/evidence", headers=SERVICE, data={
        "conversation_id": conversation, "file": (io.BytesIO(PDF), "invoice.pdf")})
    assert late.status_code == 201 and late.get_json()["ticket_no"] == t["ticket_no"]
    full = client.get(f"/api/v1/tickets/{t['ticket_no']}", headers=staff(staff_token)).get_json()
    assert {e["content_type"] for e in full["evidence"]} == {"image/png", "application/pdf"}
    with client.get(f"/api/v1/evidence/{full['evidence'][0]['id']}", headers=staff(staff_token)) as download:
        assert download.status_code == 200 and download.data == PNG
    assert client.get(f"/api/v1/evidence/{full['evidence'][0]['id']}", headers=SERVICE).status_code == 401


def test_evidence_type_sniffed_and_size_limited(client):
    exe = client.post("/api/v1/evidence", headers=SERVICE, data={
        "conversation_id": "c1", "file": (io.BytesIO(b"MZ\x90\x00" + b"\x00" * 100), "photo.jpg")})
    assert exe.status_code == 415 and exe.get_json()["error"] == "unsupported_file_type"
    html = client.post("/api/v1/evidence", headers=SERVICE, data={
        "conversation_id": "c1", "file": (io.BytesIO(b"<html><script>alert(1)</script>"), "x.png")})
    assert html.status_code == 415
    big = client.post("/api/v1/evidence", headers=SERVICE, data={
        "conversation_id": "c1", "file": (io.BytesIO(PNG + b"\x00" * 250_000), "big.png")})
    assert big.status_code == 413 and big.is_json
    huge = client.post("/api/v1/evidence", headers=SERVICE, data={
        "conversation_id": "c1", "file": (io.BytesIO(PNG + b"\x00" * 400_000), "huge.png")})
    assert huge.status_code == 413 and huge.is_json
    assert client.post("/api/v1/evidence", headers=SERVICE, data={"conversation_id": "c1"}).status_code == 400


def test_staff_list_search_filter_and_overdue(client, staff_token):
    marker = uuid.uuid4().hex[:8]
    a = file(client, complaint(merchant_name=f"甲商店{marker}", problem="屏幕碎了")).get_json()
    file(client, complaint(merchant_name=f"乙商店{marker}", problem="充电器发烫"))
    assert client.get("/api/v1/tickets").status_code == 401
    assert client.get("/api/v1/tickets", headers=SERVICE).status_code == 401
    r = client.get("/api/v1/tickets", query_string={"merchant": marker}, headers=staff(staff_token)).get_json()
    assert r["total"] == 2
    r = client.get("/api/v1/tickets", query_string={"q": "屏幕碎", "merchant": marker},
                   headers=staff(staff_token)).get_json()
    assert [i["ticket_no"] for i in r["items"]] == [a["ticket_no"]] and r["items"][0]["overdue"] is False
    today = deadlines.china_today().isoformat()
    r = client.get("/api/v1/tickets", query_string={"date_from": today, "date_to": today, "status": "submitted",
                                                    "merchant": marker, "overdue": "false"},
                   headers=staff(staff_token)).get_json()
    assert r["total"] == 2
    bad = client.get("/api/v1/tickets", query_string={"status": "bogus"}, headers=staff(staff_token))
    assert bad.status_code == 422


def test_overdue_flag(client, staff_token, app):
    t = file(client, complaint()).get_json()
    with app.extensions["db"].session(write=True) as s:
        ticket = s.scalar(select(Ticket).where(Ticket.ticket_no == t["ticket_no"]))
        ticket.accept_due = dt.date(2020, 1, 2)
        s.commit()
    r = client.get("/api/v1/tickets", query_string={"q": t["ticket_no"], "overdue": "true"},
                   headers=staff(staff_token)).get_json()
    assert r["total"] == 1 and r["items"][0]["overdue"] is True


def test_status_changes_history_and_audit(client, staff_token):
    t = file(client, complaint()).get_json()
    no = t["ticket_no"]
    url = f"/api/v1/tickets/{no}/status"
    assert client.post(url, json={"status": "mediating"}, headers=staff(staff_token)).status_code == 409
    no_reason = client.post(url, json={"status": "rejected"}, headers=staff(staff_token))
    assert no_reason.status_code == 422 and no_reason.get_json()["details"][0]["field"] == "reason"
    for status in ("accepted", "mediating", "closed"):
        r = client.post(url, json={"status": status, "note": f"-> {status}"}, headers=staff(staff_token))
        assert r.status_code == 200, r.get_json()
    full = client.get(f"/api/v1/tickets/{no}", headers=staff(staff_token)).get_json()
    assert [h["status"] for h in full["history"]] == ["submitted", "accepted", "mediating", "closed"]
    assert full["history"][-1]["actor"].startswith("staff:alice") and full["closed_at"]
    assert [a["action"] for a in full["audit"]].count("ticket.status") == 3

    rejected = file(client, complaint()).get_json()["ticket_no"]
    r = client.post(f"/api/v1/tickets/{rejected}/status",
                    json={"status": "rejected", "reason": "不属于市场监管部门职责范围"}, headers=staff(staff_token))
    assert r.status_code == 200 and r.get_json()["reject_reason"] == "不属于市场监管部门职责范围"
    consumer = client.get("/api/v1/tickets/status", query_string={"ticket_no": rejected, "phone": "13800138000"},
                          headers=SERVICE).get_json()
    assert consumer["status_label"] == "不予受理" and consumer["history"][-1]["note"] == "不属于市场监管部门职责范围"


def test_session_login_needs_csrf(app):
    from backend.auth import create_staff

    create_staff(app.extensions["db"], "bob", "bob-password-1")
    c = app.test_client()
    assert c.post("/api/v1/auth/login", json={"username": "bob", "password": "bob-password-1"}).status_code == 403
    token = c.get("/api/v1/auth/csrf").get_json()["csrf_token"]
    bad = c.post("/api/v1/auth/login", json={"username": "bob", "password": "wrong"}, headers={"X-CSRF-Token": token})
    assert bad.status_code == 401
    ok = c.post("/api/v1/auth/login", json={"username": "bob", "password": "bob-password-1"},
                headers={"X-CSRF-Token": token})
    assert ok.status_code == 200
    csrf = ok.get_json()["csrf_token"]
    assert csrf != token  # a fresh session after login
    assert c.get("/api/v1/tickets").status_code == 200
    no = file(c, complaint()).get_json()["ticket_no"]
    assert c.post(f"/api/v1/tickets/{no}/status", json={"status": "accepted"}).status_code == 403
    assert c.post(f"/api/v1/tickets/{no}/status", json={"status": "accepted"},
                  headers={"X-CSRF-Token": csrf}).status_code == 200
    # A form post works with the token as a field.
    assert c.post("/api/v1/auth/logout", data={"csrf_token": csrf}).status_code == 200
    assert c.get("/api/v1/tickets").status_code == 401


def test_csv_export_filtered_and_injection_safe(client, staff_token):
    marker = uuid.uuid4().hex[:8]
    file(client, complaint(merchant_name=f"=HYPERLINK(\"x\")店{marker}", problem="-2+3"))
    file(client, complaint(merchant_name=f"正常商店{marker}"))
    r = client.get("/api/v1/tickets/export.csv", query_string={"merchant": marker}, headers=staff(staff_token))
    assert r.status_code == 200 and r.mimetype == "text/csv"
    text = r.data.decode("utf-8")
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    assert rows[0][0] == "编号" and len(rows) == 3
    merchant, problem = rows[0].index("商家名称"), rows[0].index("问题描述")  # the registry's labels
    merchants = {row[merchant] for row in rows[1:]}
    assert f"'=HYPERLINK(\"x\")店{marker}" in merchants and f"正常商店{marker}" in merchants
    assert any(row[problem] == "'-2+3" for row in rows[1:])


def test_odr_merchant_first_then_bureau(client, staff_token, app):
    name = f"某某ODR旗舰店{uuid.uuid4().hex[:6]}"
    r = client.post("/api/v1/odr/merchants", json={"name": name}, headers=staff(staff_token))
    assert r.status_code == 201
    assert client.post("/api/v1/odr/merchants", json={"name": name}, headers=staff(staff_token)).status_code == 409
    check = client.get("/api/v1/odr/check", query_string={"merchant_name": f"{name} "}, headers=SERVICE).get_json()
    assert check == {"odr": True, "merchant_name": name, "working_days": 10}
    assert client.get("/api/v1/odr/check", query_string={"merchant_name": "别家"},
                      headers=SERVICE).get_json()["odr"] is False
    no_consent = file(client, complaint(merchant_name=name)).get_json()
    assert no_consent["status"] == "submitted"
    t = file(client, complaint(merchant_name=f" {name} ", odr_consent=True)).get_json()
    today = deadlines.china_today()
    assert t["status"] == "merchant_handling" and t["odr_merchant"] == name
    assert t["odr_due"] == deadlines.odr_due(today).isoformat() and t["accept_due"] is None
    # The merchant could not resolve it: the bureau's 7 working days start.
    r = client.post(f"/api/v1/tickets/{t['ticket_no']}/odr-result", json={"resolved": False},
                    headers=staff(staff_token)).get_json()
    assert r["status"] == "submitted" and r["accept_due"] == deadlines.accept_due("complaint", today).isoformat()
    # Left unresolved past the ODR deadline: escalated automatically.
    late = file(client, complaint(merchant_name=name, odr_consent=True)).get_json()
    with app.extensions["db"].session(write=True) as s:
        escalated = escalate_overdue_odr(s, today=deadlines.odr_due(today) + dt.timedelta(days=1))
        s.commit()
    assert late["ticket_no"] in escalated
    full = client.get(f"/api/v1/tickets/{late['ticket_no']}", headers=staff(staff_token)).get_json()
    assert full["status"] == "submitted" and full["history"][-1]["actor"] == "system"


def test_logs_mask_phone_and_name(client, caplog):
    with caplog.at_level(logging.INFO, logger="backend"):
        file(client, complaint(phone="13711112222", complainant_name="王小明"))
    text = caplog.text
    assert "13711112222" not in text and "王小明" not in text and "137****2222" in text


def test_password_guessing_locks_the_account(app):
    from backend.auth import MAX_FAILED_LOGINS, create_staff

    name = f"erin-{uuid.uuid4().hex[:6]}"
    create_staff(app.extensions["db"], name, "erin-password-1")
    c = app.test_client()
    token = c.get("/api/v1/auth/csrf").get_json()["csrf_token"]
    for _ in range(MAX_FAILED_LOGINS):
        r = c.post("/api/v1/auth/login", json={"username": name, "password": "guess"}, headers={"X-CSRF-Token": token})
        assert r.status_code == 401
    r = c.post("/api/v1/auth/login", json={"username": name, "password": "erin-password-1"},
               headers={"X-CSRF-Token": token})
    assert r.status_code == 429 and r.get_json()["error"] == "too_many_attempts"
