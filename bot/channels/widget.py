"""The web widget's socket.io channel, with session ids the server issues and signs.

Rasa's own socket.io channel takes the session id (= the conversation's sender id)
from the client, so anyone who learns or guesses one joins that conversation. Here:
- the id is `web:` + 16 random hex digits + the first 16 hex digits of
  HMAC-SHA256(WIDGET_SESSION_SECRET, that random part) — the shape the widget and the
  backend already use (`web:` + 32 hex);
- `session_request` with a valid id rejoins it; a forged, foreign or missing one gets
  a fresh id in `session_confirm` (the widget adopts the confirmed id);
- `user_uttered` speaks only as the session this socket was confirmed for, whatever
  session id the message names; messages over MAX_MESSAGE_BYTES get a polite refusal;
- connections from origins outside RASA_CORS_ORIGINS are refused (empty: any).
"""
from __future__ import annotations

import logging
from typing import Any, Awaitable, Callable, Dict, Optional, Text

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.socketio import SocketBlueprint, SocketIOInput, SocketIOOutput
from sanic import Blueprint, response
from sanic.request import Request
from socketio import AsyncServer

from bot.channels import settings
from complaint import channels as channel_registry

log = logging.getLogger(__name__)

# One rule with the backend's widget routes (complaint/channels.py).
PREFIX = channel_registry.WIDGET_PREFIX
session_mac = channel_registry.widget_session_mac
new_session_id = channel_registry.new_widget_session_id
valid_session_id = channel_registry.valid_widget_session_id


class WidgetSocketIOInput(SocketIOInput):
    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> "WidgetSocketIOInput":
        settings.refuse_default_secrets("WIDGET_SESSION_SECRET")
        channel = super().from_credentials(credentials)
        assert isinstance(channel, cls)
        return channel

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.secret = settings.secret("WIDGET_SESSION_SECRET")
        self.max_bytes = settings.max_message_bytes()
        self.allowed_origins = {o.rstrip("/") for o in settings.cors_origins() if o != "*"}
        self.any_origin = not self.allowed_origins or "*" in settings.cors_origins()
        self.sessions: Dict[Text, Text] = {}  # socket id -> the session it was confirmed for

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        # cors_allowed_origins=[]: engine.io adds no CORS headers of its own (Sanic's CORS
        # does, for RASA_CORS_ORIGINS); the origin is checked on connect below.
        sio = AsyncServer(async_mode="sanic", cors_allowed_origins=[])
        socketio_webhook = SocketBlueprint(sio, self.socketio_path, "socketio_webhook", __name__)
        self.sio = sio
        namespace = self.namespace

        @socketio_webhook.route("/", methods=["GET"])
        async def health(_: Request):
            return response.json({"status": "ok"})

        @sio.on("connect", namespace=namespace)
        async def connect(sid: Text, environ: Dict, auth: Optional[Dict]) -> bool:
            origin = (environ.get("HTTP_ORIGIN") or "").rstrip("/")
            if origin and not self.any_origin and origin not in self.allowed_origins:
                log.warning("socket.io connection from origin %s refused (RASA_CORS_ORIGINS)", origin[:100])
                return False
            return True

        @sio.on("disconnect", namespace=namespace)
        async def disconnect(sid: Text) -> None:
            self.sessions.pop(sid, None)

        @sio.on("session_request", namespace=namespace)
        async def session_request(sid: Text, data: Optional[Dict]) -> None:
            asked = data.get("session_id") if isinstance(data, dict) else None
            session_id = asked if valid_session_id(self.secret, asked) else new_session_id(self.secret)
            previous = self.sessions.get(sid)
            if previous and previous != session_id:
                sio.leave_room(sid, previous, namespace=namespace)
            self.sessions[sid] = session_id
            if self.session_persistence:
                sio.enter_room(sid, session_id, namespace=namespace)
            await sio.emit("session_confirm", session_id, room=sid, namespace=namespace)

        @sio.on(self.user_message_evt, namespace=namespace)
        async def handle_message(sid: Text, data: Any) -> None:
            sender_id = self.sessions.get(sid)
            if sender_id is None:  # no confirmed session on this socket: nobody to speak as
                log.warning("socket.io message before session_request ignored")
                return
            data = data if isinstance(data, dict) else {}
            if data.get("session_id") not in (None, sender_id):
                log.warning("socket.io message naming another session ignored")
                return
            text = data.get("message", "")
            if not isinstance(text, str):
                return
            output_channel = SocketIOOutput(sio, self.bot_message_evt)
            if len(text.encode("utf-8", "replace")) > self.max_bytes:
                await sio.emit(self.bot_message_evt, {"text": settings.TOO_LONG}, room=sid, namespace=namespace)
                return
            message = UserMessage(text, output_channel, sender_id, input_channel=self.name(),
                                  metadata={"channel": "web"})
            await on_new_message(message)

        return socketio_webhook
