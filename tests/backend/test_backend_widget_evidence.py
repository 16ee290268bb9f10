"""The web widget's public evidence upload (POST /api/v1/widget/evidence), on SQLite and
PostgreSQL: no credentials, the widget's conversation id, CORS, per-IP rate limit, and
the same checks as the bridges' /api/v1/evidence."""
from __future__ import annotations

import io
import time

from sqlalchemy import select

from backend.api import TokenBucket
from complaint.channels import new_widget_session_id
from backend.models import Evidence
from backend_testlib import SERVICE, complaint, file

URL = "/api/v1/widget/evidence"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
PDF = b"%PDF-1.7\n%test\n" + b"0" * 64
_addresses = (f"10.{i // 250}.{i % 250}.1" for i in range(1, 60_000))


def widget_id(secret: str = "change-me-widget-secret") -> str:
    """An id as the widget channel issues it (signed with the app's WIDGET_SESSION_SECRET)."""
    return new_widget_session_id(secret)


def upload(client, conversation_id, content=PNG, name="发票.png", *, ip=None, headers=None, **form):
    """One upload as the widget sends it: multipart, no Authorization, from a fresh address."""
    data = {"file": (io.BytesIO(content), name), **form}
    if conversation_id is not None:
        data["conversation_id"] = conversation_id
    return client.post(URL, data=data, headers=headers or {},
                       environ_base={"REMOTE_ADDR": ip or next(_addresses)})


def stored_for(app, conversation_id) -> list[Evidence]:
    with app.extensions["db"].session() as session:
        return session.scalars(select(Evidence).where(Evidence.conversation_id == conversation_id)).all()


def test_upload_needs_no_credentials_and_joins_the_conversations_ticket(client, app, staff_token):
    conversation = widget_id()
    early = upload(client, conversation)
    assert early.status_code == 201, early.get_json()
    body = early.get_json()
    assert body["content_type"] == "image/png" and body["ticket_no"] is None and body["id"]
    ticket = file(client, complaint(conversation_id=conversation)).get_json()
    late = upload(client, conversation, PDF, "合同.pdf")
    assert late.status_code == 201 and late.get_json()["ticket_no"] == ticket["ticket_no"]
    full = client.get(f"/api/v1/tickets/{ticket['ticket_no']}",
                      headers={"Authorization": f"Bearer {staff_token}"}).get_json()
    assert sorted(e["content_type"] for e in full["evidence"]) == ["application/pdf", "image/png"]
    assert [a["actor"] for a in full["audit"] if a["action"] == "evidence.upload"] == ["widget"]


def test_conversation_id_must_be_the_widgets(client, app):
    for bad in [None, "", "telegram:42", "web:" + "A" * 32, "web:" + "a" * 31, "web:" + "a" * 33,
                f"{widget_id()}\n", f" {widget_id()}", "wechat:o_abc"]:
        r = upload(client, bad)
        assert r.status_code == 400, (bad, r.get_json())
        assert r.get_json()["error"] == "invalid_conversation_id"
        assert "'web:' followed by 32 lowercase hex digits" in r.get_json()["message"]
    no_file = client.post(URL, data={"conversation_id": widget_id()}, environ_base={"REMOTE_ADDR": next(_addresses)})
    assert no_file.status_code == 400 and no_file.get_json()["message"] == "the multipart field 'file' is required"
    assert stored_for(app, "telegram:42") == []


def test_type_sniffed_and_size_limited_like_the_bridges_route(client, app):
    conversation = widget_id()
    exe = upload(client, conversation, b"MZ\x90\x00" + b"\x00" * 64, "发票.png")  # the name lies
    assert exe.status_code == 415 and exe.get_json()["error"] == "unsupported_file_type"
    html = upload(client, conversation, b"<html><script>alert(1)</script></html>", "a.pdf")
    assert html.status_code == 415
    big = upload(client, conversation, PNG + b"\x00" * 200_000)  # EVIDENCE_MAX_BYTES is 200 000 here
    assert big.status_code == 413 and big.get_json() == {
        "error": "file_too_large", "message": "the file is larger than 200000 bytes"}
    huge = upload(client, conversation, PNG + b"\x00" * 400_000)  # over MAX_CONTENT_LENGTH: refused unread
    assert huge.status_code == 413 and huge.get_json()["error"] == "file_too_large"
    assert stored_for(app, conversation) == []


def test_per_conversation_cap(client, app):
    conversation = widget_id()
    for _ in range(30):
        assert upload(client, conversation).status_code == 201
    r = upload(client, conversation)
    assert r.status_code == 429 and r.get_json() == {
        "error": "too_many_files", "message": "at most 30 files per conversation"}
    assert len(stored_for(app, conversation)) == 30
    # The cap is the conversation's, whichever route the files came by.
    bridge = client.post("/api/v1/evidence", headers=SERVICE, data={
        "conversation_id": conversation, "file": (io.BytesIO(PNG), "x.png")})
    assert bridge.status_code == 429


def test_cors_for_the_backends_own_pages_and_configured_origins(client, app):
    own = upload(client, widget_id(), headers={"Origin": "http://localhost"})  # the demo page at /
    assert own.status_code == 201
    assert own.headers["Access-Control-Allow-Origin"] == "http://localhost"
    assert "Access-Control-Allow-Credentials" not in own.headers and "Origin" in own.headers["Vary"]

    conversation = widget_id()
    foreign = upload(client, conversation, headers={"Origin": "https://evil.example"})
    assert foreign.status_code == 403 and foreign.get_json()["error"] == "origin_not_allowed"
    assert "https://evil.example" in foreign.get_json()["message"]
    assert "Access-Control-Allow-Origin" not in foreign.headers
    assert stored_for(app, conversation) == []

    app.config["WIDGET_ALLOWED_ORIGINS"] = "https://www.12315.example, https://sc.12315.example"
    try:
        site = upload(client, widget_id(), headers={"Origin": "https://sc.12315.example"})
        assert site.status_code == 201 and site.headers["Access-Control-Allow-Origin"] == "https://sc.12315.example"
        preflight = client.options(URL, headers={"Origin": "https://www.12315.example",
                                                 "Access-Control-Request-Method": "POST"})
        assert preflight.status_code == 204
        assert preflight.headers["Access-Control-Allow-Origin"] == "https://www.12315.example"
        assert preflight.headers["Access-Control-Allow-Methods"] == "GET, POST"  # uploads; replies and notices
        assert upload(client, widget_id(), headers={"Origin": "https://evil.example"}).status_code == 403
    finally:
        app.config["WIDGET_ALLOWED_ORIGINS"] = ""
    # Errors carry the CORS header too, so the widget can read why.
    refused = upload(client, "web:nope", headers={"Origin": "http://localhost"})
    assert refused.status_code == 400 and refused.headers["Access-Control-Allow-Origin"] == "http://localhost"
    # No Origin (not a browser): no CORS headers, the upload is judged on its own.
    plain = upload(client, widget_id())
    assert plain.status_code == 201 and "Access-Control-Allow-Origin" not in plain.headers


def test_rate_limit_per_address(client, app):
    ip = next(_addresses)
    # Default bucket: 5 at once, then one every 6 seconds (10 a minute).
    for _ in range(5):
        assert upload(client, widget_id(), ip=ip).status_code == 201
    limited = upload(client, widget_id(), ip=ip, headers={"Origin": "http://localhost"})
    assert limited.status_code == 429 and limited.get_json()["error"] == "too_many_uploads"
    assert 5 <= int(limited.headers["Retry-After"]) <= 6
    assert limited.get_json()["message"] == \
        f"too many uploads from this address; try again in {limited.headers['Retry-After']} seconds"
    assert limited.headers["Access-Control-Allow-Origin"] == "http://localhost"
    # A forged X-Forwarded-For does not help without a trusted proxy...
    spoofed = upload(client, widget_id(), ip=ip, headers={"X-Forwarded-For": "203.0.113.9"})
    assert spoofed.status_code == 429
    # ...another address is not affected.
    assert upload(client, widget_id()).status_code == 201
    # Behind one trusted proxy the address it forwards is the client.
    app.config["WIDGET_TRUSTED_PROXIES"] = "1"
    try:
        proxy = next(_addresses)
        for client_ip in ("198.51.100.1", "198.51.100.2"):
            for _ in range(5):
                r = upload(client, widget_id(), ip=proxy, headers={"X-Forwarded-For": f"1.2.3.4, {client_ip}"})
                assert r.status_code == 201
        r = upload(client, widget_id(), ip=proxy, headers={"X-Forwarded-For": "198.51.100.2"})
        assert r.status_code == 429
    finally:
        app.config["WIDGET_TRUSTED_PROXIES"] = "0"


def test_token_bucket_refills():
    bucket = TokenBucket(burst=2, per_second=20)
    assert bucket.take("a") == 0 and bucket.take("a") == 0
    wait = bucket.take("a")
    assert 0 < wait <= 0.05
    assert bucket.take("b") == 0
    time.sleep(wait + 0.01)
    assert bucket.take("a") == 0


def test_a_well_formed_id_the_widget_channel_did_not_sign_is_refused(client):
    """The id is the widget's bearer secret: a made-up one of the right shape (or one signed
    with another deployment's secret) can neither upload nor read missed replies."""
    for forged in ("web:" + "a" * 32, widget_id("another-deployments-secret")):
        r = upload(client, forged)
        assert r.status_code == 403, (forged, r.get_json())
        assert r.get_json()["error"] == "unknown_conversation_id"
        r = client.get(f"/api/v1/widget/handoff-replies?conversation_id={forged}")
        assert r.status_code == 403 and r.get_json()["error"] == "unknown_conversation_id"
    assert upload(client, widget_id()).status_code == 201
