"""What the WeChat and Telegram bridges share: settings, Rasa's REST channel,
evidence upload to the backend, and the fixed texts of the bridges.

Settings are read from the environment with the defaults of .env.example, so a
bridge started by `make run` and one started by a test behave the same.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

import httpx
import requests

log = logging.getLogger(__name__)

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


@dataclass
class ChannelSettings:
    rasa_url: str = field(default_factory=lambda: env("RASA_URL", "http://127.0.0.1:5005").rstrip("/"))
    backend_url: str = field(default_factory=lambda: env("BACKEND_URL", "http://127.0.0.1:8000").rstrip("/"))
    service_token: str = field(default_factory=lambda: env("BACKEND_SERVICE_TOKEN", "change-me-service-token"))
    rasa_timeout: float = field(default_factory=lambda: float(env("CHANNEL_RASA_TIMEOUT", "30")))
    welcome_payload: str = field(default_factory=lambda: env("CHANNEL_WELCOME_PAYLOAD", WELCOME_PAYLOAD_DEFAULT))
    status_payload: str = field(default_factory=lambda: env("CHANNEL_STATUS_PAYLOAD", STATUS_PAYLOAD_DEFAULT))
    evidence_payload: str = field(default_factory=lambda: env("CHANNEL_EVIDENCE_PAYLOAD", EVIDENCE_PAYLOAD_DEFAULT))
    evidence_max_bytes: int = field(default_factory=lambda: int(env("EVIDENCE_MAX_BYTES", str(10 * 1024 * 1024))))

    @property
    def rest_webhook(self) -> str:
        return f"{self.rasa_url}/webhooks/rest/webhook"

    @property
    def evidence_url(self) -> str:
        return f"{self.backend_url}/api/v1/evidence"


class AssistantUnavailable(Exception):
    """Rasa could not be reached or answered with an error."""


def rasa_body(sender: str, message: str, channel: str) -> dict:
    return {"sender": sender, "message": message, "metadata": {"channel": channel}}


def ask_rasa(settings: ChannelSettings, sender: str, message: str, channel: str,
             session: requests.Session | None = None) -> list[dict]:
    """Send one consumer message to Rasa's REST channel; returns the bot's messages."""
    try:
        r = (session or requests).post(settings.rest_webhook, json=rasa_body(sender, message, channel),
                                       timeout=settings.rasa_timeout)
        r.raise_for_status()
        replies = r.json()
    except (requests.RequestException, ValueError) as exc:
        raise AssistantUnavailable(str(exc)) from exc
    return replies if isinstance(replies, list) else []


async def ask_rasa_async(settings: ChannelSettings, client: httpx.AsyncClient, sender: str,
                         message: str, channel: str) -> list[dict]:
    try:
        r = await client.post(settings.rest_webhook, json=rasa_body(sender, message, channel),
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
    """A shared contact's number as a consumer would type it (mainland numbers lose +86)."""
    digits = "".join(ch for ch in raw if ch.isdigit())
    if len(digits) == 13 and digits.startswith("861"):
        return digits[2:]
    return "+" + digits if raw.strip().startswith("+") else digits
