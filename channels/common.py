"""What the WeChat and Telegram bridges share: settings, Rasa's bridge channel (signed),
evidence upload to the backend, and the fixed texts of the bridges.

Settings are read from the environment with the defaults of .env.example, so a
bridge started by `make run` and one started by a test behave the same.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import secrets
import tempfile
import time
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import httpx
import requests

from complaint.extract.phone import find_phone

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent.parent

# Messages the bridges send to Rasa on the consumer's behalf. They are Rasa
# payloads ("/intent{...}") so that the dialogue does not depend on NLU here.
WELCOME_PAYLOAD_DEFAULT = "/greet"
STATUS_PAYLOAD_DEFAULT = "/check_status"
EVIDENCE_PAYLOAD_DEFAULT = "/inform_evidence"

# Said by a bridge itself when Rasa cannot be reached or says nothing.
WELCOME_FALLBACK = (
    "您好，这里是12315消费维权智能助手。您可以直接描述遇到的消费问题，"
    "我会帮您整理投诉、解答消费者权益方面的法律问题，或查询投诉处理进度。"
)
ASSISTANT_UNAVAILABLE = "抱歉，系统暂时繁忙，请稍后再试。如情况紧急，请拨打12315热线。"
EVIDENCE_SAVED = "已收到您上传的凭证，并已附在本次投诉中。"
EVIDENCE_FAILED = "抱歉，凭证暂时没能保存，请稍后再发送一次。"
EVIDENCE_TOO_LARGE = "抱歉，文件太大了，请发送不超过{limit}MB的图片或文件。"


def env(name: str, default: str = "") -> str:
    value = os.environ.get(name, "")
    return value if value != "" else default


# Shipped in .env.example: fine on loopback, refused when a bridge listens anywhere else.
DEFAULT_SECRETS = {"RASA_BRIDGE_SECRET": "change-me-bridge-secret",
                   "BACKEND_SERVICE_TOKEN": "change-me-service-token"}


def start_service(host: str) -> None:
    """What every bridge does first: mask phone numbers in its log lines, and refuse to
    listen beyond loopback with a default secret."""
    from complaint.privacy import install_log_masking

    install_log_masking()
    weak = [name for name, default in DEFAULT_SECRETS.items() if env(name, default) == default]
    loopback = host in ("localhost", "::1") or host.startswith("127.")
    if weak and not loopback:
        raise SystemExit(f"refusing to listen on {host} with default secrets: {', '.join(weak)} "
                         "(set them in .env; `make run` generates random ones)")
    for name in weak:
        log.warning("%s has its default value: fine on loopback, never in production", name)


@dataclass
class ChannelSettings:
    rasa_url: str = field(default_factory=lambda: env("RASA_URL", "http://127.0.0.1:5005").rstrip("/"))
    backend_url: str = field(default_factory=lambda: env("BACKEND_URL", "http://127.0.0.1:8000").rstrip("/"))
    service_token: str = field(default_factory=lambda: env("BACKEND_SERVICE_TOKEN", "change-me-service-token"))
    # Signs every message to Rasa's bridge channel (bot/channels/bridge.py): only the
    # bridges can speak as "wechat:…" / "telegram:…".
    bridge_secret: str = field(default_factory=lambda: env("RASA_BRIDGE_SECRET", "change-me-bridge-secret"))
    rasa_timeout: float = field(default_factory=lambda: float(env("CHANNEL_RASA_TIMEOUT", "30")))
    welcome_payload: str = field(default_factory=lambda: env("CHANNEL_WELCOME_PAYLOAD", WELCOME_PAYLOAD_DEFAULT))
    status_payload: str = field(default_factory=lambda: env("CHANNEL_STATUS_PAYLOAD", STATUS_PAYLOAD_DEFAULT))
    evidence_payload: str = field(default_factory=lambda: env("CHANNEL_EVIDENCE_PAYLOAD", EVIDENCE_PAYLOAD_DEFAULT))
    evidence_max_bytes: int = field(default_factory=lambda: int(env("EVIDENCE_MAX_BYTES", str(10 * 1024 * 1024))))
    # Agent replies to conversations handed to a human: polled this often (0 = off),
    # the last relayed id kept in a file under this folder (relative to the repo root).
    handoff_poll_s: float = field(default_factory=lambda: float(env("HANDOFF_POLL_S", "3")))
    handoff_cursor_dir: str = field(default_factory=lambda: env("HANDOFF_CURSOR_DIR", "var"))

    @property
    def rest_webhook(self) -> str:
        """The bridges' own channel (signed requests), not the public REST channel."""
        return f"{self.rasa_url}/webhooks/bridge/webhook"

    @property
    def evidence_url(self) -> str:
        return f"{self.backend_url}/api/v1/evidence"

    @property
    def handoff_replies_url(self) -> str:
        return f"{self.backend_url}/api/v1/handoffs/replies"

    def handoff_cursor_path(self, channel: str) -> Path:
        directory = Path(self.handoff_cursor_dir)
        return (directory if directory.is_absolute() else ROOT / directory) / f"handoff-replies-{channel}.cursor"


class AssistantUnavailable(Exception):
    """Rasa could not be reached or answered with an error."""


def rasa_body(sender: str, message: str, channel: str) -> dict:
    return {"sender": sender, "message": message, "metadata": {"channel": channel}}


def signed_request(settings: ChannelSettings, sender: str, message: str, channel: str) -> dict:
    """Body and headers of one message to the bridge channel: HMAC-SHA256 over timestamp,
    a fresh nonce and the exact body bytes (bot/channels/bridge.py checks them)."""
    body = json.dumps(rasa_body(sender, message, channel), ensure_ascii=False).encode("utf-8")
    timestamp, nonce = str(int(time.time())), secrets.token_hex(16)
    signature = hmac.new(settings.bridge_secret.encode(), f"{timestamp}\n{nonce}\n".encode() + body,
                         hashlib.sha256).hexdigest()
    return dict(content=body, headers={
        "Content-Type": "application/json", "X-Bridge-Timestamp": timestamp,
        "X-Bridge-Nonce": nonce, "X-Bridge-Signature": signature})


def ask_rasa(settings: ChannelSettings, sender: str, message: str, channel: str,
             session: requests.Session | None = None) -> list[dict]:
    """Send one consumer message to Rasa's bridge channel; returns the bot's messages."""
    request = signed_request(settings, sender, message, channel)
    try:
        r = (session or requests).post(settings.rest_webhook, data=request["content"], headers=request["headers"],
                                       timeout=settings.rasa_timeout)
        r.raise_for_status()
        replies = r.json()
    except (requests.RequestException, ValueError) as exc:
        raise AssistantUnavailable(str(exc)) from exc
    return replies if isinstance(replies, list) else []


async def ask_rasa_async(settings: ChannelSettings, client: httpx.AsyncClient, sender: str,
                         message: str, channel: str) -> list[dict]:
    try:
        r = await client.post(settings.rest_webhook, **signed_request(settings, sender, message, channel),
                              timeout=settings.rasa_timeout)
        r.raise_for_status()
        replies = r.json()
    except (httpx.HTTPError, ValueError) as exc:
        raise AssistantUnavailable(str(exc)) from exc
    return replies if isinstance(replies, list) else []


class EvidenceRejected(Exception):
    """The backend did not store the file (message says why, for the log)."""


def _evidence_request(settings: ChannelSettings, conversation_id: str, filename: str,
                      content: bytes, content_type: str) -> dict:
    return dict(
        url=settings.evidence_url,
        headers={"Authorization": f"Bearer {settings.service_token}"},
        data={"conversation_id": conversation_id},
        files={"file": (filename, content, content_type)},
        timeout=60,
    )


def upload_evidence(settings: ChannelSettings, conversation_id: str, filename: str,
                    content: bytes, content_type: str) -> dict:
    """POST the file to the backend's evidence API; returns its JSON answer."""
    try:
        r = requests.post(**_evidence_request(settings, conversation_id, filename, content, content_type))
    except requests.RequestException as exc:
        raise EvidenceRejected(str(exc)) from exc
    if r.status_code >= 300:
        raise EvidenceRejected(f"HTTP {r.status_code}: {r.text[:200]}")
    try:
        return r.json()
    except ValueError:
        return {}


async def upload_evidence_async(settings: ChannelSettings, client: httpx.AsyncClient,
                                conversation_id: str, filename: str, content: bytes,
                                content_type: str) -> dict:
    try:
        r = await client.post(**_evidence_request(settings, conversation_id, filename, content, content_type))
    except httpx.HTTPError as exc:
        raise EvidenceRejected(str(exc)) from exc
    if r.status_code >= 300:
        raise EvidenceRejected(f"HTTP {r.status_code}: {r.text[:200]}")
    try:
        return r.json()
    except ValueError:
        return {}


def reply_texts(replies: list[dict]) -> list[str]:
    """The text parts of Rasa's replies (images become their link)."""
    texts = []
    for reply in replies:
        if reply.get("text"):
            texts.append(str(reply["text"]))
        if reply.get("image"):
            texts.append(str(reply["image"]))
    return texts


def reply_buttons(replies: list[dict]) -> list[dict]:
    """All buttons of Rasa's replies, in order: [{"title", "payload"}]."""
    return [
        {"title": str(b.get("title", "")), "payload": str(b.get("payload", b.get("title", "")))}
        for reply in replies for b in (reply.get("buttons") or [])
        if b.get("title") or b.get("payload")
    ]


def normalise_phone(raw: str) -> str:
    """A shared contact's number as a consumer would type it: a mainland number in the
    dialogue's own form (complaint.extract.phone), any other as its digits."""
    mainland = find_phone(raw)
    if mainland:
        return mainland
    digits = "".join(ch for ch in raw if ch.isdigit())
    return "+" + digits if raw.strip().startswith("+") else digits


# --- agent replies to handed-off conversations ---------------------------------------------
#
# An agent answers in the console; Rasa records the reply, but WeChat and Telegram talk
# to Rasa over REST, which cannot push. So each bridge polls the backend for the replies
# of its channel and delivers them itself, remembering the last id in a file: a restart
# neither repeats nor skips a reply. Run one bridge process per channel.

class RetryLater(Exception):
    """The platform could not take the reply now (network, busy): tried again next poll."""


class Undeliverable(Exception):
    """The platform refused the reply for good (e.g. the consumer blocked the bot): skipped."""


class HandoffCursor:
    """The id of the last agent reply relayed, in a small file written atomically."""

    def __init__(self, path: Path):
        self.path = path

    def load(self) -> int:
        try:
            return int(self.path.read_text().strip() or 0)
        except FileNotFoundError:
            return 0
        except ValueError:
            log.error("handoff cursor %s is not a number; starting from 0", self.path)
            return 0

    def save(self, reply_id: int) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=f".{self.path.name}.")
        with os.fdopen(fd, "w") as out:
            out.write(f"{reply_id}\n")
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, self.path)


class HandoffRelay:
    """Polls GET /api/v1/handoffs/replies?channel=…&after=<id> and hands each reply to
    `deliver(recipient, text)` (recipient: the sender id without "<channel>:").
    `deliver` raises RetryLater to keep the reply for the next poll, Undeliverable to
    skip it; the cursor moves past a reply once it is delivered or skipped."""

    BATCH = 100  # the backend answers at most this many per request

    def __init__(self, settings: ChannelSettings, channel: str, deliver: Callable[[str, str], None]):
        self.settings, self.channel, self.deliver = settings, channel, deliver
        self.cursor = HandoffCursor(settings.handoff_cursor_path(channel))
        self.after = self.cursor.load()
        self.http = requests.Session()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._backend_down = False

    def fetch(self) -> list[dict] | None:
        try:
            r = self.http.get(self.settings.handoff_replies_url, timeout=10,
                              params={"channel": self.channel, "after": self.after},
                              headers={"Authorization": f"Bearer {self.settings.service_token}"})
            r.raise_for_status()
            replies = r.json()["replies"]
        except (requests.RequestException, ValueError, KeyError, TypeError) as exc:
            if not self._backend_down:  # once per outage, not every few seconds
                log.warning("handoff replies not available from the backend: %s", exc)
            self._backend_down = True
            return None
        if self._backend_down:
            log.info("handoff replies available again")
        self._backend_down = False
        return replies

    def report(self, reply_id, error: str | None) -> None:
        """Tells the backend what became of a reply, so the console shows 已送达 (or the
        platform's refusal) only when it is so. Best effort: the relay goes on either way."""
        try:
            self.http.post(f"{self.settings.handoff_replies_url}/{int(reply_id)}/delivery", timeout=10,
                           json={"delivered": error is None, "error": error and error[:500]},
                           headers={"Authorization": f"Bearer {self.settings.service_token}"}).raise_for_status()
        except (requests.RequestException, ValueError) as exc:
            log.warning("delivery of agent reply %s not reported to the backend: %s", reply_id, exc)

    def run_once(self) -> int:
        """Relays what is waiting; returns how many replies were delivered."""
        delivered = 0
        while (replies := self.fetch()) is not None:
            for reply in replies:
                if self._stop.is_set():  # shutting down: finish the reply in hand, no more
                    return delivered
                conversation = str(reply.get("conversation_id") or "")
                prefix = f"{self.channel}:"
                try:
                    if not conversation.startswith(prefix):
                        raise Undeliverable(f"conversation {conversation!r} is not a {self.channel} chat")
                    self.deliver(conversation[len(prefix):], str(reply["text"]))
                    delivered += 1
                    log.info("agent reply %s delivered to %s", reply["id"], conversation)
                    self.report(reply["id"], None)
                except Undeliverable as exc:
                    log.warning("agent reply %s to %s not deliverable, skipped: %s", reply["id"], conversation, exc)
                    self.report(reply["id"], str(exc) or type(exc).__name__)
                except Exception as exc:  # RetryLater, or anything unforeseen: keep it for the next poll
                    log.warning("agent reply %s to %s not delivered yet: %s", reply["id"], conversation, exc)
                    return delivered
                self.after = int(reply["id"])
                self.cursor.save(self.after)
            if len(replies) < self.BATCH:
                break
        return delivered

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                self.run_once()
            except Exception:  # the relay must outlive any one bad round
                log.exception("handoff relay round failed")
            self._stop.wait(self.settings.handoff_poll_s)

    def start(self) -> "HandoffRelay":
        if self.settings.handoff_poll_s > 0 and self._thread is None:
            self._thread = threading.Thread(target=self._loop, name=f"handoff-relay-{self.channel}", daemon=True)
            self._thread.start()
            log.info("relaying agent replies for %s every %ss (after reply %s)",
                     self.channel, self.settings.handoff_poll_s, self.after)
        return self

    def stop(self, timeout: float = 5) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
