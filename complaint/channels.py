"""The channel registry: every way a complaint reaches 12315.

A channel's name is what the ticket, the handoff queue and the analytics store; its
sender-id prefix ("wechat:<openid>") is how the action server tells the channel when
the metadata does not say. The backend's schemas (ticket and handoff), the CSV export,
the console, the analytics and the action server read this list; adding a channel is
one `Channel(...)` here plus its bridge folder (see ARCHITECTURE.md).
"""
from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass


@dataclass(frozen=True)
class Channel:
    name: str
    label: str                 # as staff read it (console, CSV export, analytics)
    prefix: str | None = None  # sender ids "<prefix>:<id>"; None: no prefix of its own
    handoff: bool = True       # conversations on it can be handed to a hotline agent


_CHANNELS = [
    Channel("web", "网页", "web"),
    Channel("wechat", "微信", "wechat"),
    Channel("telegram", "Telegram", "telegram"),
    # the hotline console itself: its calls are already with an agent
    Channel("hotline", "热线", "hotline", handoff=False),
    # anything else speaking Rasa's REST channel (also the fallback)
    Channel("rest", "接口", None),
]
CHANNELS: dict[str, Channel] = {c.name: c for c in _CHANNELS}
FALLBACK = "rest"
# The longest channel name the ticket column holds.
MAX_LENGTH = 16


def register(channel: Channel) -> None:
    if len(channel.name) > MAX_LENGTH:
        raise ValueError(f"channel name longer than {MAX_LENGTH} characters: {channel.name!r}")
    CHANNELS[channel.name] = channel


def unregister(name: str) -> None:
    CHANNELS.pop(name, None)


def names() -> tuple[str, ...]:
    return tuple(CHANNELS)


def handoff_names() -> tuple[str, ...]:
    return tuple(c.name for c in CHANNELS.values() if c.handoff)


def labels() -> dict[str, str]:
    return {c.name: c.label for c in CHANNELS.values()}


def label(name: str | None) -> str:
    channel = CHANNELS.get(name or "")
    return channel.label if channel else (name or "未知")


def channel_of(metadata_channel: str | None, sender_id: str | None, input_channel: str | None = None) -> str:
    """The channel a message came through: the bridges say so in metadata, else the
    sender id's prefix tells, else Rasa's input channel (socket.io is the web widget)."""
    if metadata_channel:
        return str(metadata_channel)[:MAX_LENGTH]
    sender = sender_id or ""
    for channel in CHANNELS.values():
        if channel.prefix and sender.startswith(channel.prefix + ":"):
            return channel.name
    if input_channel == "socketio":
        return "web"
    return (input_channel or FALLBACK)[:MAX_LENGTH]


def known(name: str | None) -> str:
    """A registered channel name, else the fallback (for the handoff queue)."""
    return name if name in CHANNELS else FALLBACK


# --------------------------------------------------------------- widget session ids
# The web widget's sender id is issued by Rasa's widget channel and checked by the
# backend's widget routes (evidence upload, missed agent replies): one rule for both.
# Shape: "web:" + 16 random hex digits + the first 16 hex digits of
# HMAC-SHA256(WIDGET_SESSION_SECRET, "web:" + random part).
WIDGET_PREFIX = "web:"


def widget_session_mac(secret: str, random_part: str) -> str:
    return hmac.new(secret.encode(), (WIDGET_PREFIX + random_part).encode(), hashlib.sha256).hexdigest()[:16]


def new_widget_session_id(secret: str) -> str:
    random_part = secrets.token_hex(8)
    return WIDGET_PREFIX + random_part + widget_session_mac(secret, random_part)


def valid_widget_session_id(secret: str, session_id: object) -> bool:
    """True only for an id this deployment's widget channel issued."""
    if (not isinstance(session_id, str) or len(session_id) != len(WIDGET_PREFIX) + 32
            or not session_id.startswith(WIDGET_PREFIX)):
        return False
    body = session_id[len(WIDGET_PREFIX):]
    if any(c not in "0123456789abcdef" for c in body):
        return False
    return hmac.compare_digest(widget_session_mac(secret, body[:16]).encode(), body[16:].encode())
