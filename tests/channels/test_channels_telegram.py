"""The Telegram bridge process against a fake Bot API server on loopback.

Real HTTP both ways: updates are POSTed to the bridge's webhook (as Telegram does,
with the secret token header) or handed out by the fake getUpdates in polling
mode, and everything the bridge says arrives at the fake Bot API.
"""
from __future__ import annotations

import itertools
import json
import threading
import time

import pytest
import requests
from flask import Flask, Response, jsonify, request

from channels_testlib import PNG_BYTES, REMEDY_BUTTONS, FakeBackend, LoopbackServer, json_field, wait_until
from tools.stack import free_port

BOT_TOKEN = "123456:TEST-token_for-fake-api"
SECRET = "s3cret-Token_for_webhook"
BOT_USER = {"id": 123456, "is_bot": True, "first_name": "12315助手", "username": "test12315bot",
            "can_join_groups": False, "can_read_all_group_messages": False, "supports_inline_queries": False}
FILES = {"photo-big": ("photos/file_1.png", PNG_BYTES), "photo-small": ("photos/file_0.png", PNG_BYTES[:20]),
         "doc-invoice": ("documents/file_2.pdf", b"%PDF-1.4 invoice")}


class FakeBotAPI:
    """The methods the bridge uses, recording each call with its decoded parameters."""

    def __init__(self):
        self.calls: list[tuple[str, dict]] = []
        self.updates: list[dict] = []
        self.blocked: set[int] = set()  # consumers who blocked the bot: 403
        self.flood_once: set[int] = set()  # the next message to these chats gets 429 (flood control)
        self.refused: list[tuple[int, int]] = []  # (chat_id, status) of refused sendMessage calls
        self.lock = threading.Lock()
        self.message_ids = itertools.count(1000)
        app = Flask("fake-bot-api")

        @app.post(f"/bot{BOT_TOKEN}/<method>")
        def method(method: str):
            params = {k: json_field(v) for k, v in request.form.items()}
            if request.is_json:
                params.update(request.get_json())
            chat = int(params.get("chat_id") or 0)
            if method == "sendMessage" and chat in self.blocked:
                self.refused.append((chat, 403))
                return jsonify(ok=False, error_code=403, description="Forbidden: bot was blocked by the user"), 403
            if method == "sendMessage" and chat in self.flood_once:
                self.flood_once.discard(chat)
                self.refused.append((chat, 429))
                return jsonify(ok=False, error_code=429, description="Too Many Requests: retry after 1",
                               parameters={"retry_after": 1}), 429
            with self.lock:
                self.calls.append((method, params))
            return jsonify(ok=True, result=self.result(method, params))

        @app.route("/bot<path:other>", methods=["GET", "POST"])
        def wrong_token(other: str):
            return jsonify(ok=False, error_code=401, description="Unauthorized"), 401

        @app.get(f"/file/bot{BOT_TOKEN}/<path:file_path>")
        def download(file_path: str):
            for path, content in FILES.values():
                if path == file_path:
                    return Response(content, mimetype="application/octet-stream")
            return Response(status=404)

        self.server = LoopbackServer(app)
        self.url = self.server.url

    def result(self, method: str, params: dict):
        if method == "getMe":
            return BOT_USER
        if method == "getUpdates":
            deadline = time.monotonic() + min(float(params.get("timeout") or 0), 1.0)
            while time.monotonic() < deadline and not self.updates:
                time.sleep(0.05)
            offset = int(params.get("offset") or 0)
            with self.lock:
                ready = [u for u in self.updates if u["update_id"] >= offset]
                self.updates = ready
            return ready
        if method == "getFile":
            path, content = FILES[params["file_id"]]
            return {"file_id": params["file_id"], "file_unique_id": "u" + params["file_id"],
                    "file_size": len(content), "file_path": path}
        if method in ("sendMessage", "sendPhoto", "editMessageText"):
            return {"message_id": next(self.message_ids), "date": int(time.time()),
                    "chat": {"id": int(params.get("chat_id", 0)), "type": "private"},
                    "from": BOT_USER, "text": params.get("text", "")}
        return True

    def sent(self, chat_id: int, method: str = "sendMessage") -> list[dict]:
        with self.lock:
            return [p for m, p in self.calls if m == method and int(p.get("chat_id", 0)) == chat_id]

    def texts(self, chat_id: int) -> list[str]:
        return [p["text"] for p in self.sent(chat_id)]


update_ids = itertools.count(1)


def user(chat_id: int) -> dict:
    return {"id": chat_id, "is_bot": False, "first_name": "小明", "language_code": "zh-hans"}


def message_update(chat_id: int, text: str | None = None, **fields) -> dict:
    message = {"message_id": next(update_ids), "date": int(time.time()),
               "chat": {"id": chat_id, "type": "private", "first_name": "小明"}, "from": user(chat_id), **fields}
    if text is not None:
        message["text"] = text
        if text.startswith("/"):
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
    return {"update_id": next(update_ids), "message": message}


def button_press(chat_id: int, data: str, keyboard_message: dict) -> dict:
    return {"update_id": next(update_ids), "callback_query": {
        "id": f"cb{next(update_ids)}", "from": user(chat_id), "chat_instance": "ci", "data": data,
        "message": {"message_id": keyboard_message["message_id"], "date": int(time.time()),
                    "chat": {"id": chat_id, "type": "private"}, "from": BOT_USER,
                    "text": keyboard_message["text"], "reply_markup": keyboard_message["reply_markup"]}}}


@pytest.fixture(scope="module")
def bot_api():
    api = FakeBotAPI()
    yield api
    api.server.close()


def bridge_env(fake_rasa, fake_backend, bot_api, **extra) -> dict[str, str]:
    return {"TELEGRAM_BOT_TOKEN": BOT_TOKEN, "TELEGRAM_API_BASE": bot_api.url, "RASA_URL": fake_rasa.url,
            "BACKEND_URL": fake_backend.url, "BACKEND_SERVICE_TOKEN": FakeBackend.TOKEN,
            "EVIDENCE_MAX_BYTES": str(5 * 1024 * 1024), **extra}


@pytest.fixture(scope="module")
def webhook(fake_rasa, fake_backend, bot_api, start_bridge):
    port = free_port()
    url = f"http://127.0.0.1:{port}/telegram/hook"
    bridge = start_bridge("channels.telegram", bridge_env(
        fake_rasa, fake_backend, bot_api, TELEGRAM_WEBHOOK_URL=url, TELEGRAM_SECRET_TOKEN=SECRET,
        TELEGRAM_PORT=str(port)))
    bridge.url = url
    bridge.wait_http(f"http://127.0.0.1:{port}/")
    wait_until(lambda: any(m == "setWebhook" for m, _ in bot_api.calls))
    return bridge


def deliver(bridge, update: dict, secret: str | None = SECRET) -> requests.Response:
    headers = {"X-Telegram-Bot-Api-Secret-Token": secret} if secret else {}
    return requests.post(bridge.url, data=json.dumps(update), timeout=5,
                         headers=headers | {"Content-Type": "application/json"})


def test_webhook_is_registered_with_the_secret_token(webhook, bot_api):
    params = next(p for m, p in bot_api.calls if m == "setWebhook")
    assert params["url"] == webhook.url and params["secret_token"] == SECRET
    assert "callback_query" in params["allowed_updates"]


@pytest.mark.parametrize("secret", [None, "wrong-secret"], ids=["missing", "wrong"])
def test_webhook_refuses_updates_without_the_secret(webhook, bot_api, fake_rasa, secret):
    chat = 9001
    r = deliver(webhook, message_update(chat, "冒充Telegram的请求"), secret=secret)
    assert r.status_code == 403
    time.sleep(0.3)
    assert bot_api.sent(chat) == [] and fake_rasa.messages(f"telegram:{chat}") == []


def test_start_asks_the_dialogue_for_its_welcome(webhook, bot_api, fake_rasa):
    chat = 1001
    assert deliver(webhook, message_update(chat, "/start")).status_code == 200
    assert wait_until(lambda: bot_api.texts(chat)) == ["您好，欢迎使用12315消费维权助手！"]
    assert fake_rasa.calls[-1] == {"sender": "telegram:1001", "message": "/greet",
                                   "metadata": {"channel": "telegram"}}
    assert any(p["action"] == "typing" for p in bot_api.sent(chat, "sendChatAction"))


def test_assistant_failure_gets_a_polite_apology(webhook, bot_api):
    chat = 1008
    deliver(webhook, message_update(chat, "故障"))
    text = wait_until(lambda: bot_api.texts(chat))[0]
    assert "12315" in text and "稍后" in text


def test_help_is_answered_by_the_bridge(webhook, bot_api, fake_rasa):
    chat = 1002
    deliver(webhook, message_update(chat, "/help"))
    text = wait_until(lambda: bot_api.texts(chat))[0]
    assert "/status" in text and "投诉" in text
    deliver(webhook, message_update(chat, "/unknown_command"))
    assert wait_until(lambda: bot_api.texts(chat)[1:]) == [text]
    sticker = {"file_id": "st", "file_unique_id": "st", "width": 512, "height": 512, "is_animated": False,
               "is_video": False, "type": "regular"}
    deliver(webhook, message_update(chat, sticker=sticker))
    assert "文字" in wait_until(lambda: bot_api.texts(chat)[2:])[0]
    assert fake_rasa.messages(f"telegram:{chat}") == []


def test_status_passes_the_ticket_number(webhook, bot_api, fake_rasa):
    chat = 1003
    deliver(webhook, message_update(chat, "/status"))
    wait_until(lambda: bot_api.texts(chat))
    deliver(webhook, message_update(chat, "/status 12315-20240501-0007"))
    wait_until(lambda: len(bot_api.texts(chat)) == 2)
    assert fake_rasa.messages(f"telegram:{chat}") == ["/check_status",
                                                        '/check_status{"ticket_no": "12315-20240501-0007"}']


def test_buttons_are_an_inline_keyboard_whose_press_reaches_the_dialogue(webhook, bot_api, fake_rasa):
    chat = 1004
    deliver(webhook, message_update(chat, "我要投诉"))
    sent = wait_until(lambda: bot_api.sent(chat))[0]
    keyboard = sent["reply_markup"]["inline_keyboard"]
    assert [row[0]["text"] for row in keyboard] == ["退货退款", "换货", "赔偿损失"]
    # A payload longer than Telegram's 64-byte limit travels under a short key.
    data = [row[0]["callback_data"] for row in keyboard]
    assert all(len(d.encode()) <= 64 for d in data)
    assert data[0] == REMEDY_BUTTONS[0]["payload"] and data[1].startswith("#")
    keyboard_message = {"message_id": 77, "text": sent["text"], "reply_markup": sent["reply_markup"]}
    deliver(webhook, button_press(chat, data[1], keyboard_message))
    wait_until(lambda: len(fake_rasa.messages(f"telegram:{chat}")) == 2)
    assert fake_rasa.messages(f"telegram:{chat}")[-1] == REMEDY_BUTTONS[1]["payload"]
    assert wait_until(lambda: [m for m, _ in bot_api.calls if m == "answerCallbackQuery"])
    edit = wait_until(lambda: [p for m, p in bot_api.calls if m == "editMessageText" and p["message_id"] == 77])[0]
    assert edit["text"].endswith("已选择：换货") and "reply_markup" not in edit
    # A forged/expired hashed key is answered politely and never reaches Rasa.
    deliver(webhook, button_press(chat, "#ffffffffffffffffffffffff", keyboard_message))
    wait_until(lambda: "这个按钮已经失效了，请直接回复文字，谢谢。" in bot_api.texts(chat))
    assert len(fake_rasa.messages(f"telegram:{chat}")) == 2


def test_phone_prompt_offers_contact_button_and_contact_fills_the_phone(webhook, bot_api, fake_rasa):
    chat = 1005
    deliver(webhook, message_update(chat, "请留电话"))
    sent = wait_until(lambda: bot_api.sent(chat))[0]
    button = sent["reply_markup"]["keyboard"][0][0]
    assert button["request_contact"] is True and "手机号" in button["text"]
    contact = {"phone_number": "+86 138-0013-8000", "first_name": "小明", "user_id": chat}
    deliver(webhook, message_update(chat, contact=contact))
    wait_until(lambda: len(bot_api.sent(chat)) == 2)
    assert fake_rasa.messages(f"telegram:{chat}")[-1] == "13800138000"
    assert bot_api.sent(chat)[1]["reply_markup"] == {"remove_keyboard": True}


def test_photo_becomes_evidence_of_the_complaint(webhook, bot_api, fake_rasa, fake_backend):
    chat = 1006
    photo = [{"file_id": "photo-small", "file_unique_id": "s0", "width": 90, "height": 90, "file_size": 20},
             {"file_id": "photo-big", "file_unique_id": "b1", "width": 800, "height": 600,
              "file_size": len(PNG_BYTES)}]
    deliver(webhook, message_update(chat, photo=photo, caption="商品破损照片"))
    wait_until(lambda: len(fake_rasa.messages(f"telegram:{chat}")) == 2)
    upload = next(u for u in fake_backend.uploads if u["conversation_id"] == f"telegram:{chat}")
    assert upload["content"] == PNG_BYTES  # the largest size, byte for byte
    assert fake_rasa.messages(f"telegram:{chat}") == ["/inform_evidence", "商品破损照片"]


def test_document_evidence_and_size_limit(webhook, bot_api, fake_rasa, fake_backend):
    chat = 1007
    document = {"file_id": "doc-invoice", "file_unique_id": "d2", "file_name": "发票.pdf",
                "mime_type": "application/pdf", "file_size": 16}
    deliver(webhook, message_update(chat, document=document))
    wait_until(lambda: fake_rasa.messages(f"telegram:{chat}"))
    upload = next(u for u in fake_backend.uploads if u["conversation_id"] == f"telegram:{chat}")
    assert (upload["filename"], upload["content_type"], upload["content"]) == (
        "发票.pdf", "application/pdf", b"%PDF-1.4 invoice")
    huge = document | {"file_id": "doc-huge", "file_size": 50 * 1024 * 1024}
    deliver(webhook, message_update(chat, document=huge))
    wait_until(lambda: any("文件太大" in t for t in bot_api.texts(chat)))
    assert not any(p.get("file_id") == "doc-huge" for m, p in bot_api.calls if m == "getFile")


def test_polling_mode_for_development(fake_rasa, fake_backend, bot_api, start_bridge):
    chat = 2001
    bridge = start_bridge("channels.telegram", bridge_env(fake_rasa, fake_backend, bot_api))
    wait_until(lambda: any(m == "getUpdates" for m, _ in bot_api.calls) or bridge.proc.poll() is not None,
               timeout=20)
    assert bridge.proc.poll() is None, bridge.output()
    with bot_api.lock:
        bot_api.updates.append(message_update(chat, "轮询模式下的消息"))
    assert wait_until(lambda: bot_api.texts(chat)) == ["收到：轮询模式下的消息"]
    bridge.stop()
    assert bridge.proc.returncode == 0


def test_webhook_mode_requires_a_secret_token(fake_rasa, fake_backend, bot_api, start_bridge):
    bridge = start_bridge("channels.telegram", bridge_env(
        fake_rasa, fake_backend, bot_api, TELEGRAM_WEBHOOK_URL="https://bot.example.org/telegram"))
    assert bridge.proc.wait(20) != 0
    assert "TELEGRAM_SECRET_TOKEN" in bridge.output()


# -- agent replies to a conversation handed to a human (real backend + console API) --

def test_agent_replies_are_sent_once_across_a_restart(fake_rasa, bot_api, handoff_backend, start_bridge, tmp_path):
    chat, blocked, flooded = 3001, 3002, 3003
    env = bridge_env(fake_rasa, handoff_backend, bot_api, HANDOFF_POLL_S="0.2", HANDOFF_CURSOR_DIR=str(tmp_path))
    bridge = start_bridge("channels.telegram", env)  # polling mode
    handoff = handoff_backend.hand_over(f"telegram:{chat}", "telegram")
    first = handoff_backend.reply(handoff, "您好，我是12315工作人员小王，接下来由我为您服务。")
    assert wait_until(lambda: bot_api.texts(chat)) == [first["text"]]
    # Blocked by the consumer: skipped for good. Flood control: sent at a later poll, once.
    bot_api.blocked.add(blocked)
    bot_api.flood_once.add(flooded)
    handoff_backend.reply(handoff_backend.hand_over(f"telegram:{blocked}", "telegram"), "您还在吗？")
    flood_reply = handoff_backend.reply(handoff_backend.hand_over(f"telegram:{flooded}", "telegram"), "请稍候。")
    handoff_backend.reply(handoff_backend.hand_over("wechat:o_zed", "wechat"), "微信的回复")  # not Telegram's
    second = handoff_backend.reply(handoff, "请把发票拍照发给我。")
    assert wait_until(lambda: bot_api.texts(flooded)) == [flood_reply["text"]]
    wait_until(lambda: len(bot_api.texts(chat)) == 2)
    bridge.stop()
    assert bridge.proc.returncode == 0

    third = handoff_backend.reply(handoff, "已为您登记，请留意短信。")  # while the bridge is down
    assert (tmp_path / "handoff-replies-telegram.cursor").read_text().strip() == str(second["id"])
    bridge = start_bridge("channels.telegram", env)
    wait_until(lambda: len(bot_api.texts(chat)) == 3)
    time.sleep(1.0)  # several more polls
    assert bot_api.texts(chat) == [first["text"], second["text"], third["text"]]
    assert bot_api.texts(flooded) == [flood_reply["text"]] and (flooded, 429) in bot_api.refused
    assert bot_api.refused.count((blocked, 403)) == 1 and bot_api.texts(blocked) == []
    with bot_api.lock:
        assert not any(p.get("text") == "微信的回复" for _, p in bot_api.calls)
    bridge.stop()
