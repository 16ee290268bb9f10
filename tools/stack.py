"""The assistant's processes: settings, the Procfile, start-up and health checks.

`make run` (tools/run.py) and the end-to-end tests both start the processes from
the same Procfile with the same settings, so what the tests exercise is exactly
what a newcomer runs.
"""
from __future__ import annotations

import os
import secrets
import shlex
import socket
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import requests
from dotenv import dotenv_values

ROOT = Path(__file__).resolve().parent.parent

# A bridge is started only when the credentials it needs are configured.
REQUIRES = {
    "wechat": ("WECHAT_TOKEN",),
    "telegram": ("TELEGRAM_BOT_TOKEN",),
}


def settings(overrides: dict[str, str] | None = None) -> dict[str, str]:
    """Defaults from .env.example, then .env, then the environment, then overrides."""
    env: dict[str, str] = {}
    env.update({k: v or "" for k, v in dotenv_values(ROOT / ".env.example").items()})
    if (ROOT / ".env").exists():
        env.update({k: v or "" for k, v in dotenv_values(ROOT / ".env").items()})
    env.update(os.environ)
    env.update(overrides or {})
    # Derived URLs follow the ports unless they were set explicitly.
    for url_key, port_key, template in (
        ("RASA_URL", "RASA_PORT", "http://127.0.0.1:{}"),
        ("BACKEND_URL", "BACKEND_PORT", "http://127.0.0.1:{}"),
        ("ACTION_ENDPOINT_URL", "ACTIONS_PORT", "http://127.0.0.1:{}/webhook"),
    ):
        if url_key not in (overrides or {}) and url_key not in os.environ:
            env[url_key] = template.format(env[port_key])
    if not env.get("RASA_CORS_ORIGINS"):
        env["RASA_CORS_ORIGINS"] = own_origins(env["BACKEND_URL"])
    return env


def own_origins(url: str) -> str:
    """The backend's origin (its pages embed the widget); on loopback both spellings."""
    parts = urlsplit(url)
    origins = [f"{parts.scheme}://{parts.netloc}"]
    if parts.hostname in ("127.0.0.1", "localhost"):
        other = "localhost" if parts.hostname == "127.0.0.1" else "127.0.0.1"
        origins.append(f"{parts.scheme}://{other}" + (f":{parts.port}" if parts.port else ""))
    return " ".join(origins)


# Secrets a deployment must not share with anyone else; the first `make run` draws them.
GENERATED_SECRETS = ("SECRET_KEY", "BACKEND_SERVICE_TOKEN", "RASA_TOKEN", "RASA_BRIDGE_SECRET",
                     "WIDGET_SESSION_SECRET")


def ensure_secrets(path: Path = ROOT / ".env") -> list[str]:
    """Appends a random value to `.env` for each secret it does not set yet (never
    overwriting one); returns the names written."""
    existing = dotenv_values(path) if path.exists() else {}
    missing = [name for name in GENERATED_SECRETS if not existing.get(name) and not os.environ.get(name)]
    if missing:
        text = path.read_text(encoding="utf-8") if path.exists() else ""
        lines = [f"{name}={secrets.token_urlsafe(32)}" for name in missing]
        with open(path, "a", encoding="utf-8") as out:
            if text and not text.endswith("\n"):
                out.write("\n")
            out.write("# Random secrets drawn by the first `make run` (tools/stack.py); keep them private.\n")
            out.write("\n".join(lines) + "\n")
        os.chmod(path, 0o600)
    return missing


def loopback_only(env: dict[str, str]) -> bool:
    """Every service of the default mode listens on this machine only."""
    hosts = [env.get(key) or "127.0.0.1" for key in ("BACKEND_HOST", "RASA_HOST", "ACTIONS_HOST",
                                                     "WECHAT_HOST", "TELEGRAM_HOST")]
    return all(h in ("127.0.0.1", "localhost", "::1") or h.startswith("127.") for h in hosts)


def procfile(path: Path = ROOT / "Procfile") -> dict[str, str]:
    """Process name -> command, in Procfile order."""
    procs: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            name, _, cmd = line.partition(":")
            procs[name.strip()] = cmd.strip()
    return procs


def enabled(env: dict[str, str]) -> dict[str, str]:
    """The Procfile's processes whose required credentials are configured."""
    return {
        name: cmd
        for name, cmd in procfile().items()
        if all(env.get(key) for key in REQUIRES.get(name, ()))
    }


def health_url(name: str, env: dict[str, str]) -> str | None:
    return {
        "backend": f"{env['BACKEND_URL']}/healthz",
        "actions": f"http://127.0.0.1:{env['ACTIONS_PORT']}/health",
        "rasa": f"{env['RASA_URL']}/status?token={env['RASA_TOKEN']}",
    }.get(name)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_healthy(url: str, timeout: float, proc: subprocess.Popen | None = None) -> None:
    deadline = time.monotonic() + timeout
    last = ""
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"process exited with {proc.returncode} before {url} answered")
        try:
            r = requests.get(url, timeout=2)
            # Rasa answers /status only once a model is loaded.
            if r.ok and ("status" not in url or r.json().get("model_file")):
                return
            last = f"HTTP {r.status_code}"
        except (requests.RequestException, ValueError) as exc:
            last = type(exc).__name__
        time.sleep(0.3)
    raise TimeoutError(f"{url} not healthy after {timeout:.0f}s ({last})")


@dataclass
class Stack:
    """Processes started from the Procfile, each logging to its own file."""

    env: dict[str, str]
    log_dir: Path
    procs: dict[str, subprocess.Popen] = field(default_factory=dict)

    def start(self, name: str, timeout: float = 180) -> None:
        cmd = procfile()[name]
        log = open(self.log_dir / f"{name}.log", "ab")
        proc = subprocess.Popen(
            ["bash", "-c", f"exec {cmd}"], cwd=ROOT, env=self.env,
            stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        )
        self.procs[name] = proc
        url = health_url(name, self.env)
        if url:
            try:
                wait_healthy(url, timeout, proc)
            except Exception as exc:
                raise RuntimeError(f"{name} did not start: {exc}\n{self.log_tail(name)}") from exc

    def stop(self, name: str) -> None:
        proc = self.procs.pop(name, None)
        if proc and proc.poll() is None:
            os.killpg(proc.pid, 15)
            try:
                proc.wait(15)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, 9)
                proc.wait()

    def stop_all(self) -> None:
        for name in list(self.procs)[::-1]:
            self.stop(name)

    def log_tail(self, name: str, lines: int = 40) -> str:
        path = self.log_dir / f"{name}.log"
        text = path.read_text(errors="replace") if path.exists() else ""
        return "\n".join(text.splitlines()[-lines:])


def quote_env(env: dict[str, str]) -> str:
    return " ".join(f"{k}={shlex.quote(v)}" for k, v in sorted(env.items()))
