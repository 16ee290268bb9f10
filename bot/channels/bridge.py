"""The bridges' own door into Rasa: `POST /webhooks/bridge/webhook`, REST-shaped, but
every request must be signed with the secret only the bridges and Rasa hold.

Headers (channels/common.py signs them):
    X-Bridge-Timestamp  unix seconds; more than BRIDGE_MAX_SKEW_S (30) away from our clock is refused
    X-Bridge-Nonce      16-64 characters, each accepted once within the window (no replay)
    X-Bridge-Signature  hex HMAC-SHA256(RASA_BRIDGE_SECRET, "<timestamp>\\n<nonce>\\n" + body)
The sender must be in a bridge's namespace ("wechat:", "telegram:"), so even the
bridges' secret cannot be used to speak as a widget or REST user.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import threading
import time
from typing import Any, Awaitable, Callable, Dict, Optional, Text

from rasa.core.channels.channel import CollectingOutputChannel, InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request

from bot.channels import settings

log = logging.getLogger(__name__)

SIGNATURE_HEADER = "X-Bridge-Signature"
TIMESTAMP_HEADER = "X-Bridge-Timestamp"
NONCE_HEADER = "X-Bridge-Nonce"


def sign(secret: str, timestamp: str, nonce: str, body: bytes) -> str:
    return hmac.new(secret.encode(), f"{timestamp}\n{nonce}\n".encode() + body, hashlib.sha256).hexdigest()


class NonceCache:
    """Nonces seen within the replay window (bounded: the window limits its size)."""

    def __init__(self, ttl: float, max_items: int = 200_000):
        self.ttl, self.max_items = ttl, max_items
        self._seen: dict[str, float] = {}
        self._lock = threading.Lock()

    def first_use(self, nonce: str) -> bool:
        now = time.monotonic()
        with self._lock:
            if len(self._seen) >= self.max_items or len(self._seen) % 1024 == 0:
                self._seen = {n: t for n, t in self._seen.items() if t > now}
            if self._seen.get(nonce, 0) > now:
                return False
            if len(self._seen) >= self.max_items:  # still full of live nonces: refuse rather than forget
                return False
            self._seen[nonce] = now + 2 * self.ttl
            return True


class BridgeInput(InputChannel):
    @classmethod
    def name(cls) -> Text:
        return "bridge"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> "BridgeInput":
        settings.refuse_default_secrets("RASA_BRIDGE_SECRET")
        return cls()

    def __init__(self) -> None:
        self.secret = settings.secret("RASA_BRIDGE_SECRET")
        self.max_skew = float(os.environ.get("BRIDGE_MAX_SKEW_S") or 30)
        self.nonces = NonceCache(self.max_skew)
        self.namespaces = settings.bridge_namespaces()
        self.max_bytes = settings.max_message_bytes()

    def verify(self, request: Request) -> Optional[str]:
        """None when the request is authentic and fresh, else why not (for the log)."""
        timestamp = request.headers.get(TIMESTAMP_HEADER, "")
        nonce = request.headers.get(NONCE_HEADER, "")
        signature = request.headers.get(SIGNATURE_HEADER, "")
        if not (timestamp and nonce and signature):
            return "unsigned"
        try:
            if abs(time.time() - float(timestamp)) > self.max_skew:
                return "stale timestamp"
        except ValueError:
            return "bad timestamp"
        if not 16 <= len(nonce) <= 64:
            return "bad nonce"
        expected = sign(self.secret, timestamp, nonce, request.body or b"")
        if not hmac.compare_digest(expected.encode(), signature.strip().lower().encode()):
            return "bad signature"
        # Only a correctly signed request may use up a nonce.
        if not self.nonces.first_use(nonce):
            return "replayed"
        return None

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        bridge = Blueprint("bridge_webhook", __name__)

        @bridge.route("/", methods=["GET"])
        async def health(_: Request):
            return response.json({"status": "ok"})

        @bridge.route("/webhook", methods=["POST"])
        async def receive(request: Request):
            why = self.verify(request)
            if why:
                log.warning("bridge request refused: %s", why)
                return response.json({"error": "forbidden"}, status=403)
            try:
                body = json.loads(request.body)
            except (ValueError, RecursionError):
                return response.json({"error": "the body must be JSON"}, status=400)
            sender, text = (body.get("sender"), body.get("message")) if isinstance(body, dict) else (None, None)
            if not isinstance(sender, str) or not isinstance(text, str) or len(sender) > 200:
                return response.json({"error": "sender and message must be strings"}, status=400)
            if not sender.startswith(self.namespaces):
                return response.json({"error": "sender outside the bridges' namespaces"}, status=403)
            if len(text.encode("utf-8", "replace")) > self.max_bytes:
                return response.json([{"recipient_id": sender, "text": settings.TOO_LONG}], status=413)
            metadata = body.get("metadata") if isinstance(body.get("metadata"), dict) else None
            collector = CollectingOutputChannel()
            try:
                await on_new_message(UserMessage(text, collector, sender, input_channel=self.name(),
                                                 metadata=metadata))
            except Exception:
                log.exception("bridge message of %s failed", sender)
            return response.json(collector.messages)

        return bridge
