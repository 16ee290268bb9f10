"""Who is calling: service tokens (action server, bridges), staff sessions and staff tokens; CSRF."""
from __future__ import annotations

import functools
import hashlib
import hmac
import json
import math
import secrets
import threading
import time
from collections import deque
from urllib.parse import urlsplit

from flask import Blueprint, current_app, g, jsonify, request, session
from sqlalchemy import select, update
from werkzeug.security import check_password_hash, generate_password_hash

from backend.models import AuditLog, StaffUser, utcnow
from backend.security import new_session_id, revoke
from backend.schemas import LoginIn
from backend.tickets import ApiError

SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}
# Failed logins of one account from one address that lock it for that address
# (the default of LOGIN_MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS; see LoginThrottle).
MAX_FAILED_LOGINS = 5
CSRF_HEADER = "X-CSRF-Token"
CSRF_FIELD = "csrf_token"

auth_bp = Blueprint("auth", __name__, url_prefix="/api/v1/auth")


def _bearer() -> str | None:
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def new_api_token() -> str:
    return "stf_" + secrets.token_urlsafe(32)


def hash_password(password: str) -> str:
    return generate_password_hash(password)


def require_service(view):
    """Service token of the action server and channel bridges."""

    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        token = _bearer()
        expected = current_app.config["BACKEND_SERVICE_TOKEN"]
        if token is None or not hmac.compare_digest(token.encode(), expected.encode()):
            raise ApiError(401, "unauthorized", "a valid service token is required (Authorization: Bearer ...)")
        g.actor = "service"
        return view(*args, **kwargs)

    # Only a bearer token opens these endpoints, never the cookie: nothing to forge.
    wrapper.csrf_exempt = True
    return wrapper


def current_staff() -> StaffUser | None:
    """The staff member behind this request: a staff API token or the session cookie."""
    if "staff" in g:
        return g.staff
    staff = None
    token = _bearer()
    with current_app.extensions["db"].session() as db_session:
        if token is not None:
            staff = db_session.scalar(select(StaffUser).where(
                StaffUser.api_token_hash == token_hash(token), StaffUser.is_active.is_(True)))
        elif session.get("staff_id"):
            staff = db_session.scalar(select(StaffUser).where(
                StaffUser.id == session["staff_id"], StaffUser.is_active.is_(True)))
    g.staff = staff
    return staff


def require_staff(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        staff = current_staff()
        if staff is None:
            raise ApiError(401, "unauthorized", "staff login or a staff API token is required")
        g.actor = f"staff:{staff.username}"
        return view(*args, **kwargs)

    return wrapper


# --- CSRF: every state-changing request that relies on the session cookie carries a token.

def csrf_token() -> str:
    if CSRF_FIELD not in session:
        session[CSRF_FIELD] = secrets.token_urlsafe(32)
    return session[CSRF_FIELD]


def csrf_exempt(view):
    view.csrf_exempt = True
    return view


def check_csrf():
    """before_request: requests authenticated by a bearer token carry no ambient credentials."""
    if request.method in SAFE_METHODS or _bearer() is not None:
        return
    view = current_app.view_functions.get(request.endpoint or "")
    if view is None or getattr(view, "csrf_exempt", False):
        return
    sent = request.headers.get(CSRF_HEADER) or request.form.get(CSRF_FIELD)
    if sent is None and request.is_json:
        body = request.get_json(silent=True)
        sent = body.get(CSRF_FIELD) if isinstance(body, dict) else None
    expected = session.get(CSRF_FIELD)
    if not sent or not expected or not hmac.compare_digest(str(sent).encode(), expected.encode()):
        raise ApiError(403, "csrf_failed",
                       f"missing or wrong CSRF token (send the {CSRF_HEADER} header or a {CSRF_FIELD} field)")


@auth_bp.get("/csrf")
def get_csrf():
    return jsonify(csrf_token=csrf_token())


class LoginThrottle:
    """Failed logins counted in process memory over a sliding window, three ways:
    - per client address: a flood from one address (many user names) is refused
      before any database query or password hash;
    - per account and address: guessing one account's password from one address;
    - per account from all addresses (a high bar, for distributed guessing).
    A stranger can thus lock an account only for their own address: the staff member,
    elsewhere, still logs in. Each backend process counts on its own."""

    def __init__(self, window_s: float, per_address: int, per_account_and_address: int, per_account: int):
        self.window_s = window_s
        self.limits = {"address": per_address, "pair": per_account_and_address, "account": per_account}
        self._failures: dict[tuple[str, str], deque] = {}
        self._lock = threading.Lock()

    def _recent(self, key: tuple[str, str], now: float) -> deque:
        times = self._failures.get(key)
        if times is None:
            return deque()
        while times and times[0] <= now - self.window_s:
            times.popleft()
        if not times:
            self._failures.pop(key, None)
        return times

    def _keys(self, address: str, username: str | None):
        yield ("address", address), self.limits["address"]
        if username is not None:
            yield ("pair", f"{username}\n{address}"), self.limits["pair"]
            yield ("account", username), self.limits["account"]

    def retry_after(self, address: str, username: str | None = None) -> int:
        """Seconds until this address may try (this account) again; 0 = go ahead."""
        now = time.monotonic()
        with self._lock:
            waits = [self._recent(key, now)[0] + self.window_s - now
                     for key, limit in self._keys(address, username) if len(self._recent(key, now)) >= limit]
        return math.ceil(max(waits)) if waits else 0

    def failed(self, address: str, username: str) -> None:
        now = time.monotonic()
        with self._lock:
            if len(self._failures) > 100_000:  # bounded: forget windows that are over
                for key in list(self._failures):
                    self._recent(key, now)
            for key, _ in self._keys(address, username):
                self._failures.setdefault(key, deque()).append(now)

    def succeeded(self, address: str, username: str) -> None:
        with self._lock:
            self._failures.pop(("pair", f"{username}\n{address}"), None)


def login_throttle(app=None) -> LoginThrottle:
    app = app or current_app
    throttle = app.extensions.get("login_throttle")
    if throttle is None:
        cfg = app.config
        throttle = LoginThrottle(cfg["LOGIN_WINDOW_S"], cfg["LOGIN_MAX_FAILURES_PER_ADDRESS"],
                                 cfg["LOGIN_MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS"],
                                 cfg["LOGIN_MAX_FAILURES_PER_ACCOUNT"])
        app.extensions["login_throttle"] = throttle
    return throttle


# scrypt is slow on purpose: one hash at a time (_HASH_LOCK), and at most one more login
# waiting for it (_ADMITTED); any further login at that moment is told to retry in a
# second. A flood from many addresses thus holds at most two worker threads and one
# core, and the bots' API keeps answering; two staff logging in at once both get in.
_ADMITTED = threading.BoundedSemaphore(2)
_HASH_LOCK = threading.Lock()


class LoginGate:
    """WSGI middleware in front of Flask: a login from an address over its failure limit
    is answered 429 before any Flask work (session cookie, CSRF, body, database, hash)."""

    PATH = "/api/v1/auth/login"

    def __init__(self, wsgi_app, app):
        self.wsgi_app, self.app = wsgi_app, app

    def __call__(self, environ, start_response):
        if environ.get("PATH_INFO") == self.PATH and environ.get("REQUEST_METHOD") == "POST":
            wait = login_throttle(self.app).retry_after(environ.get("REMOTE_ADDR") or "unknown")
            if wait:
                return self.refuse(start_response, wait, "too_many_attempts",
                                   f"too many failed logins from this address; try again in {wait} seconds")
            if not _ADMITTED.acquire(blocking=False):  # a hash running and one waiting: no longer queue
                return self.refuse(start_response, 1, "busy", "the login service is busy; try again in a second")
            _ADMITTED.release()  # the view takes it again (and answers "busy" if it lost the race)
        return self.wsgi_app(environ, start_response)

    @staticmethod
    def refuse(start_response, wait: int, error: str, message: str):
        body = json.dumps({"error": error, "message": message}).encode()
        start_response("429 Too Many Requests", [
            ("Content-Type", "application/json"), ("Content-Length", str(len(body))),
            ("Retry-After", str(wait)), ("X-Content-Type-Options", "nosniff")])
        return [body]


def _too_many(wait: int, what: str) -> ApiError:
    g.retry_after = wait
    return ApiError(429, "too_many_attempts", f"too many failed logins {what}; try again in {wait} seconds",
                    retry_after=wait)


@auth_bp.post("/login")
def login():
    address = request.remote_addr or "unknown"
    throttle = login_throttle()
    # Cheapest refusal first: an address over its limit costs no parsing, query or hash.
    wait = throttle.retry_after(address)
    if wait:
        raise _too_many(wait, "from this address")
    try:
        body = request.get_json(silent=True) if request.is_json else request.form.to_dict()
    except RecursionError:  # JSON nested thousands deep: malformed, not a server error
        raise ApiError(400, "bad_request", "the body is not valid JSON") from None
    data = LoginIn.model_validate(body if isinstance(body, dict) else {})
    wait = throttle.retry_after(address, data.username)
    if wait:
        raise _too_many(wait, "for this account")
    # One hash at a time (see _ADMITTED), admitted before the database is asked anything.
    if not _ADMITTED.acquire(blocking=False):
        g.retry_after = 1
        raise ApiError(429, "busy", "the login service is busy; try again in a second", retry_after=1)
    try:
        db = current_app.extensions["db"]
        with db.session() as db_session:
            staff = db_session.scalar(select(StaffUser).where(StaffUser.username == data.username))
        # Hash even for unknown users so timing does not tell which names exist; outside
        # any write transaction because scrypt is deliberately slow.
        with _HASH_LOCK:
            valid = check_password_hash(staff.password_hash if staff else _DUMMY_HASH, data.password)
    finally:
        _ADMITTED.release()
    with db.session(write=True) as db_session:
        if not (staff and staff.is_active and valid):
            throttle.failed(address, data.username)
            db_session.add(AuditLog(actor=f"anon:{data.username[:64]}", action="staff.login_failed",
                                    details={"ip": address}))
            db_session.commit()
            raise ApiError(401, "invalid_credentials", "wrong user name or password")
        db_session.execute(update(StaffUser).where(StaffUser.id == staff.id).values(last_login_at=utcnow()))
        db_session.add(AuditLog(actor=f"staff:{staff.username}", action="staff.login",
                                details={"ip": address}))
        db_session.commit()
        staff_id, username = staff.id, staff.username
    throttle.succeeded(address, username)
    session.clear()  # a fresh session (and CSRF token) after login: no session fixation
    session["staff_id"] = staff_id
    session["sid"] = new_session_id()
    session.permanent = True
    return jsonify(username=username, csrf_token=csrf_token())


@auth_bp.post("/logout")
def logout():
    # The cookie stays signed, so the session id it carries is marked as ended here:
    # a copy of the cookie is worthless after logout.
    lifetime = current_app.permanent_session_lifetime.total_seconds()
    sid = session.get("sid")
    if sid:
        staff = current_staff()
        revoke(current_app, sid, time.time() + lifetime)
        with current_app.extensions["db"].session(write=True) as db_session:
            db_session.add(AuditLog(actor=f"staff:{staff.username}" if staff else "anon", action="staff.logout",
                                    details={"sid": sid, "ip": request.remote_addr}))
            db_session.commit()
    session.clear()
    return jsonify(status="logged_out")


def safe_next(target: str | None, default: str) -> str:
    """A post-login redirect target on this site only: a path, never another host
    (`//evil`, `/\\evil`, `https://evil`, control characters)."""
    if not target or any(ord(ch) < 32 for ch in target) or "\\" in target:
        return default
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        return default
    return target


@auth_bp.get("/me")
@require_staff
def me():
    return jsonify(username=g.staff.username, csrf_token=csrf_token())


_DUMMY_HASH = generate_password_hash(secrets.token_hex(8))


def ensure_demo_staff(db, username: str, password: str) -> bool:
    """The demo account, created once when asked for (BACKEND_DEV_STAFF); an existing
    account keeps its password (someone may have changed it). True when created."""
    with db.session() as db_session:
        if db_session.scalar(select(StaffUser.id).where(StaffUser.username == username)) is not None:
            return False
    create_staff(db, username, password)
    return True


def demo_account_active(db, username: str, password: str) -> bool:
    """The demo account exists and still opens with the published password."""
    with db.session() as db_session:
        staff = db_session.scalar(select(StaffUser).where(StaffUser.username == username,
                                                          StaffUser.is_active.is_(True)))
    return staff is not None and check_password_hash(staff.password_hash, password)


def create_staff(db, username: str, password: str, with_token: bool = False) -> str | None:
    """Creates (or resets the password of) a staff account; returns a new API token if asked."""
    token = new_api_token() if with_token else None
    password_hash = hash_password(password)  # slow on purpose: before taking the write lock
    with db.session(write=True) as db_session:
        staff = db_session.scalar(select(StaffUser).where(StaffUser.username == username))
        if staff is None:
            staff = StaffUser(username=username, password_hash="", is_active=True)
            db_session.add(staff)
        staff.password_hash = password_hash
        if token:
            staff.api_token_hash = token_hash(token)
        db_session.add(AuditLog(actor="cli", action="staff.create", details={"username": username}))
        db_session.commit()
    return token
