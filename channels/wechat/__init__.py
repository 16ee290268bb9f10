"""WeChat Official Account (公众号) bridge: WeChat's callback <-> Rasa's REST channel.

WeChat's rules that shape this module:
- every callback carries `signature` = SHA1(sort(token, timestamp, nonce)); in
  compatible and safe mode the body is AES-encrypted with the EncodingAESKey and
  signed again (`msg_signature`). wechatpy does all of it; we only refuse what
  does not verify, what is too old (replay), and XML with a DTD (entity attacks).
- WeChat waits 5 seconds for the answer and retries up to 3 times. Each message is
  handed to Rasa once (deduplicated by MsgId; events by FromUserName + CreateTime).
  If Rasa answers in time the reply is passive (in the HTTP response); otherwise
  the callback answers "success" and the reply goes out through the
  customer-service message API, which only works within 48 hours of the
  consumer's last message (error 45015 otherwise).
- WeChat has no buttons: Rasa's buttons become numbered options ("回复1 …") and a
  number typed back is sent to Rasa as that button's payload.
"""
from __future__ import annotations

import hashlib
import hmac
import logging
import re
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

import requests
from flask import Flask, Response, request
from wechatpy import parse_message
from wechatpy.client import WeChatClient
from wechatpy.crypto import WeChatCrypto
from wechatpy.exceptions import InvalidAppIdException, InvalidSignatureException, WeChatClientException
from wechatpy.replies import TextReply
from urllib.parse import urlsplit

from channels.common import (
    ASSISTANT_UNAVAILABLE, EVIDENCE_FAILED, EVIDENCE_SAVED, EVIDENCE_TOO_LARGE, WELCOME_FALLBACK,
    AssistantUnavailable, ChannelSettings, EvidenceRejected, HandoffRelay, RetryLater, Undeliverable,
    ask_rasa, env, reply_buttons, reply_texts, upload_evidence,
)

log = logging.getLogger("channels.wechat")

CHANNEL = "wechat"
UNSUPPORTED_MESSAGE = "目前可以接收文字、语音和图片消息。请用文字描述您的问题，凭证请以图片形式发送。"
VOICE_UNRECOGNISED = "抱歉，没能识别这条语音，请改用文字描述，谢谢。"
# WeChat refuses text messages longer than 2048 bytes; stay a little below.
TEXT_LIMIT_BYTES = 2000
# 45015: the consumer has not written for 48 hours (or unsubscribed).
ERR_OUT_OF_WINDOW = 45015
# -1: "system busy, try again later"; 45009/45011: API call quota or frequency exceeded.
ERR_TRY_AGAIN = {-1, 45009, 45011}
FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


@dataclass
class WeChatSettings:
    token: str = field(default_factory=lambda: env("WECHAT_TOKEN"))
    appid: str = field(default_factory=lambda: env("WECHAT_APPID"))
    secret: str = field(default_factory=lambda: env("WECHAT_SECRET"))
    aes_key: str = field(default_factory=lambda: env("WECHAT_AES_KEY"))
    api_base: str = field(default_factory=lambda: env("WECHAT_API_BASE", "https://api.weixin.qq.com/cgi-bin/"))
    # Seconds we wait for Rasa before answering "success" and replying later
    # (WeChat gives up after 5 s; keep a margin for the network).
    reply_deadline: float = field(default_factory=lambda: float(env("WECHAT_REPLY_DEADLINE", "4.0")))
    # Callbacks whose timestamp is further than this from our clock are refused.
    max_clock_skew: int = field(default_factory=lambda: int(env("WECHAT_MAX_CLOCK_SKEW", "300")))
    # Hosts the PicUrl fallback may fetch images from (WeChat's media servers), and the
    # largest image it downloads (EVIDENCE_MAX_BYTES).
    media_hosts: tuple[str, ...] = field(default_factory=lambda: tuple(
        h.strip().lower() for h in env("WECHAT_MEDIA_HOSTS", "mmbiz.qpic.cn,mmbiz.qlogo.cn").split(",") if h.strip()))


class ImageTooLarge(Exception):
    """The image is over EVIDENCE_MAX_BYTES (the download stopped there)."""


class WeChatAPI(WeChatClient):
    """wechatpy's client with a configurable API address (tests use a fake server)."""

    def __init__(self, appid: str, secret: str, api_base: str, **kwargs):
        super().__init__(appid, secret, **kwargs)
        self.API_BASE_URL = api_base if api_base.endswith("/") else api_base + "/"

    def fetch_access_token(self):
        return self._fetch_access_token(
            url=self.API_BASE_URL + "token",
            params={"grant_type": "client_credential", "appid": self.appid, "secret": self.secret},
        )


class TTLStore:
    """A dict whose entries vanish after `ttl` seconds (dedup keys, numbered options)."""

    def __init__(self, ttl: float):
        self.ttl = ttl
        self._items: dict[str, tuple[float, object]] = {}
        self.lock = threading.Lock()

    def get(self, key: str):
        item = self._items.get(key)
        if item is None or item[0] < time.monotonic():
            return None
        return item[1]

    def set(self, key: str, value) -> None:
        now = time.monotonic()
        if len(self._items) > 1000:
            self._items = {k: v for k, v in self._items.items() if v[0] >= now}
        self._items[key] = (now + self.ttl, value)

    def pop(self, key: str):
        item = self._items.pop(key, None)
        return item[1] if item else None


class Pending:
    """One incoming message: its reply, and whether it goes out passively or by API."""

    def __init__(self):
        self.done = threading.Event()
        self.chunks: list[str] = []
        self.mode = "waiting"  # -> "passive" (HTTP response) or "async" (customer-service API)


def split_text(text: str, limit: int = TEXT_LIMIT_BYTES) -> list[str]:
    """Split at paragraph, then line, then character boundaries so each part fits."""
    chunks: list[str] = []
    current = ""
    for piece in re.split(r"(?<=\n)", text):
        while len(piece.encode()) > limit:
            cut = len(piece)
            while len(piece[:cut].encode()) > limit:
                cut = cut * 3 // 4
            if current:
                chunks.append(current.rstrip())
                current = ""
            chunks.append(piece[:cut])
            piece = piece[cut:]
        if len((current + piece).encode()) > limit:
            chunks.append(current.rstrip())
            current = ""
        current += piece
    if current.strip():
        chunks.append(current.rstrip())
    return [c for c in chunks if c.strip()]


def render_replies(replies: list[dict]) -> tuple[str, dict[str, str]]:
    """Rasa's messages as one WeChat text, buttons as "回复1 …" lines; returns the options too."""
    text = "\n\n".join(reply_texts(replies))
    options: dict[str, str] = {}
    lines = []
    for number, button in enumerate(reply_buttons(replies), start=1):
        options[str(number)] = button["payload"]
        lines.append(f"回复{number} {button['title']}")
    if lines:
        text = (text + "\n\n" if text else "") + "\n".join(lines)
    return text, options


def sha1_signature(*parts: str) -> str:
    """WeChat's signature: SHA1 of the sorted parts concatenated."""
    return hashlib.sha1("".join(sorted(parts)).encode("utf-8")).hexdigest()


def signature_ok(expected: str, given: str) -> bool:
    return hmac.compare_digest(expected.encode(), (given or "").strip().lower().encode())


_ENCRYPT = re.compile(rb"<Encrypt>\s*(?:<!\[CDATA\[)?([A-Za-z0-9+/=]+)(?:\]\]>)?\s*</Encrypt>")


def has_dtd(xml: bytes | str) -> bool:
    """WeChat never sends a DTD; any DOCTYPE/ENTITY is an entity-expansion or XXE attempt."""
    head = xml if isinstance(xml, str) else xml.decode("utf-8", "replace")
    return "<!DOCTYPE" in head.upper() or "<!ENTITY" in head.upper()


class WeChatBridge:
    def __init__(self, settings: WeChatSettings | None = None, channel: ChannelSettings | None = None):
        self.settings = settings or WeChatSettings()
        self.channel = channel or ChannelSettings()
        s = self.settings
        self.crypto = WeChatCrypto(s.token, s.aes_key, s.appid) if s.aes_key else None
        self.api = WeChatAPI(s.appid, s.secret, s.api_base, timeout=10)
        self.pool = ThreadPoolExecutor(max_workers=8, thread_name_prefix="wechat-reply")
        self.http = requests.Session()
        # WeChat retries within ~15 s; two minutes covers that with room to spare.
        self.pending = TTLStore(ttl=120)
        self.options = TTLStore(ttl=3600)
        # Plaintext mode signs the URL, not the body: a captured signed URL would carry any
        # body for as long as its timestamp is fresh. Each signed URL is bound to the first
        # body it came with; the same body again is WeChat retrying, another one a replay.
        self.signed_urls = TTLStore(ttl=2 * self.settings.max_clock_skew + 60)
        # Replies the API refused (e.g. 48-hour window closed): kept for the log and tests.
        self.undelivered: list[tuple[str, str, int | None]] = []

    # -- callback side -------------------------------------------------------

    def verify_request(self, args) -> None:
        """Raise InvalidSignatureException unless the plain signature and timestamp are right
        (compared in constant time)."""
        signature, timestamp, nonce = args.get("signature", ""), args.get("timestamp", ""), args.get("nonce", "")
        if not signature_ok(sha1_signature(self.settings.token, timestamp, nonce), signature):
            raise InvalidSignatureException()
        try:
            skew = abs(time.time() - int(timestamp))
        except ValueError:
            raise InvalidSignatureException() from None
        if skew > self.settings.max_clock_skew:
            raise InvalidSignatureException()

    def first_body_for(self, args, body: bytes) -> bool:
        """False when this signed URL already came with another body (a replay)."""
        key = "\n".join((args.get("signature", ""), args.get("timestamp", ""), args.get("nonce", "")))
        digest = hashlib.sha256(body).hexdigest()
        with self.signed_urls.lock:
            seen = self.signed_urls.get(key)
            if seen is None:
                self.signed_urls.set(key, digest)
                return True
        return hmac.compare_digest(seen, digest)

    def verify_encrypted(self, args, body: bytes) -> None:
        """msg_signature = SHA1(sorted token, timestamp, nonce, Encrypt), checked in constant
        time before wechatpy decrypts (wechatpy compares with !=)."""
        match = _ENCRYPT.search(body)
        given = args.get("msg_signature", "")
        if match is None or not signature_ok(
                sha1_signature(self.settings.token, args.get("timestamp", ""), args.get("nonce", ""),
                               match.group(1).decode("ascii")), given):
            raise InvalidSignatureException()

    def dedup_key(self, msg) -> str:
        if msg.type == "event" or not msg.id:
            return f"{msg.source}:{msg.time}:{getattr(msg, 'event', msg.type)}"
        return f"msg:{msg.id}"

    def handle(self, msg) -> str | None:
        """The passive reply text for this message, or None to answer "success"."""
        key = self.dedup_key(msg)
        with self.pending.lock:
            entry = self.pending.get(key)
            duplicate = entry is not None
            if not duplicate:
                entry = Pending()
                self.pending.set(key, entry)
        if not duplicate:
            self.pool.submit(self._work, msg, entry)
        else:
            log.info("WeChat retry of %s: not sent to the assistant again", key)
            if entry.mode == "async":  # the reply is already on its way through the API
                return None
        entry.done.wait(self.settings.reply_deadline)
        with self.pending.lock:
            if entry.done.is_set() and entry.mode in ("waiting", "passive"):
                first_time = entry.mode == "waiting"
                entry.mode = "passive"
                if not entry.chunks:
                    return None
                if first_time and len(entry.chunks) > 1:
                    self.pool.submit(self._send_chunks, msg.source, entry.chunks[1:])
                return entry.chunks[0]
            if entry.mode == "waiting":
                entry.mode = "async"
            return None

    def _work(self, msg, entry: Pending) -> None:
        try:
            text = self.respond(msg)
        except Exception:  # a reply must always come back, whatever broke
            log.exception("WeChat message %s failed", self.dedup_key(msg))
            text = ASSISTANT_UNAVAILABLE
        with self.pending.lock:
            entry.chunks = split_text(text) if text else []
            entry.done.set()
            late = entry.mode == "async"
        if late and entry.chunks:
            self._send_chunks(msg.source, entry.chunks)

    # -- what to say ---------------------------------------------------------

    def respond(self, msg) -> str | None:
        sender = f"{CHANNEL}:{msg.source}"
        if msg.type == "event":
            if msg.event in ("subscribe", "subscribe_scan"):
                return self.converse(sender, msg.source, self.channel.welcome_payload) or WELCOME_FALLBACK
            return None
        if msg.type == "text":
            return self.converse(sender, msg.source, self.chosen_option(msg.source, msg.content))
        if msg.type == "voice":
            recognition = (msg.recognition or "").strip()
            if not recognition:
                return VOICE_UNRECOGNISED
            return self.converse(sender, msg.source, recognition)
        if msg.type == "image":
            return self.attach_image(sender, msg)
        return UNSUPPORTED_MESSAGE

    def chosen_option(self, openid: str, content: str) -> str:
        """A number answering the last numbered options becomes that button's payload."""
        number = (content or "").strip().translate(FULLWIDTH_DIGITS)
        options = self.options.get(openid)
        if options and number in options:
            return options[number]
        return content

    def converse(self, sender: str, openid: str, message: str) -> str:
        try:
            replies = ask_rasa(self.channel, sender, message, CHANNEL, session=self.http)
        except AssistantUnavailable as exc:
            log.warning("Rasa unavailable for %s: %s", sender, exc)
            return ASSISTANT_UNAVAILABLE
        text, options = render_replies(replies)
        if options:
            self.options.set(openid, options)
        else:
            self.options.pop(openid)
        return text

    def attach_image(self, sender: str, msg) -> str:
        try:
            content, content_type = self.download_image(msg)
        except ImageTooLarge:
            return EVIDENCE_TOO_LARGE.format(limit=self.channel.evidence_max_bytes // (1024 * 1024))
        except (WeChatClientException, requests.RequestException) as exc:
            log.warning("could not fetch WeChat image %s: %s", msg.media_id, exc)
            return EVIDENCE_FAILED
        if len(content) > self.channel.evidence_max_bytes:
            return EVIDENCE_TOO_LARGE.format(limit=self.channel.evidence_max_bytes // (1024 * 1024))
        extension = {"image/png": "png", "image/gif": "gif"}.get(content_type, "jpg")
        try:
            upload_evidence(self.channel, sender, f"wechat-{msg.id}.{extension}", content, content_type)
        except EvidenceRejected as exc:
            log.warning("backend refused evidence from %s: %s", sender, exc)
            return EVIDENCE_FAILED
        return self.converse(sender, msg.source, self.channel.evidence_payload) or EVIDENCE_SAVED

    def download_image(self, msg) -> tuple[bytes, str]:
        """The image through the media API (PicUrl as fallback: it needs no token)."""
        if msg.media_id:
            res = self.api.media.download(msg.media_id)
            if isinstance(res, requests.Response):
                res.raise_for_status()
                return res.content, res.headers.get("Content-Type", "image/jpeg").split(";")[0]
        return self.fetch_pic_url(msg.image)

    def fetch_pic_url(self, url: str | None) -> tuple[bytes, str]:
        """PicUrl comes in the (plaintext-mode: unsigned) body: only https on WeChat's media
        hosts, no redirects, streamed and cut off past EVIDENCE_MAX_BYTES (too large: the
        consumer is told the limit)."""
        parts = urlsplit(url or "")
        host = (parts.hostname or "").lower()
        if parts.scheme not in ("https", "http") or not any(host == h or host.endswith("." + h)
                                                            for h in self.settings.media_hosts):
            raise requests.RequestException(f"PicUrl host {host!r} is not a WeChat media host (WECHAT_MEDIA_HOSTS)")
        limit = self.channel.evidence_max_bytes
        with requests.get(url, timeout=15, stream=True, allow_redirects=False) as res:
            res.raise_for_status()
            if int(res.headers.get("Content-Length") or 0) > limit:
                raise ImageTooLarge(res.headers["Content-Length"])
            content = bytearray()
            for chunk in res.iter_content(64 * 1024):
                content += chunk
                if len(content) > limit:
                    raise ImageTooLarge(f"over {limit} bytes")
            return bytes(content), res.headers.get("Content-Type", "image/jpeg").split(";")[0]

    # -- agent replies (conversation handed to a human) -----------------------

    def handoff_relay(self) -> HandoffRelay:
        return HandoffRelay(self.channel, CHANNEL, self.deliver_agent_reply)

    def deliver_agent_reply(self, openid: str, text: str) -> None:
        """One agent reply through the customer-service API (HandoffRelay's deliver)."""
        for chunk in split_text(text):
            try:
                self.api.message.send_text(openid, chunk)
            except WeChatClientException as exc:
                if exc.errcode in ERR_TRY_AGAIN:
                    raise RetryLater(f"WeChat {exc.errcode} {exc.errmsg}") from exc
                raise Undeliverable(f"WeChat {exc.errcode} {exc.errmsg}") from exc  # 45015: window closed
            except requests.RequestException as exc:
                raise RetryLater(str(exc)) from exc

    # -- status notifications (issue 20) -------------------------------------

    def notification_relay(self):
        from channels.notifications import NotificationRelay

        return NotificationRelay(self.channel, CHANNEL, self.deliver_notification)

    def deliver_notification(self, item: dict) -> str:
        """A status message: customer-service message inside WeChat's 48-hour window; outside
        it (45015) the template message WECHAT_NOTIFY_TEMPLATE_ID if configured, else
        Undeliverable (the ticket shows it; the officer phones)."""
        openid, text = str(item.get("recipient") or ""), str(item["text"])
        try:
            for chunk in split_text(text):
                self.api.message.send_text(openid, chunk)
            return "customer_service"
        except WeChatClientException as exc:
            if exc.errcode in ERR_TRY_AGAIN:
                raise RetryLater(f"WeChat {exc.errcode} {exc.errmsg}") from exc
            if exc.errcode != ERR_OUT_OF_WINDOW:
                raise Undeliverable(f"WeChat {exc.errcode} {exc.errmsg}") from exc
        except requests.RequestException as exc:
            raise RetryLater(str(exc)) from exc
        template = env("WECHAT_NOTIFY_TEMPLATE_ID")
        if not template:
            raise Undeliverable("48小时客服消息窗口已关闭，且未配置模板消息（WECHAT_NOTIFY_TEMPLATE_ID）")
        try:
            self.api.message.send_template(openid, template, item.get("template") or {"remark": {"value": text}})
            return "template"
        except WeChatClientException as exc:
            if exc.errcode in ERR_TRY_AGAIN:
                raise RetryLater(f"WeChat {exc.errcode} {exc.errmsg}") from exc
            raise Undeliverable(f"WeChat template {exc.errcode} {exc.errmsg}") from exc
        except requests.RequestException as exc:
            raise RetryLater(str(exc)) from exc

    # -- customer-service API ------------------------------------------------

    def _send_chunks(self, openid: str, chunks: list[str]) -> None:
        for chunk in chunks:
            try:
                self.api.message.send_text(openid, chunk)
            except WeChatClientException as exc:
                self.undelivered.append((openid, chunk, exc.errcode))
                if exc.errcode == ERR_OUT_OF_WINDOW:
                    log.warning("reply to %s not delivered: 48-hour window closed (45015)", openid)
                else:
                    log.error("reply to %s not delivered: %s %s", openid, exc.errcode, exc.errmsg)
                return
            except requests.RequestException as exc:
                self.undelivered.append((openid, chunk, None))
                log.error("reply to %s not delivered: %s", openid, exc)
                return


def create_app(bridge: WeChatBridge | None = None) -> Flask:
    bridge = bridge or WeChatBridge()
    app = Flask(__name__)
    # Callbacks are small XML documents; anything big is not from WeChat.
    app.config["MAX_CONTENT_LENGTH"] = 64 * 1024
    app.extensions["wechat_bridge"] = bridge

    def refuse(status: int, why: str) -> Response:
        log.warning("WeChat callback refused (%s): %s", status, why)
        return Response(why, status=status, mimetype="text/plain")

    @app.get("/wechat")
    def handshake():
        try:
            bridge.verify_request(request.args)
        except InvalidSignatureException:
            return refuse(403, "invalid signature")
        return Response(request.args.get("echostr", ""), mimetype="text/plain")

    @app.post("/wechat")
    def callback():
        try:
            bridge.verify_request(request.args)
        except InvalidSignatureException:
            return refuse(403, "invalid signature")
        body = request.get_data()
        if has_dtd(body):
            return refuse(400, "DTD not allowed")
        encrypted = request.args.get("encrypt_type", "raw") == "aes"
        if bridge.crypto and not encrypted:
            return refuse(403, "plaintext message refused in encrypted mode")
        if encrypted and not bridge.crypto:
            return refuse(400, "encrypted message but WECHAT_AES_KEY is not configured")
        if not encrypted and not bridge.first_body_for(request.args, body):
            return refuse(403, "signed URL replayed with another body")
        try:
            if encrypted:
                bridge.verify_encrypted(request.args, body)
                body = bridge.crypto.decrypt_message(
                    body, request.args.get("msg_signature", ""),
                    request.args.get("timestamp", ""), request.args.get("nonce", ""))
                if has_dtd(body):
                    return refuse(400, "DTD not allowed")
            msg = parse_message(body)
        except (InvalidSignatureException, InvalidAppIdException):
            return refuse(403, "invalid message signature")
        except Exception as exc:  # expat, base64, padding, missing fields: all malformed input
            return refuse(400, f"malformed message: {type(exc).__name__}")
        if msg is None or not msg.source:
            return refuse(400, "malformed message")
        text = bridge.handle(msg)
        if not text:
            return Response("success", mimetype="text/plain")
        reply = TextReply(content=text, message=msg).render()
        if encrypted:
            reply = bridge.crypto.encrypt_message(reply, request.args.get("nonce", ""))
        return Response(reply, mimetype="application/xml")

    @app.get("/healthz")
    def healthz():
        return {"status": "ok"}

    return app
