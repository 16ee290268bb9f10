"""Loopback stand-ins for the services the bridges talk to, plus a bridge launcher
(a uniquely named module: each test area has its own conftest.py).

The bridge tests are about the platforms' rules, so Rasa and the backend's evidence
endpoint are small scripted HTTP servers here (real HTTP on 127.0.0.1); the bridges
themselves run as the real processes from the Procfile.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import requests
from flask import Flask, jsonify, request
from werkzeug.serving import make_server

from tools.stack import ROOT, Stack, free_port, settings

PNG_BYTES = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000100e221bc330000000049454e44ae426082"
)
REMEDY_BUTTONS = [
    {"title": "退货退款", "payload": '/choose_remedy{"remedy":"退货退款"}'},
        # longer than Telegram's 64-byte callback data
    {"title": "换货", "payload": '/choose_remedy{"remedy":"换货","detail":"更换同型号同颜色的全新商品"}'},
    {"title": "赔偿损失", "payload": '/choose_remedy{"remedy":"赔偿损失"}'},
]


class LoopbackServer:
    """A Flask app served by werkzeug in a thread on a free loopback port."""

    def __init__(self, app: Flask):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._server = make_server("127.0.0.1", self.port, app, threaded=True)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def close(self) -> None:
        self._server.shutdown()


class FakeRasa:
    """Rasa's bridge channel (bot/channels/bridge.py), scripted by the message text;
    checks each request's signature the way the real channel does; records every call."""

    SECRET = "test-bridge-secret-0123456789"

    def __init__(self):
        self.refused: list[str] = []  # requests without a valid signature
        self.calls: list[dict] = []
        self.tracker_events: list[tuple[str, list]] = []  # what the backend's console appended
        app = Flask("fake-rasa")

        @app.post("/conversations/<sender>/tracker/events")
        def append_events(sender: str):
            self.tracker_events.append((sender, request.get_json()))
            # Rasa answers with the tracker's state: a conversation the consumer spoke in.
            return jsonify(sender_id=sender, latest_input_channel="bridge",
                           events=[{"event": "user", "text": "我要找人工"}, *request.get_json()])

        @app.post("/webhooks/bridge/webhook")
        def webhook():
            timestamp = request.headers.get("X-Bridge-Timestamp", "")
            nonce = request.headers.get("X-Bridge-Nonce", "")
            expected = hmac.new(self.SECRET.encode(), f"{timestamp}\n{nonce}\n".encode() + request.get_data(),
                                hashlib.sha256).hexdigest()
            if not hmac.compare_digest(expected, request.headers.get("X-Bridge-Signature", "")) \
                    or abs(time.time() - float(timestamp or 0)) > 30:
                self.refused.append(request.get_data(as_text=True))
                return jsonify(error="forbidden"), 403
            body = request.get_json()
            self.calls.append(body)
            if body["message"] == "故障":  # Rasa failing (e.g. restarting)
                return jsonify(error="internal error"), 500
            return jsonify(self.script(body["sender"], body["message"]))

        self.server = LoopbackServer(app)
        self.url = self.server.url

    @staticmethod
    def script(sender: str, message: str) -> list[dict]:
        if message.startswith("慢"):  # "慢6": answer after 6 seconds
            time.sleep(float((message[1:].split() or ["6"])[0]))
            return [{"recipient_id": sender, "text": f"迟到的回复：{message}"}]
        if message == "/greet":
            return [{"recipient_id": sender, "text": "您好，欢迎使用12315消费维权助手！"}]
        if message == "我要投诉":
            return [{"recipient_id": sender, "text": "好的。您希望商家如何处理？", "buttons": REMEDY_BUTTONS}]
        if message == "请留电话":
            return [{"recipient_id": sender, "text": "请提供您的手机号，方便工作人员联系您。"}]
        if message == "长文":
            paragraph = "《中华人民共和国消费者权益保护法》第二十四条" + "经" * 300
            return [{"recipient_id": sender, "text": "\n\n".join([paragraph] * 4)}]
        if message == "静默":
            return []
        return [{"recipient_id": sender, "text": f"收到：{message}"}]

    def messages(self, sender: str | None = None) -> list[str]:
        return [c["message"] for c in self.calls if sender is None or c["sender"] == sender]


class FakeBackend:
    """The backend's evidence endpoint: checks the service token and keeps the files."""

    TOKEN = "test-service-token"

    def __init__(self):
        self.uploads: list[dict] = []
        app = Flask("fake-backend")

        @app.post("/api/v1/evidence")
        def evidence():
            if request.headers.get("Authorization") != f"Bearer {self.TOKEN}":
                return jsonify(error="invalid service token"), 401
            file = request.files["file"]
            content = file.read()
            self.uploads.append({"conversation_id": request.form.get("conversation_id"),
                                 "filename": file.filename, "content_type": file.mimetype,
                                 "content": content})
            return jsonify(id=len(self.uploads), conversation_id=request.form.get("conversation_id"),
                           size=len(content)), 201

        @app.get("/api/v1/handoffs/replies")
        def handoff_replies():  # no conversation handed to a human here
            if request.headers.get("Authorization") != f"Bearer {self.TOKEN}":
                return jsonify(error="invalid service token"), 401
            return jsonify(replies=[])

        self.server = LoopbackServer(app)
        self.url = self.server.url


class HandoffBackend:
    """The real backend process (console included) for agent replies: conversations are
    handed over with the service token, a staff member answers through the console API,
    which records the reply in (fake) Rasa; the bridges poll /api/v1/handoffs/replies."""

    STAFF = ("staff", "staff-12315")

    def __init__(self, rasa_url: str, tmp: Path):
        port = free_port()
        self.env = settings({
            "BACKEND_PORT": str(port), "BACKEND_URL": f"http://127.0.0.1:{port}",
            "DATABASE_URL": f"sqlite:///{tmp}/complaints.db", "EVIDENCE_DIR": str(tmp / "evidence"),
            "BACKEND_SERVICE_TOKEN": FakeBackend.TOKEN, "RASA_URL": rasa_url, "RASA_TOKEN": "fake",
            "BACKEND_DEV_STAFF": "1", "BACKEND_DEV_STAFF_USER": self.STAFF[0],
            "BACKEND_DEV_STAFF_PASSWORD": self.STAFF[1], "MAINTENANCE_INTERVAL_S": "3600",
        })
        self.url = self.env["BACKEND_URL"]
        self.stack = Stack(env=self.env, log_dir=tmp)
        self.agent = requests.Session()
        try:
            self.stack.start("backend", timeout=60)
            csrf = self.agent.get(f"{self.url}/api/v1/auth/csrf", timeout=10).json()["csrf_token"]
            r = self.agent.post(f"{self.url}/api/v1/auth/login", timeout=30, headers={"X-CSRF-Token": csrf},
                                json={"username": self.STAFF[0], "password": self.STAFF[1]})
            r.raise_for_status()
        except BaseException:
            self.stack.stop_all()
            raise
        self.agent.headers["X-CSRF-Token"] = r.json()["csrf_token"]

    def hand_over(self, conversation_id: str, channel: str) -> int:
        r = requests.post(f"{self.url}/api/v1/handoffs", timeout=10,
                          headers={"Authorization": f"Bearer {FakeBackend.TOKEN}"},
                          json={"conversation_id": conversation_id, "channel": channel,
                                "transcript": [{"speaker": "user", "text": "我要找人工"}]})
        assert r.status_code in (200, 201), r.text
        return r.json()["id"]

    def reply(self, handoff_id: int, text: str) -> dict:
        r = self.agent.post(f"{self.url}/console/api/handoffs/{handoff_id}/reply", json={"text": text}, timeout=10)
        assert r.status_code == 201, r.text
        return r.json()["replies"][-1]

    def close(self) -> None:
        self.stack.stop_all()


def wait_until(condition, timeout: float = 10.0, interval: float = 0.05):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"condition not met within {timeout}s")


class BridgeProcess:
    """`python -m channels.<name>` with the given settings, logging to a file."""

    def __init__(self, module: str, env: dict[str, str], log_path: Path):
        self.log_path = log_path
        full_env = {k: v for k, v in os.environ.items() if not k.startswith(("WECHAT_", "TELEGRAM_"))}
        # The relay's cursor file goes next to the log, never into the repository's var/.
        full_env["HANDOFF_CURSOR_DIR"] = str(log_path.parent)
        full_env["RASA_BRIDGE_SECRET"] = FakeRasa.SECRET
        full_env.update(env)
        self.log = open(log_path, "wb")
        self.proc = subprocess.Popen([sys.executable, "-m", module], cwd=ROOT, env=full_env,
                                     stdout=self.log, stderr=subprocess.STDOUT)

    def wait_http(self, url: str, timeout: float = 20) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"bridge exited with {self.proc.returncode}:\n{self.output()}")
            try:
                requests.get(url, timeout=1)
                return
            except requests.RequestException:
                time.sleep(0.1)
        raise TimeoutError(f"{url} not answering:\n{self.output()}")

    def output(self) -> str:
        self.log.flush()
        return self.log_path.read_text(errors="replace")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log.close()


def json_field(form_value: str | None):
    """python-telegram-bot sends every Bot API parameter as a JSON-encoded form field."""
    if form_value is None:
        return None
    try:
        return json.loads(form_value)
    except ValueError:
        return form_value
