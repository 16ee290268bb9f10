"""Settings from the environment; the defaults are the ones in .env.example."""
from __future__ import annotations

import ipaddress
import os
from pathlib import Path

from sqlalchemy.engine import make_url

ROOT = Path(__file__).resolve().parent.parent

DEFAULTS: dict[str, str] = {
    "DATABASE_URL": "sqlite:///var/complaints.db",
    "SECRET_KEY": "change-me-secret",
    "BACKEND_SERVICE_TOKEN": "change-me-service-token",
    # Shared with Rasa's widget channel, which issues the widget's signed session ids;
    # the widget routes here accept only ids it signed.
    "WIDGET_SESSION_SECRET": "change-me-widget-secret",
    "BACKEND_HOST": "127.0.0.1",
    "BACKEND_PORT": "8000",
    "BACKEND_THREADS": "4",
    "EVIDENCE_DIR": "var/evidence",
    "EVIDENCE_MAX_BYTES": str(10 * 1024 * 1024),
    # Closed or rejected tickets are deleted (with their evidence) this many days
    # after they were closed; 0 keeps them forever.
    "RETENTION_DAYS": "1095",
    "MAINTENANCE_INTERVAL_S": "600",
    # Set to 1 to create a development staff account at start-up (never in production).
    "BACKEND_DEV_STAFF": "",
    "BACKEND_DEV_STAFF_USER": "staff",
    "BACKEND_DEV_STAFF_PASSWORD": "staff-12315",
    # "auto": Secure when the request came over HTTPS (directly or, with TRUSTED_PROXIES,
    # as the proxy says); 1 always; 0 never.
    "SESSION_COOKIE_SECURE": "auto",
    # Reverse proxies in front of the backend that set X-Forwarded-For/-Proto/-Host
    # (0: none, the TCP peer is the client). Rate limits and the audit log use the
    # address they report. Empty: WIDGET_TRUSTED_PROXIES (the older name).
    "TRUSTED_PROXIES": "",
    # Login throttling (see backend/auth.py): failed logins per client address and per
    # account within LOGIN_WINDOW_S.
    "LOGIN_WINDOW_S": "900",
    "LOGIN_MAX_FAILURES_PER_ADDRESS": "20",
    "LOGIN_MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS": "5",
    "LOGIN_MAX_FAILURES_PER_ACCOUNT": "100",
    # Evidence storage: widget uploads per client address per day, all evidence in total.
    "EVIDENCE_MB_PER_ADDRESS_PER_DAY": "100",
    "EVIDENCE_FILES_PER_ADDRESS_PER_DAY": "60",
    "EVIDENCE_TOTAL_MAX_MB": "20480",
    # Content-Security-Policy of the backend's pages; HSTS max-age when served over HTTPS.
    "CONTENT_SECURITY_POLICY": "",
    "HSTS_MAX_AGE": "31536000",
}

# Values shipped in .env.example: fine on loopback, refused anywhere else.
DEFAULT_SECRETS = {
    "SECRET_KEY": "change-me-secret",
    "BACKEND_SERVICE_TOKEN": "change-me-service-token",
    "WIDGET_SESSION_SECRET": "change-me-widget-secret",
}


def is_loopback(host: str) -> bool:
    host = (host or "").strip().strip("[]")
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def weak_secrets(values: dict) -> list[str]:
    """Secrets still at their shipped default (or too short to be random)."""
    return [key for key, default in DEFAULT_SECRETS.items()
            if str(values.get(key) or "") in ("", default) or len(str(values.get(key))) < 16]


def check_exposure(values: dict) -> None:
    """Outside loopback the backend refuses to start with a default secret or the demo account."""
    if is_loopback(str(values.get("BACKEND_HOST", "127.0.0.1"))):
        return
    problems = [f"{key} has its default value" for key in weak_secrets(values)]
    if str(values.get("BACKEND_DEV_STAFF", "")).lower() in ("1", "true", "yes"):
        problems.append("the demo staff account is switched on (BACKEND_DEV_STAFF)")
    if problems:
        raise SystemExit(f"refusing to serve on {values.get('BACKEND_HOST')}: " + "; ".join(problems)
                         + " (set random secrets in .env; `make run` generates them)")


def database_url(url: str) -> str:
    """SQLite paths are relative to the repository root, whatever the working directory."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database and parsed.database != ":memory:":
        path = Path(parsed.database)
        if not path.is_absolute():
            path = ROOT / path
        path.parent.mkdir(parents=True, exist_ok=True)
        parsed = parsed.set(database=str(path))
    return parsed.render_as_string(hide_password=False)


def load(overrides: dict | None = None) -> dict:
    """Flask config: defaults, then the environment, then explicit overrides."""
    values = {key: os.environ.get(key) or default for key, default in DEFAULTS.items()}
    if not values.get("BACKEND_DEV_STAFF") and os.environ.get("DEMO_STAFF"):  # the short name
        values["BACKEND_DEV_STAFF"] = os.environ["DEMO_STAFF"]
    values.update(overrides or {})
    values["DATABASE_URL"] = database_url(str(values["DATABASE_URL"]))
    evidence_dir = Path(str(values["EVIDENCE_DIR"]))
    values["EVIDENCE_DIR"] = str(evidence_dir if evidence_dir.is_absolute() else ROOT / evidence_dir)
    values["EVIDENCE_MAX_BYTES"] = int(values["EVIDENCE_MAX_BYTES"])
    values["RETENTION_DAYS"] = int(values["RETENTION_DAYS"])
    # Room for the multipart envelope around the largest allowed file.
    values.setdefault("MAX_CONTENT_LENGTH", values["EVIDENCE_MAX_BYTES"] + 64 * 1024)
    values.setdefault("SESSION_COOKIE_HTTPONLY", True)
    values.setdefault("PERMANENT_SESSION_LIFETIME", 8 * 3600)  # one working shift
    values.setdefault("SESSION_COOKIE_SAMESITE", "Lax")
    secure = str(values["SESSION_COOKIE_SECURE"]).lower()
    # Flask's own setting is a bool; "auto" is applied per request (backend/__init__.py).
    values["SESSION_COOKIE_SECURE_AUTO"] = secure in ("auto", "")
    values["SESSION_COOKIE_SECURE"] = secure in ("1", "true", "yes")
    if not values.get("TRUSTED_PROXIES"):
        values["TRUSTED_PROXIES"] = (os.environ.get("WIDGET_TRUSTED_PROXIES") or values.get("WIDGET_TRUSTED_PROXIES")
                                     or "0")
    values["TRUSTED_PROXIES"] = int(values["TRUSTED_PROXIES"])
    for key in ("LOGIN_WINDOW_S", "LOGIN_MAX_FAILURES_PER_ADDRESS", "LOGIN_MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS",
                "LOGIN_MAX_FAILURES_PER_ACCOUNT", "EVIDENCE_FILES_PER_ADDRESS_PER_DAY", "HSTS_MAX_AGE"):
        values[key] = int(values[key])
    for key in ("EVIDENCE_MB_PER_ADDRESS_PER_DAY", "EVIDENCE_TOTAL_MAX_MB"):
        values[key] = float(values[key])
    values.setdefault("JSON_AS_ASCII", False)
    return values
