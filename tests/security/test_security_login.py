"""Staff login and the backend's HTTP hardening, on the real app and a real SQLite file:
per-address throttle before the hash, a lockout strangers cannot use against staff, the
client address behind a configured proxy, logout, redirects, headers, cookies."""
from __future__ import annotations

import uuid

import pytest

from backend import create_app, migrate
from backend.auth import create_staff, safe_next

PASSWORD = "correct horse 12315"


def make_app(tmp_path, **overrides):
    app = create_app({"DATABASE_URL": f"sqlite:///{tmp_path}/security-{uuid.uuid4().hex[:6]}.db",
                      "SECRET_KEY": "security-test-secret-0123456789", "EVIDENCE_DIR": str(tmp_path / "evidence"),
                      "BACKEND_SERVICE_TOKEN": "security-service-token-0123456789", **overrides})
    migrate.upgrade(app.extensions["db"].engine)
    return app


@pytest.fixture()
def app(tmp_path):
    app = make_app(tmp_path)
    create_staff(app.extensions["db"], "alice", PASSWORD)
    yield app
    app.extensions["db"].dispose()


def login(client, username, password, address="10.0.0.1", **kwargs):
    token = client.get("/api/v1/auth/csrf", environ_base={"REMOTE_ADDR": address}).get_json()["csrf_token"]
    return client.post("/api/v1/auth/login", json={"username": username, "password": password},
                       headers={"X-CSRF-Token": token}, environ_base={"REMOTE_ADDR": address}, **kwargs)


def test_flood_from_one_address_is_refused_before_the_hash(app, monkeypatch):
    import backend.auth as auth

    hashes = []
    real = auth.check_password_hash
    monkeypatch.setattr(auth, "check_password_hash", lambda *a: hashes.append(1) or real(*a))
    client = app.test_client()
    limit = app.config["LOGIN_MAX_FAILURES_PER_ADDRESS"]
    statuses = [login(client, f"user{i}", "guess").status_code for i in range(limit + 10)]
    assert statuses[:limit] == [401] * limit
    assert set(statuses[limit:]) == {429}
    assert len(hashes) == limit  # the refused ones cost no scrypt
    r = login(client, "alice", PASSWORD)  # the same address, even with the right password
    assert r.status_code == 429 and int(r.headers["Retry-After"]) > 0
    # another address is not affected
    assert login(client, "alice", PASSWORD, address="10.0.0.2").status_code == 200


def test_a_stranger_cannot_lock_a_staff_member_out(app):
    stranger, staff = app.test_client(), app.test_client()
    for _ in range(app.config["LOGIN_MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS"]):
        assert login(stranger, "alice", "guess", address="203.0.113.9").status_code == 401
    assert login(stranger, "alice", PASSWORD, address="203.0.113.9").status_code == 429
    assert login(staff, "alice", PASSWORD, address="198.51.100.7").status_code == 200


def test_client_address_behind_a_trusted_proxy(tmp_path):
    from sqlalchemy import select

    from backend.models import AuditLog

    app = make_app(tmp_path, TRUSTED_PROXIES=1)
    create_staff(app.extensions["db"], "bob", PASSWORD)
    client = app.test_client()
    token = client.get("/api/v1/auth/csrf").get_json()["csrf_token"]
    for address in ("198.51.100.1", "198.51.100.2"):
        r = client.post("/api/v1/auth/login", json={"username": "bob", "password": "wrong"},
                        headers={"X-CSRF-Token": token, "X-Forwarded-For": f"1.2.3.4, {address}"},
                        environ_base={"REMOTE_ADDR": "127.0.0.1"})
        assert r.status_code == 401
    with app.extensions["db"].session() as session:
        ips = [a.details["ip"] for a in session.scalars(select(AuditLog).where(
            AuditLog.action == "staff.login_failed"))]
    # the proxy's own address (127.0.0.1) and the spoofable first entry are both ignored
    assert ips == ["198.51.100.1", "198.51.100.2"]


def test_forwarded_headers_ignored_without_trusted_proxies(app):
    client = app.test_client()
    token = client.get("/api/v1/auth/csrf").get_json()["csrf_token"]
    for i in range(app.config["LOGIN_MAX_FAILURES_PER_ADDRESS"]):
        r = client.post("/api/v1/auth/login", json={"username": f"u{i}", "password": "x"},
                        headers={"X-CSRF-Token": token, "X-Forwarded-For": f"10.9.9.{i}"},
                        environ_base={"REMOTE_ADDR": "127.0.0.1"})
        assert r.status_code == 401
    # a client cannot escape the per-address throttle by inventing addresses
    assert login(client, "alice", PASSWORD, address="127.0.0.1").status_code == 429


def test_logout_ends_the_session_on_the_server(app):
    client = app.test_client()
    assert login(client, "alice", PASSWORD).status_code == 200
    cookie = client.get_cookie("session").value
    assert client.get("/api/v1/auth/me").status_code == 200
    me = client.get("/api/v1/auth/me").get_json()
    assert client.post("/api/v1/auth/logout", headers={"X-CSRF-Token": me["csrf_token"]}).status_code == 200
    thief = app.test_client()
    thief.set_cookie("session", cookie)
    assert thief.get("/api/v1/auth/me").status_code == 401
    # nor after a restart of the backend (a new process reads the logouts back)
    restarted = create_app({"DATABASE_URL": app.config["DATABASE_URL"], "SECRET_KEY": app.config["SECRET_KEY"],
                            "EVIDENCE_DIR": app.config["EVIDENCE_DIR"]})
    thief = restarted.test_client()
    thief.set_cookie("session", cookie)
    assert thief.get("/api/v1/auth/me").status_code == 401
    # while a session that was not ended still works there
    other = app.test_client()
    assert login(other, "alice", PASSWORD, address="10.0.0.3").status_code == 200
    still = restarted.test_client()
    still.set_cookie("session", other.get_cookie("session").value)
    assert still.get("/api/v1/auth/me").status_code == 200


@pytest.mark.parametrize("target", ["/\\evil.example", "/\\/evil.example", "//evil.example", "///evil.example",
                                    "https://evil.example", "javascript:alert(1)", "/\t/evil.example", "",
                                    None, "evil.example", "http:/evil.example"])
def test_redirect_after_login_stays_on_the_site(target):
    # the value as Flask hands it over (?next=/%5Cevil.example arrives as "/\\evil.example")
    assert safe_next(target, "/console/") == "/console/"


def test_login_page_hands_the_script_only_own_paths(app):
    """The page passes the target to login.js: a foreign one never reaches it."""
    client = app.test_client()
    for query, kept in (("/%5Cevil.example", False), ("//evil.example", False), ("/console/handoffs", True)):
        page = client.get(f"/console/login?next={query}").get_data(as_text=True)
        assert ("evil.example" not in page) if not kept else ("/console/handoffs" in page)


def test_redirect_after_login_keeps_own_paths():
    assert safe_next("/console/handoffs?x=1", "/console/") == "/console/handoffs?x=1"


def test_nested_json_to_login_is_400(app):
    client = app.test_client()
    token = client.get("/api/v1/auth/csrf").get_json()["csrf_token"]
    body = "[" * 50_000 + "]" * 50_000
    r = client.post("/api/v1/auth/login", data=body,
                    headers={"X-CSRF-Token": token, "Content-Type": "application/json"})
    assert r.status_code == 400


def test_security_headers_and_secure_cookie_over_https(app):
    client = app.test_client()
    plain = client.get("/")
    assert "frame-ancestors 'self'" in plain.headers["Content-Security-Policy"]
    assert plain.headers["X-Frame-Options"] == "SAMEORIGIN"
    assert "Strict-Transport-Security" not in plain.headers
    r = login(client, "alice", PASSWORD)
    assert "Secure" not in r.headers["Set-Cookie"]  # plain http on loopback: the cookie must still work
    https = app.test_client()
    token = https.get("/api/v1/auth/csrf", base_url="https://localhost").get_json()["csrf_token"]
    r = https.post("/api/v1/auth/login", json={"username": "alice", "password": PASSWORD},
                   headers={"X-CSRF-Token": token}, base_url="https://localhost")
    assert r.status_code == 200
    assert "Secure" in r.headers["Set-Cookie"] and "HttpOnly" in r.headers["Set-Cookie"]
    assert r.headers["Strict-Transport-Security"].startswith("max-age=")
