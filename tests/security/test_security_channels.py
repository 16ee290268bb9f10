"""Identity at Rasa's doors, against the real Rasa server (trained model): nobody speaks
as a WeChat, Telegram or widget user without that channel's proof."""
from __future__ import annotations

import time

import pytest
import requests

import security_testlib as lib


@pytest.fixture(scope="module")
def rasa(tmp_path_factory):
    if lib.trained_model() is None:
        pytest.skip("no trained Rasa model in models/: run `make train` first")
    tmp = tmp_path_factory.mktemp("security-rasa")
    stack = lib.start(("rasa",), lib.rasa_env(tmp, MAX_MESSAGE_BYTES="4096"), tmp)
    yield stack
    stack.stop_all()


def rest(stack, body, **kwargs):
    return requests.post(f"{stack.env['RASA_URL']}/webhooks/rest/webhook", timeout=60, **kwargs,
                         **({"json": body} if not isinstance(body, bytes) else {"data": body}))


def tracker_texts(stack, sender: str) -> list[str]:
    r = requests.get(f"{stack.env['RASA_URL']}/conversations/{sender}/tracker",
                     params={"token": stack.env["RASA_TOKEN"]}, timeout=30)
    return [e.get("text") for e in r.json().get("events", []) if e.get("event") == "user"]


@pytest.mark.parametrize("sender", ["telegram:424242", "wechat:o_victim", "web:" + "a" * 32, "hotline:k1",
                                    " Telegram:424242", "WECHAT:o_victim"])
def test_public_rest_refuses_other_channels_senders(rasa, sender):
    r = rest(rasa, {"sender": sender, "message": "我要取消投诉"})
    assert r.status_code == 403
    assert "不能在此渠道使用" in r.json()[0]["text"]
    assert tracker_texts(rasa, sender.strip()) == []


def test_public_rest_still_serves_its_own_senders(rasa):
    r = rest(rasa, {"sender": "rest-demo-1", "message": "你好"})
    assert r.status_code == 200 and r.json(), r.text
    events = requests.get(f"{rasa.env['RASA_URL']}/conversations/rest-demo-1/tracker",
                          params={"token": rasa.env["RASA_TOKEN"]}, timeout=30).json()["events"]
    user = [e for e in events if e["event"] == "user"][-1]
    assert user["input_channel"] == "rest"


@pytest.mark.parametrize("body", [b"[1, 2]", b"null", b"{not json", b'{"sender": 5, "message": "x"}',
                                  b'{"sender": "a", "message": {"x": 1}}',
                                  b"{" + b'"a":{' * 5000 + b"}" * 5001])
def test_public_rest_bad_bodies_are_400(rasa, body):
    r = rest(rasa, body, headers={"Content-Type": "application/json"})
    assert r.status_code == 400, r.text


def test_oversized_message_refused_politely(rasa):
    r = rest(rasa, {"sender": "rest-big", "message": "投诉" * 1000})
    assert r.status_code == 413 and "太长" in r.json()[0]["text"]


def bridge(stack, raw: bytes, headers: dict):
    return requests.post(f"{stack.env['RASA_URL']}/webhooks/bridge/webhook", data=raw, headers=headers, timeout=60)


def test_bridge_channel_needs_a_fresh_signature(rasa):
    body = {"sender": "telegram:777", "message": "你好", "metadata": {"channel": "telegram"}}
    raw, headers = lib.signed(body)
    assert bridge(rasa, raw, {"Content-Type": "application/json"}).status_code == 403  # unsigned
    _, forged = lib.signed(body, secret="guessed-secret")
    assert bridge(rasa, raw, forged).status_code == 403
    _, stale = lib.signed(body, timestamp=time.time() - 120)
    assert bridge(rasa, raw, stale).status_code == 403
    tampered = raw.replace(b"777", b"778")
    assert bridge(rasa, tampered, headers).status_code == 403
    assert tracker_texts(rasa, "telegram:778") == []

    ok = bridge(rasa, raw, headers)
    assert ok.status_code == 200 and ok.json(), ok.text
    assert bridge(rasa, raw, headers).status_code == 403  # the same request replayed
    assert tracker_texts(rasa, "telegram:777") == ["你好"]


def test_bridge_secret_only_speaks_in_the_bridges_namespaces(rasa):
    raw, headers = lib.signed({"sender": "web:" + "b" * 32, "message": "你好"})
    assert bridge(rasa, raw, headers).status_code == 403
    raw, headers = lib.signed({"sender": "wechat:o_1", "message": "投" * 5000})
    r = bridge(rasa, raw, headers)
    assert r.status_code == 413 and "太长" in r.json()[0]["text"]


def socket(stack, asked: str = "", text: str = "", named: str = "", origin: str = "") -> dict:
    return lib.socket_probe(stack.env["RASA_URL"], asked, text, named, origin)


def test_widget_session_ids_are_issued_and_signed_by_the_server(rasa):
    first = socket(rasa)
    session = first["session"]
    assert session.startswith("web:") and len(session) == 36
    # a valid id rejoins its conversation (reload of the page)
    assert socket(rasa, asked=session)["session"] == session
    # a forged one (right shape, no signature) or a tampered one gets a fresh id
    for forged in ("web:" + "0" * 32, session[:-1] + ("0" if session[-1] != "0" else "1"), "telegram:1"):
        fresh = socket(rasa, asked=forged)["session"]
        assert fresh not in (forged, session) and fresh.startswith("web:")


def test_widget_message_cannot_name_another_session(rasa):
    victim = socket(rasa, text="你好")
    assert victim["replies"], victim
    attacker = socket(rasa, text="我要投诉", named=victim["session"])
    assert attacker["replies"] == []
    assert tracker_texts(rasa, victim["session"]) == ["你好"]
    assert tracker_texts(rasa, attacker["session"]) == []


def test_widget_socket_from_a_foreign_origin_is_refused(rasa):
    assert socket(rasa, origin="https://evil.example")["connected"] is False
    own = rasa.env["RASA_CORS_ORIGINS"].split()[0]
    assert socket(rasa, origin=own)["connected"] is True


def test_cors_only_for_the_bureaus_origins(rasa):
    own = rasa.env["RASA_CORS_ORIGINS"].split()[0]
    for origin, allowed in (("https://evil.example", False), (own, True)):
        r = requests.options(f"{rasa.env['RASA_URL']}/webhooks/rest/webhook", timeout=10,
                             headers={"Origin": origin, "Access-Control-Request-Method": "POST"})
        assert (r.headers.get("Access-Control-Allow-Origin") == origin) is allowed
        assert r.headers.get("Access-Control-Allow-Origin") != "*"
