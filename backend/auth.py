"""Who is calling: service tokens (action server, bridges), staff sessions and staff tokens; CSRF."""
from __future__ import annotations

import datetime as dt
import functools
import hashlib
import hmac
import secrets

from flask import Blueprint, current_app, g, jsonify, request, session
from sqlalchemy import func, select, update
from werkzeug.security import check_password_hash, generate_password_hash

from backend.models import AuditLog, StaffUser, utcnow
from backend.schemas import LoginIn
from backend.tickets import ApiError

SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}
# Password guessing: this many failures per account within the window lock it for the window.
MAX_FAILED_LOGINS = 5
LOCKOUT_WINDOW_S = 15 * 60
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


@auth_bp.post("/login")
def login():
    body = request.get_json(silent=True) if request.is_json else request.form.to_dict()
    data = LoginIn.model_validate(body or {})
    db = current_app.extensions["db"]
    actor_if_failed = f"anon:{data.username[:64]}"
    with db.session() as db_session:
        since = utcnow() - dt.timedelta(seconds=LOCKOUT_WINDOW_S)
        failures = db_session.scalar(select(func.count()).select_from(AuditLog).where(
            AuditLog.action == "staff.login_failed", AuditLog.actor == actor_if_failed, AuditLog.at >= since))
        staff = db_session.scalar(select(StaffUser).where(StaffUser.username == data.username))
    if failures >= MAX_FAILED_LOGINS:
        raise ApiError(429, "too_many_attempts",
                       f"too many failed logins for this account; try again in {LOCKOUT_WINDOW_S // 60} minutes")
    # Hash even for unknown users so timing does not tell which names exist; outside
    # any write transaction because scrypt is deliberately slow.
    valid = check_password_hash(staff.password_hash if staff else _DUMMY_HASH, data.password)
    with db.session(write=True) as db_session:
        if not (staff and staff.is_active and valid):
            db_session.add(AuditLog(actor=actor_if_failed, action="staff.login_failed",
                                    details={"ip": request.remote_addr}))
            db_session.commit()
            raise ApiError(401, "invalid_credentials", "wrong user name or password")
        db_session.execute(update(StaffUser).where(StaffUser.id == staff.id).values(last_login_at=utcnow()))
        db_session.add(AuditLog(actor=f"staff:{staff.username}", action="staff.login",
                                details={"ip": request.remote_addr}))
        db_session.commit()
        staff_id, username = staff.id, staff.username
    session.clear()  # a fresh session (and CSRF token) after login: no session fixation
    session["staff_id"] = staff_id
    session.permanent = True
    return jsonify(username=username, csrf_token=csrf_token())


@auth_bp.post("/logout")
def logout():
    session.clear()
    return jsonify(status="logged_out")


@auth_bp.get("/me")
@require_staff
def me():
    return jsonify(username=g.staff.username, csrf_token=csrf_token())


_DUMMY_HASH = generate_password_hash(secrets.token_hex(8))


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
