"""Settings from the environment; the defaults are the ones in .env.example."""
from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy.engine import make_url

ROOT = Path(__file__).resolve().parent.parent

DEFAULTS: dict[str, str] = {
    "DATABASE_URL": "sqlite:///var/complaints.db",
    "SECRET_KEY": "change-me-secret",
    "BACKEND_SERVICE_TOKEN": "change-me-service-token",
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
    "SESSION_COOKIE_SECURE": "",
}


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
    values["SESSION_COOKIE_SECURE"] = str(values["SESSION_COOKIE_SECURE"]).lower() in ("1", "true", "yes")
    values.setdefault("JSON_AS_ASCII", False)
    return values
