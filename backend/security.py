"""HTTP hardening of the backend: the real client address behind configured proxies,
security headers (CSP, frame-ancestors, HSTS), Secure cookies over HTTPS, and sessions
that logout really ends."""
from __future__ import annotations

import secrets
from urllib.parse import urlsplit

from flask import Flask, g, request
from flask.sessions import SecureCookieSessionInterface
from werkzeug.middleware.proxy_fix import ProxyFix


class SessionInterface(SecureCookieSessionInterface):
    """Signed-cookie sessions, Secure when the request came over HTTPS
    (SESSION_COOKIE_SECURE=auto), and revocable: each login gets a random session id
    kept in the cookie; logout records it as ended, so a copied cookie stops working."""

    def get_cookie_secure(self, app: Flask) -> bool:
        if app.config.get("SESSION_COOKIE_SECURE_AUTO") and not app.config.get("SESSION_COOKIE_SECURE"):
            try:
                return request.is_secure
            except RuntimeError:  # outside a request
                return False
        return super().get_cookie_secure(app)

    def open_session(self, app: Flask, request):
        sess = super().open_session(app, request)
        if sess is not None and sess.get("sid") and revoked(app, sess["sid"]):
            return self.session_class()  # ended by logout: an empty (anonymous) session
        return sess


def new_session_id() -> str:
    return secrets.token_urlsafe(16)


def _revoked_sessions(app: Flask) -> dict[str, float]:
    """Session ids ended by logout -> when their cookie expires anyway. Loaded once per
    process from the audit log (logouts within one session lifetime), so a restart does
    not bring copied cookies back to life."""
    ended = app.extensions.get("revoked_sessions")
    if ended is None:
        import datetime as dt

        from sqlalchemy import select

        from backend.models import AuditLog, utcnow

        lifetime = app.permanent_session_lifetime.total_seconds()
        ended = {}
        try:
            with app.extensions["db"].session() as session:
                for details, at in session.execute(select(AuditLog.details, AuditLog.at).where(
                        AuditLog.action == "staff.logout", AuditLog.at >= utcnow() - dt.timedelta(seconds=lifetime))):
                    if isinstance(details, dict) and details.get("sid"):
                        at = at if at.tzinfo else at.replace(tzinfo=dt.timezone.utc)
                        ended[details["sid"]] = at.timestamp() + lifetime
        except Exception:  # no table yet (before the first migration): nothing was ended
            ended = {}
        app.extensions["revoked_sessions"] = ended
    return ended


def revoked(app: Flask, sid: str) -> bool:
    return sid in _revoked_sessions(app)


def revoke(app: Flask, sid: str | None, until: float) -> None:
    """Remembers an ended session until its cookie would have expired anyway (the caller
    also writes the logout to the audit log, which a restarted process reads back)."""
    import time

    if not sid:
        return
    ended = _revoked_sessions(app)
    now = time.time()
    if len(ended) > 10_000:
        for key in [k for k, t in ended.items() if t < now]:
            ended.pop(key, None)
    ended[sid] = until


def _origins(*urls: str) -> list[str]:
    out = []
    for url in urls:
        parts = urlsplit(url or "")
        if parts.scheme in ("http", "https") and parts.netloc:
            origin = f"{parts.scheme}://{parts.netloc}"
            ws = ("wss" if parts.scheme == "https" else "ws") + f"://{parts.netloc}"
            out += [origin, ws]
    return out


def content_security_policy(app: Flask) -> str:
    if app.config.get("CONTENT_SECURITY_POLICY"):
        return str(app.config["CONTENT_SECURITY_POLICY"])
    import os

    def setting(name: str) -> str:
        return str(app.config.get(name) or os.environ.get(name) or "")

    # The widget's page talks to Rasa's socket.io (another origin) and may upload elsewhere.
    connect = " ".join(["'self'"] + _origins(setting("RASA_PUBLIC_URL") or setting("RASA_URL")
                                             or "http://127.0.0.1:5005", setting("WIDGET_UPLOAD_URL")))
    return ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            "img-src 'self' data: blob: https:; " f"connect-src {connect}; "
            "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'")


def install(app: Flask) -> None:
    from backend.auth import LoginGate

    # Innermost first: the login gate must see the address ProxyFix found.
    app.wsgi_app = LoginGate(app.wsgi_app, app)
    proxies = int(app.config.get("TRUSTED_PROXIES") or 0)
    if proxies > 0:
        # The address, scheme and host the first trusted proxy saw (rate limits, audit log,
        # Secure cookies). Without trusted proxies the headers are ignored.
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=proxies, x_proto=proxies, x_host=proxies)
    app.session_interface = SessionInterface()
    csp = content_security_policy(app)

    @app.after_request
    def security_headers(response):
        headers = response.headers
        headers.setdefault("X-Content-Type-Options", "nosniff")
        headers.setdefault("Referrer-Policy", "same-origin")
        headers.setdefault("X-Frame-Options", "SAMEORIGIN")
        headers.setdefault("Content-Security-Policy", csp)
        if "retry_after" in g and response.status_code in (429, 503):
            headers.setdefault("Retry-After", str(g.retry_after))
        if request.is_secure and app.config.get("HSTS_MAX_AGE"):
            headers.setdefault("Strict-Transport-Security", f"max-age={app.config['HSTS_MAX_AGE']}")
        return response
