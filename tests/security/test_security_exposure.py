"""What a deployment exposes: default secrets and the demo account off loopback (the real
processes are started and must refuse), secrets generated once into .env, and HAProxy's
public entry (real haproxy with deploy/haproxy.cfg, stand-in servers behind it)."""
from __future__ import annotations

import os
import shutil
import sys
import subprocess
import uuid

import pytest
import requests
from dotenv import dotenv_values
from flask import Flask, jsonify, request

import security_testlib as lib
from tools.stack import ROOT, ensure_secrets, free_port, settings, wait_healthy

STRONG = {"SECRET_KEY": "k" * 40, "BACKEND_SERVICE_TOKEN": "t" * 40, "RASA_BRIDGE_SECRET": "b" * 40,
          "WIDGET_SESSION_SECRET": "w" * 40, "RASA_TOKEN": "r" * 40}


def backend_env(tmp, **extra):
    return settings({"DATABASE_URL": f"sqlite:///{tmp}/exposure-{uuid.uuid4().hex[:6]}.db",
                     "EVIDENCE_DIR": str(tmp / "evidence"), "BACKEND_PORT": str(free_port()), **extra})


def clean(env: dict) -> dict:
    """The settings without any real secret a developer's .env might hold."""
    return {k: v for k, v in env.items() if k not in STRONG} | {
        "SECRET_KEY": "change-me-secret", "BACKEND_SERVICE_TOKEN": "change-me-service-token"}


def test_backend_refuses_default_secrets_off_loopback(tmp_path):
    done = lib.run_module("backend", clean(backend_env(tmp_path, BACKEND_HOST="0.0.0.0")))
    assert done.returncode != 0
    assert "SECRET_KEY" in done.stderr and "BACKEND_SERVICE_TOKEN" in done.stderr


def test_backend_refuses_the_demo_account_off_loopback(tmp_path):
    env = backend_env(tmp_path, BACKEND_HOST="0.0.0.0", BACKEND_DEV_STAFF="1", **STRONG)
    done = lib.run_module("backend", env)
    assert done.returncode != 0 and "demo staff account" in done.stderr
    # the account created earlier on loopback, still with the published password
    db = env["DATABASE_URL"]
    loop = backend_env(tmp_path, DATABASE_URL=db, BACKEND_DEV_STAFF="1", **STRONG)
    from backend import create_app, migrate
    from backend.auth import ensure_demo_staff

    app = create_app({"DATABASE_URL": db, **STRONG})
    migrate.upgrade(app.extensions["db"].engine)
    assert ensure_demo_staff(app.extensions["db"], loop["BACKEND_DEV_STAFF_USER"], loop["BACKEND_DEV_STAFF_PASSWORD"])
    done = lib.run_module("backend", backend_env(tmp_path, DATABASE_URL=db, BACKEND_HOST="0.0.0.0",
                                                 BACKEND_DEV_STAFF="", **STRONG))
    assert done.returncode != 0 and "published password" in done.stderr


def test_demo_account_is_created_once_and_never_reset(tmp_path):
    from backend import create_app, migrate
    from backend.auth import create_staff, demo_account_active, ensure_demo_staff

    app = create_app({"DATABASE_URL": f"sqlite:///{tmp_path}/demo.db"})
    migrate.upgrade(app.extensions["db"].engine)
    db = app.extensions["db"]
    assert ensure_demo_staff(db, "staff", "staff-12315") is True
    create_staff(db, "staff", "a-new-private-password")  # the operator changes it
    assert ensure_demo_staff(db, "staff", "staff-12315") is False  # the next start
    assert not demo_account_active(db, "staff", "staff-12315")


@pytest.mark.parametrize("module,extra", [
    ("channels.wechat", {"WECHAT_TOKEN": "t", "WECHAT_HOST": "0.0.0.0", "WECHAT_PORT": "0"}),
    ("channels.telegram", {"TELEGRAM_BOT_TOKEN": "1:x", "TELEGRAM_WEBHOOK_URL": "https://bot.example/telegram",
                           "TELEGRAM_SECRET_TOKEN": "s", "TELEGRAM_HOST": "0.0.0.0", "TELEGRAM_PORT": "0"}),
])
def test_bridges_refuse_default_secrets_off_loopback(module, extra):
    env = {k: v for k, v in os.environ.items() if k not in STRONG and not k.startswith(("WECHAT_", "TELEGRAM_"))}
    env.pop("RASA_BRIDGE_SECRET", None)
    done = lib.run_module(module, env | extra | {"BACKEND_SERVICE_TOKEN": "change-me-service-token",
                                                 "HANDOFF_POLL_S": "0"}, timeout=60)
    assert done.returncode != 0 and "RASA_BRIDGE_SECRET" in done.stderr


def test_rasa_refuses_default_secrets_behind_a_public_entry(tmp_path):
    if lib.trained_model() is None:
        pytest.skip("no trained Rasa model in models/")
    env = lib.rasa_env(tmp_path, PUBLIC_HOST="0.0.0.0", RASA_BRIDGE_SECRET="", WIDGET_SESSION_SECRET="")
    env = {k: v for k, v in env.items() if k not in ("RASA_BRIDGE_SECRET", "WIDGET_SESSION_SECRET")}
    stack = lib.Stack(env=env, log_dir=tmp_path)
    with pytest.raises(RuntimeError, match="exited"):
        stack.start("rasa", timeout=180)
    stack.stop_all()
    assert "refusing to start on a public interface" in stack.log_tail("rasa", 80)


def test_first_run_writes_random_secrets_once(tmp_path, monkeypatch):
    for name in STRONG:
        monkeypatch.delenv(name, raising=False)
    env_file = tmp_path / ".env"
    env_file.write_text("RASA_TOKEN=mine-already\n")
    written = ensure_secrets(env_file)
    assert "RASA_TOKEN" not in written and set(written) == set(STRONG) - {"RASA_TOKEN"}
    first = dotenv_values(env_file)
    assert first["RASA_TOKEN"] == "mine-already" and len(first["SECRET_KEY"]) >= 32
    assert ensure_secrets(env_file) == [] and dotenv_values(env_file) == first
    assert oct(env_file.stat().st_mode & 0o777) == "0o600"


# ------------------------------------------------------------------ HAProxy

class Recorder:
    """A stand-in server that answers 200 and says who it is."""

    def __init__(self, name: str):
        from werkzeug.serving import make_server
        import threading

        app = Flask(name)

        @app.route("/", defaults={"path": ""}, methods=["GET", "POST"])
        @app.route("/<path:path>", methods=["GET", "POST"])
        def anything(path):
            return jsonify(server=name, path="/" + path, xff=request.headers.get("X-Forwarded-For"))

        self.port = free_port()
        self.server = make_server("127.0.0.1", self.port, app, threaded=True)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()


@pytest.fixture(scope="module")
def haproxy(tmp_path_factory):
    if shutil.which("haproxy") is None:
        pytest.skip("haproxy is not installed (`make run-scaled` installs Debian's package)")
    servers = {name: Recorder(name) for name in ("rasa", "wechat", "telegram", "actions")}
    ports = {k: str(free_port()) for k in ("RASA_PORT", "ACTIONS_PORT", "PUBLIC_PORT", "HAPROXY_STATS_PORT")}
    env = {**os.environ, **{k: v or "" for k, v in dotenv_values(ROOT / "deploy" / "scaled.env").items()}, **ports,
           "RASA_HOST": "127.0.0.1", "PUBLIC_HOST": "127.0.0.1",
           "RASA1_PORT": str(servers["rasa"].port), "RASA2_PORT": str(servers["rasa"].port),
           "ACTIONS1_PORT": str(servers["actions"].port), "ACTIONS2_PORT": str(servers["actions"].port),
           "WECHAT_PORT": str(servers["wechat"].port), "TELEGRAM_PORT": str(servers["telegram"].port)}
    log = open(tmp_path_factory.mktemp("haproxy") / "lb.log", "ab")
    proc = subprocess.Popen(["haproxy", "-W", "-db", "-f", str(ROOT / "deploy" / "haproxy.cfg")], env=env,
                            stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        wait_healthy(f"http://127.0.0.1:{ports['HAPROXY_STATS_PORT']}/", 20, proc)
        wait_healthy(f"http://127.0.0.1:{ports['RASA_PORT']}/", 30, proc)
        yield {"public": f"http://127.0.0.1:{ports['PUBLIC_PORT']}", "internal": f"http://127.0.0.1:{ports['RASA_PORT']}"}
    finally:
        proc.terminate()
        proc.wait(10)
        for server in servers.values():
            server.close()


@pytest.mark.parametrize("method,path", [
    ("GET", "/conversations/telegram:1/tracker?token=change-me-rasa-token"), ("GET", "/status"),
    ("POST", "/model/parse"), ("PUT", "/model"), ("GET", "/"), ("POST", "/webhooks/rest/webhook"),
    ("POST", "/webhooks/bridge/webhook"), ("GET", "/domain"), ("GET", "/socket.io.evil"),
])
def test_public_entry_hides_rasa(haproxy, method, path):
    r = requests.request(method, haproxy["public"] + path, timeout=10)
    assert r.status_code == 404 and "server" not in r.text


@pytest.mark.parametrize("path,server", [("/socket.io/?EIO=4&transport=polling", "rasa"), ("/wechat", "wechat"),
                                         ("/telegram", "telegram")])
def test_public_entry_serves_what_consumers_need(haproxy, path, server):
    r = requests.post(haproxy["public"] + path, data=b"x", timeout=10)
    assert r.status_code == 200 and r.json()["server"] == server
    assert r.json()["xff"] == "127.0.0.1"  # the bridges and Rasa learn the client's address


def test_internal_entry_keeps_the_api_for_the_console(haproxy):
    r = requests.get(haproxy["internal"] + "/conversations/x/tracker", timeout=10)
    assert r.status_code == 200 and r.json()["server"] == "rasa"


def test_action_server_refuses_the_default_token_off_loopback():
    env = ({k: v for k, v in os.environ.items() if k not in STRONG}
           | {"BACKEND_SERVICE_TOKEN": "change-me-service-token"})
    done = subprocess.run([sys.executable, "-m", "actions", "--host", "0.0.0.0", "--port", "0"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode != 0 and "BACKEND_SERVICE_TOKEN" in done.stderr
