"""Rasa's REST channel for anyone (`POST /webhooks/rest/webhook`, same shape), with the
doors of the other channels shut: a sender id in a bridge's or the widget's namespace
("wechat:…", "telegram:…", "web:…") is refused (403), since on this channel the sender
is just a string the client chose. Bodies that are not a JSON object with string
sender and message get 400 (Rasa's own channel answers 500), an oversized message 413
with a polite reply."""
from __future__ import annotations

import json
import logging
from typing import Any, Awaitable, Callable, Optional, Text

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.request import Request

from bot.channels import settings

log = logging.getLogger(__name__)

FORBIDDEN_SENDER = "这个会话编号不能在此渠道使用，请换一个会话编号。"


class PublicRestInput(RestInput):
    @classmethod
    def name(cls) -> Text:
        return "rest"

    def __init__(self) -> None:
        self.namespaces = settings.namespaces()
        self.max_bytes = settings.max_message_bytes()

    def check(self, request: Request) -> Optional[response.HTTPResponse]:
        """An error response for a request this channel refuses, else None."""
        try:
            body = json.loads(request.body or b"")
        except (ValueError, RecursionError):  # RecursionError: JSON nested thousands deep
            return response.json({"error": "the body must be a JSON object with sender and message"}, status=400)
        if not isinstance(body, dict):
            return response.json({"error": "the body must be a JSON object with sender and message"}, status=400)
        sender, text = body.get("sender"), body.get("message")
        if sender is not None and (not isinstance(sender, str) or len(sender) > 200):
            return response.json({"error": "sender must be a string of at most 200 characters"}, status=400)
        if text is not None and not isinstance(text, str):
            return response.json({"error": "message must be a string"}, status=400)
        if isinstance(sender, str) and sender.strip().lower().startswith(self.namespaces):
            log.warning("REST message refused: sender %r is in another channel's namespace", sender[:40])
            return response.json([{"recipient_id": sender, "text": FORBIDDEN_SENDER}], status=403)
        if isinstance(text, str) and len(text.encode("utf-8", "replace")) > self.max_bytes:
            return response.json([{"recipient_id": sender, "text": settings.TOO_LONG}], status=413)
        return None

    def get_metadata(self, request: Request) -> Optional[dict]:
        # metadata.channel is a label for the ticket (tests and tools simulate channels with
        # it); who speaks is the sender id, and other channels' ids are refused above.
        metadata = request.json.get("metadata")
        return metadata if isinstance(metadata, dict) else None

    def _extract_input_channel(self, req: Request) -> Text:
        return self.name()  # not chosen by the client

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        blueprint = super().blueprint(on_new_message)

        @blueprint.on_request
        async def refuse(request: Request):
            if request.method == "POST" and request.path.rstrip("/").endswith("/webhook"):
                return self.check(request)
            return None

        return blueprint
