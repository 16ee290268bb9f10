"""Stand-ins and launchers for the casework tests: fake WeChat and Telegram platforms
(real HTTP on loopback, recording what reaches the consumer), the real backend process,
and the real bridge processes (python -m channels.wechat / channels.telegram)."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

import requests
from flask import Flask, jsonify, request
from werkzeug.serving import make_server

from backend.auth import create_staff
from backend.casework import service
from backend.db import Database
from tools.stack import ROOT, Stack, free_port, settings

SERVICE_TOKEN = "casework-service-token-0123456789"
SERVICE = {"Authorization": f"Bearer {SERVICE_TOKEN}"}
APPID, SECRET, WECHAT_TOKEN = "wxcasework", "casework-secret", "casework-token"
BOT_TOKEN = "123456:CASEWORK-test-token"
BOT_USER = {"id": 123456, "is_bot": True, "first_name": "12315", "username": "casework_bot"}


class LoopbackServer:
    def __init__(self, app: Flask):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._server = make_server("127.0.0.1", self.port, app, threaded=True)
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self._server.shutdown()


class FakeWeChat:
    """api.weixin.qq.com/cgi-bin: token, customer-service messages, template messages.
    `busy`: every send answers -1 (system busy); `closed_windows`: openids silent for 48 h."""

    def __init__(self):
        self.sent: list[dict] = []  # customer-service messages that reached the consumer
        self.templates: list[dict] = []
        self.busy = False
        self.closed_windows: set[str] = set()
        self.received_at: list[float] = []
        self.lock = threading.Lock()
        app = Flask("fake-wechat")

        @app.get("/cgi-bin/token")
        def token():
            return jsonify(access_token="TOKEN", expires_in=7200)

        @app.post("/cgi-bin/message/custom/send")
        def custom_send():
            body = request.get_json(force=True)
            if self.busy:
                return jsonify(errcode=-1, errmsg="system error")
            if body["touser"] in self.closed_windows:
                return jsonify(errcode=45015, errmsg="response out of time limit or subscription is canceled")
            with self.lock:
                self.sent.append(body)
                self.received_at.append(time.time())
            return jsonify(errcode=0, errmsg="ok")

        @app.post("/cgi-bin/message/template/send")
        def template_send():
            body = request.get_json(force=True)
            if self.busy:
                return jsonify(errcode=-1, errmsg="system error")
            with self.lock:
                self.templates.append(body)
                self.received_at.append(time.time())
            return jsonify(errcode=0, errmsg="ok", msgid=len(self.templates))

        self.server = LoopbackServer(app)
        self.url = self.server.url

    def texts(self, openid: str) -> list[str]:
        with self.lock:
            return [m["text"]["content"] for m in self.sent if m["touser"] == openid]


class FakeTelegram:
    """The Bot API methods a polling bridge calls; sendMessage is what the consumer sees."""

    def __init__(self):
        self.messages: list[dict] = []
        self.busy = False
        self.received_at: list[float] = []
        self.lock = threading.Lock()
        app = Flask("fake-telegram")

        @app.post(f"/bot{BOT_TOKEN}/<method>")
        def method(method: str):
            params = dict(request.form.items())
            if request.is_json:
                params.update(request.get_json())
            if method == "getMe":
                return jsonify(ok=True, result=BOT_USER)
            if method == "getUpdates":
                time.sleep(min(float(params.get("timeout") or 0), 0.5))
                return jsonify(ok=True, result=[])
            if method == "sendMessage":
                if self.busy:
                    return jsonify(ok=False, error_code=500, description="Internal Server Error"), 500
                with self.lock:
                    self.messages.append(params)
                    self.received_at.append(time.time())
                return jsonify(ok=True, result={"message_id": len(self.messages), "date": int(time.time()),
                                                "chat": {"id": int(params["chat_id"]), "type": "private"},
                                                "from": BOT_USER, "text": params.get("text", "")})
            return jsonify(ok=True, result=True)

        self.server = LoopbackServer(app)
        self.url = self.server.url

    def texts(self, chat_id: int) -> list[str]:
        with self.lock:
            return [m["text"] for m in self.messages if int(m["chat_id"]) == chat_id]


class Backend:
    """The real backend process (python -m backend from the Procfile) on a fresh SQLite file."""

    def __init__(self, tmp: Path):
        port = free_port()
        self.db_url = f"sqlite:///{tmp}/complaints.db"
        self.env = settings({
            "BACKEND_PORT": str(port), "BACKEND_URL": f"http://127.0.0.1:{port}", "DATABASE_URL": self.db_url,
            "EVIDENCE_DIR": str(tmp / "evidence"), "BACKEND_SERVICE_TOKEN": SERVICE_TOKEN,
            "RASA_URL": "http://127.0.0.1:9", "MAINTENANCE_INTERVAL_S": "3600",
        })
        self.url = self.env["BACKEND_URL"]
        self.stack = Stack(env=self.env, log_dir=tmp)
        self.stack.start("backend", timeout=90)
        self.db = Database(self.db_url)

    def staff(self, username: str, bureau_code: str | None, password: str = "pass-12315-casework") -> dict:
        """A staff account of a bureau; returns its bearer header."""
        token = create_staff(self.db, username, password, with_token=True)
        with self.db.session(write=True) as session:
            service.set_staff_bureau(session, username, bureau_code)
            session.commit()
        return {"Authorization": f"Bearer {token}"}

    def file(self, **overrides) -> dict:
        body = {"type": "complaint", "channel": "web", "conversation_id": f"web:{uuid.uuid4().hex}",
                "complainant_name": "张三", "phone": "13800138000", "merchant_name": "某某电器专卖店",
                "merchant_address": "四川省宜宾市翠屏区人民路88号", "product": "电视机",
                "problem": "电视机使用一周后起火。", "demand": "退货并赔偿损失"}
        body.update(overrides)
        r = requests.post(f"{self.url}/api/v1/tickets", json=body, timeout=30,
                          headers={**SERVICE, "Idempotency-Key": uuid.uuid4().hex})
        assert r.status_code == 201, r.text
        return r.json()

    def act(self, staff: dict, ticket_no: str, action: str, **fields) -> requests.Response:
        return requests.post(f"{self.url}/api/v1/tickets/{ticket_no}/casework/{action}", json=fields,
                             headers=staff, timeout=30)

    def outbox(self, ticket_no: str, staff: dict) -> list[dict]:
        r = requests.get(f"{self.url}/api/v1/tickets/{ticket_no}/notifications", headers=staff, timeout=30)
        r.raise_for_status()
        return r.json()["items"]

    def close(self) -> None:
        self.stack.stop_all()
        self.db.dispose()


class Bridge:
    """`python -m channels.<name>` with the given settings; kill() is SIGKILL (no clean-up)."""

    def __init__(self, module: str, env: dict[str, str], tmp: Path):
        self.module, self.env, self.tmp = module, env, tmp
        self.log_path = tmp / f"{module}.log"
        self.proc: subprocess.Popen | None = None

    def start(self) -> "Bridge":
        full = {k: v for k, v in os.environ.items() if not k.startswith(("WECHAT_", "TELEGRAM_"))}
        full.update({"HANDOFF_CURSOR_DIR": str(self.tmp), "NOTIFY_POLL_S": "0.3", "HANDOFF_POLL_S": "0", **self.env})
        log = open(self.log_path, "ab")
        self.proc = subprocess.Popen([sys.executable, "-m", self.module], cwd=ROOT, env=full,
                                     stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        return self

    def kill(self) -> None:
        if self.proc and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait()

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.kill()

    def output(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""


def wechat_bridge(backend: Backend, wechat: FakeWeChat, tmp: Path, **extra) -> Bridge:
    return Bridge("channels.wechat", {
        "WECHAT_TOKEN": WECHAT_TOKEN, "WECHAT_APPID": APPID, "WECHAT_SECRET": SECRET,
        "WECHAT_PORT": str(free_port()), "WECHAT_API_BASE": f"{wechat.url}/cgi-bin/",
        "RASA_URL": "http://127.0.0.1:9", "BACKEND_URL": backend.url, "BACKEND_SERVICE_TOKEN": SERVICE_TOKEN,
        **extra}, tmp)


def telegram_bridge(backend: Backend, telegram: FakeTelegram, tmp: Path, **extra) -> Bridge:
    return Bridge("channels.telegram", {
        "TELEGRAM_BOT_TOKEN": BOT_TOKEN, "TELEGRAM_API_BASE": telegram.url, "RASA_URL": "http://127.0.0.1:9",
        "BACKEND_URL": backend.url, "BACKEND_SERVICE_TOKEN": SERVICE_TOKEN, **extra}, tmp)


def wait_until(condition, timeout: float = 20.0, interval: float = 0.05, message: str = ""):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"condition not met within {timeout}s {message}")
