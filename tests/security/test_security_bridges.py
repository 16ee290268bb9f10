"""The WeChat bridge (real process) against replays and hostile image links: a signed
plaintext-mode URL cannot carry another body, and PicUrl is fetched only from WeChat's
media hosts, streamed and cut off at the evidence limit."""
from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import threading
import time
import xml.etree.ElementTree as ET

import pytest
import requests
from flask import Flask, Response, jsonify, request
from werkzeug.serving import make_server

from tools.stack import ROOT, free_port

TOKEN = "security-wechat-token"


class Fakes:
    """Rasa's bridge channel (answers "收到：…") and an image host, on one loopback server."""

    def __init__(self):
        self.messages: list[str] = []
        self.image_bytes_sent = 0
        app = Flask("fakes")

        @app.post("/webhooks/bridge/webhook")
        def rasa():
            body = request.get_json()
            self.messages.append(f"{body['sender']} {body['message']}")
            return jsonify([{"recipient_id": body["sender"], "text": f"收到：{body['message']}"}])

        @app.get("/huge.jpg")
        def huge():
            def stream():
                for _ in range(300):  # 19 MB if read to the end
                    self.image_bytes_sent += 65536
                    yield b"\xff\xd8\xff" + b"\0" * 65533
            return Response(stream(), mimetype="image/jpeg")

        @app.get("/small.jpg")
        def small():
            return Response(b"\xff\xd8\xff" + b"\0" * 100, mimetype="image/jpeg")

        @app.post("/api/v1/evidence")
        def evidence():
            return jsonify(id=1), 201

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = make_server("127.0.0.1", self.port, app, threaded=True)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


@pytest.fixture(scope="module")
def bridge(tmp_path_factory):
    fakes = Fakes()
    tmp = tmp_path_factory.mktemp("wechat-security")
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("WECHAT_", "TELEGRAM_"))}
    env |= {"WECHAT_TOKEN": TOKEN, "WECHAT_PORT": str(port), "RASA_URL": fakes.url, "BACKEND_URL": fakes.url,
            "HANDOFF_POLL_S": "0", "HANDOFF_CURSOR_DIR": str(tmp), "EVIDENCE_MAX_BYTES": str(1024 * 1024),
            "WECHAT_MEDIA_HOSTS": "mmbiz.qpic.cn", "WECHAT_API_BASE": f"{fakes.url}/cgi-bin/"}
    log = open(tmp / "wechat.log", "wb")
    proc = subprocess.Popen([sys.executable, "-m", "channels.wechat"], cwd=ROOT, env=env, stdout=log,
                            stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/wechat"
    for _ in range(150):
        try:
            requests.get(f"http://127.0.0.1:{port}/healthz", timeout=1)
            break
        except requests.RequestException:
            time.sleep(0.2)
    yield url, fakes, proc, env
    proc.terminate()
    proc.wait(10)
    fakes.server.shutdown()


def signed(nonce: str) -> dict:
    ts = str(int(time.time()))
    return {"timestamp": ts, "nonce": nonce,
            "signature": hashlib.sha1("".join(sorted([TOKEN, ts, nonce])).encode()).hexdigest()}


def text(openid: str, content: str, msg_id: int) -> bytes:
    return (f"<xml><ToUserName>gh_x</ToUserName><FromUserName>{openid}</FromUserName><CreateTime>{int(time.time())}"
            f"</CreateTime><MsgType>text</MsgType><Content>{content}</Content><MsgId>{msg_id}</MsgId></xml>").encode()


def image(openid: str, pic_url: str, msg_id: int) -> bytes:
    return (f"<xml><ToUserName>gh_x</ToUserName><FromUserName>{openid}</FromUserName><CreateTime>{int(time.time())}"
            f"</CreateTime><MsgType>image</MsgType><PicUrl>{pic_url}</PicUrl><MsgId>{msg_id}</MsgId></xml>").encode()


def post(url, query, body):
    return requests.post(url, params=query, data=body, headers={"Content-Type": "text/xml"}, timeout=20)


def reply(r) -> str:
    assert r.status_code == 200, r.text
    return ET.fromstring(r.content).findtext("Content")


def test_signed_url_cannot_carry_another_body(bridge):
    url, fakes, _, _ = bridge
    query = signed("replay-nonce-1")
    original = text("o_alice", "你好", 7001)
    assert reply(post(url, query, original)) == "收到：你好"
    assert reply(post(url, query, original)) == "收到：你好"  # WeChat retrying: same body, answered once
    forged = text("o_alice", "撤销我的投诉", 7002)
    assert post(url, query, forged).status_code == 403
    assert post(url, query, text("o_bob", "你好", 7003)).status_code == 403
    assert fakes.messages.count("wechat:o_alice 你好") == 1
    assert not any("撤销" in m or "o_bob" in m for m in fakes.messages)


def test_pic_url_outside_wechat_media_hosts_is_not_fetched(bridge):
    url, fakes, _, _ = bridge
    before = fakes.image_bytes_sent
    r = post(url, signed("pic-1"), image("o_carol", f"{fakes.url}/huge.jpg", 7101))
    assert "没能保存" in reply(r)
    assert fakes.image_bytes_sent == before


def test_pic_url_is_cut_off_at_the_evidence_limit(bridge, tmp_path):
    _, fakes, _, env = bridge
    # The same bridge code with the fake host allowed, in process: streamed, stopped past 1 MB.
    from channels.common import ChannelSettings
    from channels.wechat import ImageTooLarge, WeChatBridge, WeChatSettings

    settings = WeChatSettings(token=TOKEN, media_hosts=("127.0.0.1",))
    wechat = WeChatBridge(settings, ChannelSettings(evidence_max_bytes=1024 * 1024))
    with pytest.raises(ImageTooLarge):
        wechat.fetch_pic_url(f"{fakes.url}/huge.jpg")
    time.sleep(1)  # let the server notice the closed connection
    assert fakes.image_bytes_sent < 300 * 65536, fakes.image_bytes_sent  # it stopped long before the 19 MB on offer
    content, kind = wechat.fetch_pic_url(f"{fakes.url}/small.jpg")
    assert kind == "image/jpeg" and len(content) == 103
    for bad in ("file:///etc/passwd", "https://mmbiz.qpic.cn.evil.example/x.jpg", "http://127.0.0.2/x.jpg"):
        with pytest.raises(requests.RequestException):
            wechat.fetch_pic_url(bad)
