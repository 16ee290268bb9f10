"""Helpers of the security suite: the real processes from the Procfile on free ports, and
the bridges' request signing written out independently of channels/common.py."""
from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import subprocess
import sys
import time
from pathlib import Path

from tools.stack import ROOT, Stack, free_port, settings

BRIDGE_SECRET = "security-bridge-secret-" + "x" * 16
WIDGET_SECRET = "security-widget-secret-" + "y" * 16


def trained_model() -> Path | None:
    models = sorted((ROOT / "models").glob("*.tar.gz"))
    return models[-1] if models else None


def rasa_env(tmp: Path, **extra: str) -> dict[str, str]:
    port = str(free_port())
    return settings({
        "RASA_PORT": port, "RASA_URL": f"http://127.0.0.1:{port}", "RASA_TOKEN": "security-rasa-token",
        "ACTIONS_PORT": str(free_port()), "ACTION_ENDPOINT_URL": f"http://127.0.0.1:{free_port()}/webhook",
        "RASA_BRIDGE_SECRET": BRIDGE_SECRET, "WIDGET_SESSION_SECRET": WIDGET_SECRET,
        "RASA_TELEMETRY_ENABLED": "false", "TF_CPP_MIN_LOG_LEVEL": "2", **extra,
    })


def start(names: tuple[str, ...], env: dict[str, str], tmp: Path, timeout: float = 240) -> Stack:
    stack = Stack(env=env, log_dir=tmp)
    try:
        for name in names:
            stack.start(name, timeout=timeout)
    except BaseException:
        stack.stop_all()
        raise
    return stack


def signed(body: dict, secret: str = BRIDGE_SECRET, timestamp: float | None = None,
           nonce: str | None = None) -> tuple[bytes, dict[str, str]]:
    raw = json.dumps(body, ensure_ascii=False).encode()
    ts = str(int(time.time() if timestamp is None else timestamp))
    nonce = nonce or secrets.token_hex(16)
    signature = hmac.new(secret.encode(), f"{ts}\n{nonce}\n".encode() + raw, hashlib.sha256).hexdigest()
    return raw, {"Content-Type": "application/json", "X-Bridge-Timestamp": ts, "X-Bridge-Nonce": nonce,
                 "X-Bridge-Signature": signature}


def run_module(module: str, env: dict[str, str], timeout: float = 120) -> subprocess.CompletedProcess:
    """`python -m module` in .venv with exactly this environment (it is expected to exit)."""
    return subprocess.run([sys.executable, "-m", module], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=timeout)


def socket_probe(rasa_url: str, asked: str = "", text: str = "", named: str = "", origin: str = "") -> dict:
    """tools/socketio_probe.py in the Rasa environment (python-socketio lives there)."""
    done = subprocess.run([str(ROOT / ".venv-rasa" / "bin" / "python"), "-W", "ignore",
                           str(ROOT / "tools" / "socketio_probe.py"), rasa_url, asked, text, named, origin],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])
