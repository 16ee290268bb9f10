"""The WeChat bridge as WeChat sees it: signed callbacks over real HTTP, and a fake
WeChat API server (access token, media download, customer-service messages).

Signatures and AES envelopes are built here from the protocol's own rules
(SHA1 over the sorted token/timestamp/nonce[/Encrypt]; AES-256-CBC with the
EncodingAESKey, 16 random bytes + length + message + AppID, PKCS#7 to 32 bytes),
independently of wechatpy, which the bridge uses.
"""
from __future__ import annotations

import base64
import hashlib
import os
import struct
import threading
import time
import xml.etree.ElementTree as ET

import pytest
import requests
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from flask import Flask, Response, jsonify, request

from channels_testlib import PNG_BYTES, REMEDY_BUTTONS, FakeBackend, FakeRasa, LoopbackServer, wait_until
from tools.stack import free_port

TOKEN = "test-wechat-token"
APPID = "wx1234567890abcdef"
SECRET = "test-secret"
AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG"  # 43 characters, as WeChat issues them
OFFICIAL = "gh_12315official"


class FakeWeChatAPI:
    """api.weixin.qq.com/cgi-bin: token, media/get and message/custom/send."""

    def __init__(self):
        self.token_requests = 0
        self.valid_tokens: set[str] = set()
        self.sent: list[dict] = []
        self.send_attempts = 0
        self.attempted_to: list[str] = []
        self.closed_windows: set[str] = set()  # openids silent for more than 48 hours
        app = Flask("fake-wechat")

        @app.get("/cgi-bin/token")
        def token():
            if (request.args.get("appid"), request.args.get("secret")) != (APPID, SECRET):
                return jsonify(errcode=40013, errmsg="invalid appid")
            self.token_requests += 1
            value = f"ACCESS_TOKEN_{self.token_requests}"
            self.valid_tokens.add(value)
            return jsonify(access_token=value, expires_in=7200)

        @app.get("/cgi-bin/media/get")
        def media():
            if request.args.get("access_token") not in self.valid_tokens:
                return jsonify(errcode=40001, errmsg="invalid credential")
            return Response(PNG_BYTES, mimetype="image/png")

        @app.post("/cgi-bin/message/custom/send")
        def custom_send():
            self.send_attempts += 1
            if request.args.get("access_token") not in self.valid_tokens:
                return jsonify(errcode=40001, errmsg="invalid credential, access_token is invalid")
            body = request.get_json(force=True)
            self.attempted_to.append(body["touser"])
            if body["touser"] in self.closed_windows:
                return jsonify(errcode=45015, errmsg="response out of time limit or subscription is canceled")
            self.sent.append(body)
            return jsonify(errcode=0, errmsg="ok")

        self.server = LoopbackServer(app)
        self.url = self.server.url


def sha1_signature(*parts: str) -> str:
    return hashlib.sha1("".join(sorted(parts)).encode()).hexdigest()


def signed_query(timestamp: int | None = None, nonce: str = "", token: str = TOKEN) -> dict:
    timestamp = str(int(time.time()) if timestamp is None else timestamp)
    nonce = nonce or os.urandom(6).hex()
    return {"signature": sha1_signature(token, timestamp, nonce), "timestamp": timestamp,
            "nonce": nonce, "openid": "o_user"}


def aes_key_bytes() -> bytes:
    return base64.b64decode(AES_KEY + "=")


def encrypt(xml: str) -> str:
    key = aes_key_bytes()
    plain = os.urandom(16) + struct.pack(">I", len(xml.encode())) + xml.encode() + APPID.encode()
    pad = 32 - len(plain) % 32
    plain += bytes([pad]) * pad
    encryptor = Cipher(algorithms.AES(key), modes.CBC(key[:16])).encryptor()
    return base64.b64encode(encryptor.update(plain) + encryptor.finalize()).decode()


def decrypt(encrypted: str) -> str:
    key = aes_key_bytes()
    decryptor = Cipher(algorithms.AES(key), modes.CBC(key[:16])).decryptor()
    plain = decryptor.update(base64.b64decode(encrypted)) + decryptor.finalize()
    plain = plain[:-plain[-1]]
    length = struct.unpack(">I", plain[16:20])[0]
    assert plain[20 + length:].decode() == APPID
    return plain[20:20 + length].decode()


_msg_ids = iter(range(6_000_000_000_000_000_000, 7_000_000_000_000_000_000))


def text_xml(openid: str, content: str, msg_id: int | None = None, create_time: int | None = None) -> str:
    return (f"<xml><ToUserName><![CDATA[{OFFICIAL}]]></ToUserName>"
            f"<FromUserName><![CDATA[{openid}]]></FromUserName>"
            f"<CreateTime>{create_time or int(time.time())}</CreateTime><MsgType><![CDATA[text]]></MsgType>"
            f"<Content><![CDATA[{content}]]></Content><MsgId>{msg_id or next(_msg_ids)}</MsgId></xml>")


def reply_content(response: requests.Response) -> str:
    assert response.status_code == 200, response.text
    root = ET.fromstring(response.content)
    return root.findtext("Content")


@pytest.fixture(scope="module")
def wechat_api():
    api = FakeWeChatAPI()
    yield api
    api.server.close()


def bridge_env(fake_rasa, fake_backend, wechat_api, port: int, **extra) -> dict[str, str]:
    return {
        "WECHAT_TOKEN": TOKEN, "WECHAT_APPID": APPID, "WECHAT_SECRET": SECRET,
        "WECHAT_PORT": str(port), "WECHAT_API_BASE": f"{wechat_api.url}/cgi-bin/",
        "RASA_URL": fake_rasa.url, "BACKEND_URL": fake_backend.url,
        "BACKEND_SERVICE_TOKEN": FakeBackend.TOKEN, **extra,
    }


@pytest.fixture(scope="module")
def plain_bridge(fake_rasa, fake_backend, wechat_api, start_bridge):
    """Plaintext mode; a 1.5 s reply deadline keeps the late-reply tests short."""
    from tools.stack import free_port
    port = free_port()
    bridge = start_bridge("channels.wechat", bridge_env(fake_rasa, fake_backend, wechat_api, port,
                                                        WECHAT_REPLY_DEADLINE="1.5"))
    bridge.url = f"http://127.0.0.1:{port}/wechat"
    bridge.wait_http(f"http://127.0.0.1:{port}/healthz")
    return bridge


@pytest.fixture(scope="module")
def safe_bridge(fake_rasa, fake_backend, wechat_api, start_bridge):
    """Safe mode (EncodingAESKey) with WeChat's real timing: 4 s deadline by default."""
    from tools.stack import free_port
    port = free_port()
    bridge = start_bridge("channels.wechat", bridge_env(fake_rasa, fake_backend, wechat_api, port,
                                                        WECHAT_AES_KEY=AES_KEY))
    bridge.url = f"http://127.0.0.1:{port}/wechat"
    bridge.wait_http(f"http://127.0.0.1:{port}/healthz")
    return bridge


def post(bridge, xml: str, query: dict | None = None) -> requests.Response:
    return requests.post(bridge.url, params=query or signed_query(), data=xml.encode(),
                         headers={"Content-Type": "text/xml"}, timeout=10)


# -- handshake and signatures --------------------------------------------------

def test_handshake_echoes_only_when_signed(plain_bridge):
    query = signed_query() | {"echostr": "1234567890123"}
    r = requests.get(plain_bridge.url, params=query, timeout=5)
    assert (r.status_code, r.text) == (200, "1234567890123")
    forged = query | {"signature": sha1_signature("wrong-token", query["timestamp"], query["nonce"])}
    r = requests.get(plain_bridge.url, params=forged, timeout=5)
    assert r.status_code == 403 and "1234567890123" not in r.text


def test_text_message_gets_passive_reply_with_channel_metadata(plain_bridge, fake_rasa):
    r = post(plain_bridge, text_xml("o_alice", "手机屏幕碎了"))
    assert reply_content(r) == "收到：手机屏幕碎了"
    root = ET.fromstring(r.content)
    assert (root.findtext("ToUserName"), root.findtext("FromUserName")) == ("o_alice", OFFICIAL)
    assert {"sender": "wechat:o_alice", "message": "手机屏幕碎了",
            "metadata": {"channel": "wechat"}} in fake_rasa.calls


def test_forged_signature_is_refused_before_the_assistant(plain_bridge, fake_rasa):
    before = len(fake_rasa.calls)
    query = signed_query(token="not-our-token")
    r = post(plain_bridge, text_xml("o_mallory", "伪造消息"), query)
    assert r.status_code == 403
    missing = {k: v for k, v in signed_query().items() if k != "signature"}
    assert post(plain_bridge, text_xml("o_mallory", "伪造消息"), missing).status_code == 403
    assert len(fake_rasa.calls) == before


def test_replayed_old_request_is_refused(plain_bridge, fake_rasa):
    before = len(fake_rasa.calls)
    # Correctly signed, but captured an hour ago.
    r = post(plain_bridge, text_xml("o_mallory", "重放消息"), signed_query(timestamp=int(time.time()) - 3600))
    assert r.status_code == 403
    assert len(fake_rasa.calls) == before


def test_retried_message_reaches_the_assistant_once(plain_bridge, fake_rasa):
    xml = text_xml("o_bob", "重复的消息", msg_id=6123456789012345678)
    first, retry = post(plain_bridge, xml), post(plain_bridge, xml)
    assert reply_content(first) == reply_content(retry) == "收到：重复的消息"
    assert fake_rasa.messages("wechat:o_bob").count("重复的消息") == 1


# -- hostile or broken XML -------------------------------------------------------

@pytest.mark.parametrize("body", [
    "<xml><ToUserName>gh</ToUserName><FromUserName>o_x",  # truncated
    "not xml at all",
    "<xml><ToUserName>gh</ToUserName></xml>",  # no MsgType
    ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;'
     '&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
     "<xml><ToUserName>gh</ToUserName><FromUserName>o_x</FromUserName><CreateTime>1</CreateTime>"
     "<MsgType>text</MsgType><Content>&lol3;</Content><MsgId>1</MsgId></xml>"),
    ('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
     "<xml><ToUserName>gh</ToUserName><FromUserName>o_x</FromUserName><CreateTime>1</CreateTime>"
     "<MsgType>text</MsgType><Content>&xxe;</Content><MsgId>2</MsgId></xml>"),
], ids=["truncated", "not-xml", "no-msgtype", "billion-laughs", "xxe"])
def test_malformed_and_hostile_xml_is_refused(plain_bridge, fake_rasa, body):
    before = len(fake_rasa.calls)
    r = post(plain_bridge, body)
    assert r.status_code == 400
    assert "root:" not in r.text and len(fake_rasa.calls) == before


def test_oversized_body_is_refused(plain_bridge):
    r = post(plain_bridge, text_xml("o_x", "长" * 40_000))
    assert r.status_code == 413


# -- WeChat's habits: buttons, events, voice, images -------------------------------

def test_buttons_become_numbered_options_and_a_number_picks_one(plain_bridge, fake_rasa):
    content = reply_content(post(plain_bridge, text_xml("o_carol", "我要投诉")))
    assert content == "好的。您希望商家如何处理？\n\n回复1 退货退款\n回复2 换货\n回复3 赔偿损失"
    reply_content(post(plain_bridge, text_xml("o_carol", "２")))  # full-width digit, as IMEs type it
    assert fake_rasa.messages("wechat:o_carol")[-1] == REMEDY_BUTTONS[1]["payload"]
    # Options answer once: afterwards a number is just text.
    reply_content(post(plain_bridge, text_xml("o_carol", "2")))
    assert fake_rasa.messages("wechat:o_carol")[-1] == "2"


def test_subscribe_event_gets_the_welcome_once(plain_bridge, fake_rasa):
    now = int(time.time())
    event = (f"<xml><ToUserName><![CDATA[{OFFICIAL}]]></ToUserName><FromUserName><![CDATA[o_dave]]>"
             f"</FromUserName><CreateTime>{now}</CreateTime><MsgType><![CDATA[event]]></MsgType>"
             "<Event><![CDATA[subscribe]]></Event></xml>")
    assert reply_content(post(plain_bridge, event)) == "您好，欢迎使用12315消费维权助手！"
    assert reply_content(post(plain_bridge, event)) == "您好，欢迎使用12315消费维权助手！"
    assert fake_rasa.messages("wechat:o_dave") == ["/greet"]
    unsubscribe = event.replace("subscribe", "unsubscribe")
    r = post(plain_bridge, unsubscribe)
    assert (r.status_code, r.text) == (200, "success")


def test_voice_uses_wechat_recognition(plain_bridge, fake_rasa):
    voice = (f"<xml><ToUserName>{OFFICIAL}</ToUserName><FromUserName>o_erin</FromUserName>"
             f"<CreateTime>{int(time.time())}</CreateTime><MsgType>voice</MsgType><MediaId>m1</MediaId>"
             f"<Format>amr</Format><Recognition>我买的电饭煲坏了</Recognition><MsgId>{next(_msg_ids)}</MsgId></xml>")
    assert reply_content(post(plain_bridge, voice)) == "收到：我买的电饭煲坏了"
    silent = voice.replace("<Recognition>我买的电饭煲坏了</Recognition>", "").replace(
        "<MsgId>", "<MsgId>1").replace("</MsgId>", "1</MsgId>")
    assert "文字" in reply_content(post(plain_bridge, silent))


def test_image_is_uploaded_as_evidence_then_the_dialogue_is_told(plain_bridge, fake_rasa, fake_backend, wechat_api):
    image = (f"<xml><ToUserName>{OFFICIAL}</ToUserName><FromUserName>o_frank</FromUserName>"
             f"<CreateTime>{int(time.time())}</CreateTime><MsgType>image</MsgType>"
             f"<PicUrl>{wechat_api.url}/never-used.jpg</PicUrl><MediaId>media-42</MediaId>"
             f"<MsgId>{next(_msg_ids)}</MsgId></xml>")
    assert reply_content(post(plain_bridge, image)) == "收到：/inform_evidence"
    upload = fake_backend.uploads[-1]
    assert upload["conversation_id"] == "wechat:o_frank"
    assert upload["content"] == PNG_BYTES and upload["content_type"] == "image/png"
    assert fake_rasa.messages("wechat:o_frank") == ["/inform_evidence"]


# -- the slow path: "success" now, customer-service API later ----------------------

def test_late_reply_goes_through_customer_service_api_with_cached_token(plain_bridge, fake_rasa, wechat_api):
    tokens_before = wechat_api.token_requests
    started = time.monotonic()
    r = post(plain_bridge, text_xml("o_grace", "慢2.5"))
    assert (r.status_code, r.text) == (200, "success")
    assert time.monotonic() - started < 2.5
    wait_until(lambda: any(m["touser"] == "o_grace" for m in wechat_api.sent))
    r = post(plain_bridge, text_xml("o_grace", "慢2"))
    assert r.text == "success"
    wait_until(lambda: sum(m["touser"] == "o_grace" for m in wechat_api.sent) == 2)
    texts = [m["text"]["content"] for m in wechat_api.sent if m["touser"] == "o_grace"]
    assert texts == ["迟到的回复：慢2.5", "迟到的回复：慢2"]
    assert all(m["msgtype"] == "text" for m in wechat_api.sent)
    assert wechat_api.token_requests - tokens_before <= 1  # fetched once, then cached


def test_revoked_token_is_fetched_again(plain_bridge, wechat_api):
    post(plain_bridge, text_xml("o_heidi", "慢1.6"))
    wait_until(lambda: any(m["touser"] == "o_heidi" for m in wechat_api.sent))
    before = wechat_api.token_requests
    wechat_api.valid_tokens.clear()  # e.g. the token was refreshed from another server
    assert post(plain_bridge, text_xml("o_heidi", "慢1.6 again")).text == "success"
    wait_until(lambda: sum(m["touser"] == "o_heidi" for m in wechat_api.sent) == 2)
    assert wechat_api.token_requests == before + 1


def test_long_answer_is_split_within_wechat_limits(plain_bridge, wechat_api):
    content = reply_content(post(plain_bridge, text_xml("o_ivan", "长文")))
    assert len(content.encode()) <= 2048 and content.startswith("《中华人民共和国消费者权益保护法》第二十四条")
    rest = wait_until(lambda: [m["text"]["content"] for m in wechat_api.sent if m["touser"] == "o_ivan"])
    assert all(len(part.encode()) <= 2048 for part in rest)
    answer = FakeRasa.script("wechat:o_ivan", "长文")[0]["text"]
    assert "".join([content, *rest]).replace("\n", "") == answer.replace("\n", "")


def test_closed_48_hour_window_is_handled(plain_bridge, fake_rasa, wechat_api):
    wechat_api.closed_windows.add("o_judy")
    attempts = wechat_api.send_attempts
    assert post(plain_bridge, text_xml("o_judy", "慢1.6")).text == "success"
    wait_until(lambda: wechat_api.send_attempts > attempts)
    time.sleep(0.3)
    assert wechat_api.send_attempts == attempts + 1  # no retry storm
    assert not any(m["touser"] == "o_judy" for m in wechat_api.sent)
    assert "45015" in plain_bridge.output()
    # The bridge carries on serving everyone else.
    assert reply_content(post(plain_bridge, text_xml("o_kate", "你好"))) == "收到：你好"


# -- safe mode: AES with the EncodingAESKey, WeChat's own 5-second timing -----------

def encrypted_post(bridge, xml: str, *, tamper: bool = False, msg_id_nonce: str = "") -> requests.Response:
    query = signed_query(nonce=msg_id_nonce)
    envelope = encrypt(xml)
    msg_signature = sha1_signature(TOKEN, query["timestamp"], query["nonce"], envelope)
    if tamper:
        envelope = encrypt(xml.replace("o_", "o_evil_"))
    body = f"<xml><ToUserName><![CDATA[{OFFICIAL}]]></ToUserName><Encrypt><![CDATA[{envelope}]]></Encrypt></xml>"
    return requests.post(bridge.url, params=query | {"encrypt_type": "aes", "msg_signature": msg_signature},
                         data=body.encode(), timeout=10)


def decrypt_reply(response: requests.Response, query_nonce: str | None = None) -> str:
    assert response.status_code == 200, response.text
    root = ET.fromstring(response.content)
    envelope = root.findtext("Encrypt")
    signature = sha1_signature(TOKEN, root.findtext("TimeStamp"), root.findtext("Nonce"), envelope)
    assert signature == root.findtext("MsgSignature")
    return ET.fromstring(decrypt(envelope)).findtext("Content")


def test_encrypted_message_gets_encrypted_reply(safe_bridge, fake_rasa):
    r = encrypted_post(safe_bridge, text_xml("o_leo", "加密的投诉"))
    assert decrypt_reply(r) == "收到：加密的投诉"
    assert fake_rasa.messages("wechat:o_leo") == ["加密的投诉"]


def test_encrypted_mode_refuses_tampered_and_plaintext(safe_bridge, fake_rasa):
    assert encrypted_post(safe_bridge, text_xml("o_mia", "篡改"), tamper=True).status_code == 403
    assert post(safe_bridge, text_xml("o_mia", "明文")).status_code == 403
    garbage = encrypted_post(safe_bridge, "<xml><MsgType>text</MsgType></xml>")
    assert garbage.status_code == 400
    assert fake_rasa.messages("wechat:o_mia") == [] and fake_rasa.messages("wechat:o_evil_mia") == []


def test_slow_assistant_beyond_5_seconds_with_wechat_retries(safe_bridge, fake_rasa, wechat_api):
    xml = text_xml("o_nina", "慢6", msg_id=6999999999999999999)
    results: list[tuple[float, requests.Response]] = []

    def deliver():  # WeChat gives each try 5 s before it retries
        sent = time.monotonic()
        response = encrypted_post(safe_bridge, xml)
        results.append((time.monotonic() - sent, response))

    first = threading.Thread(target=deliver)
    first.start()
    time.sleep(1.0)
    retry = threading.Thread(target=deliver)  # a retry while the first is still waiting
    retry.start()
    first.join()
    retry.join()
    for _elapsed, response in results:
        assert (response.status_code, response.text) == (200, "success")
    assert max(elapsed for elapsed, _ in results) < 5.0
    wait_until(lambda: any(m["touser"] == "o_nina" for m in wechat_api.sent), timeout=10)
    started = time.monotonic()
    assert encrypted_post(safe_bridge, xml).text == "success"  # a late third retry changes nothing
    assert time.monotonic() - started < 1.0  # and is answered at once
    assert fake_rasa.messages("wechat:o_nina") == ["慢6"]
    assert [m["text"]["content"] for m in wechat_api.sent if m["touser"] == "o_nina"] == ["迟到的回复：慢6"]


def test_assistant_failure_gets_a_polite_apology(plain_bridge):
    content = reply_content(post(plain_bridge, text_xml("o_olga", "故障")))
    assert "12315" in content and "稍后" in content


def test_compatible_mode_uses_the_encrypted_part(safe_bridge, fake_rasa):
    """Compatible mode sends plaintext fields and Encrypt side by side: only the signed, encrypted part counts."""
    query = signed_query()
    envelope = encrypt(text_xml("o_pat", "密文内容"))
    msg_signature = sha1_signature(TOKEN, query["timestamp"], query["nonce"], envelope)
    body = text_xml("o_pat", "明文内容").replace("</xml>", f"<Encrypt><![CDATA[{envelope}]]></Encrypt></xml>")
    r = requests.post(safe_bridge.url, params=query | {"encrypt_type": "aes", "msg_signature": msg_signature},
                      data=body.encode(), timeout=10)
    assert decrypt_reply(r) == "收到：密文内容"
    assert fake_rasa.messages("wechat:o_pat") == ["密文内容"]


# -- agent replies to a conversation handed to a human (real backend + console API) --

def start_relaying_bridge(start_bridge, fake_rasa, handoff_backend, wechat_api, cursor_dir):
    port = free_port()
    bridge = start_bridge("channels.wechat", bridge_env(fake_rasa, handoff_backend, wechat_api, port,
                                                        HANDOFF_POLL_S="0.2", HANDOFF_CURSOR_DIR=str(cursor_dir)))
    bridge.wait_http(f"http://127.0.0.1:{port}/healthz")
    return bridge


def test_agent_replies_reach_the_consumer_once_across_a_restart(fake_rasa, wechat_api, handoff_backend,
                                                                start_bridge, tmp_path):
    def sent_to(openid):
        return [m["text"]["content"] for m in wechat_api.sent if m["touser"] == openid]

    bridge = start_relaying_bridge(start_bridge, fake_rasa, handoff_backend, wechat_api, tmp_path)
    handoff = handoff_backend.hand_over("wechat:o_quinn", "wechat")
    first = handoff_backend.reply(handoff, "您好，我是12315工作人员小李，您的投诉由我来跟进。")
    assert first["delivery"] == "recorded"  # in the Rasa conversation; the bridge delivers it
    assert ("wechat:o_quinn", [{"event": "bot", "text": first["text"],
                                "metadata": {"agent": "staff", "from": "human_agent"}}]) in fake_rasa.tracker_events
    wait_until(lambda: sent_to("o_quinn"))
    # A consumer silent for 48 hours (45015): skipped once, not retried, others still served.
    wechat_api.closed_windows.add("o_rose")
    handoff_backend.reply(handoff_backend.hand_over("wechat:o_rose", "wechat"), "这条回复已超出48小时")
    # Another channel's conversation is not this bridge's to deliver.
    handoff_backend.reply(handoff_backend.hand_over("telegram:555", "telegram"), "Telegram的回复")
    second = handoff_backend.reply(handoff, "请您提供订单号，方便我们联系商家。")
    wait_until(lambda: len(sent_to("o_quinn")) == 2)
    bridge.stop()
    assert "not deliverable, skipped: WeChat 45015" in bridge.log_path.read_text(errors="replace")

    third = handoff_backend.reply(handoff, "商家已同意退货，请留意短信通知。")  # while the bridge is down
    cursor = tmp_path / "handoff-replies-wechat.cursor"
    assert cursor.read_text().strip() == str(second["id"])
    bridge = start_relaying_bridge(start_bridge, fake_rasa, handoff_backend, wechat_api, tmp_path)
    wait_until(lambda: len(sent_to("o_quinn")) == 3)
    time.sleep(1.0)  # several more polls
    assert sent_to("o_quinn") == [first["text"], second["text"], third["text"]]
    assert wechat_api.attempted_to.count("o_rose") == 1 and sent_to("o_rose") == []
    assert not any("Telegram的回复" in m["text"]["content"] for m in wechat_api.sent)
    assert cursor.read_text().strip() == str(third["id"])
    bridge.stop()
