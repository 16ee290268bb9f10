"""Handoffs: conversations on a consumer channel waiting for a human, and the agents'
replies into them (the service layer behind the bots' handoff API and the console's
queue).

A reply is stored first, then handed on; its `delivery` says how far it got, checked
at each step, never assumed:
  pending   stored, not yet handed to Rasa
  sent      Rasa pushed it to the web widget's live session (waits for the widget's ack)
  recorded  in the conversation's history, waiting for the channel's bridge to relay it
  delivered the widget showed it (signed ack) or the bridge says the platform took it
  failed    Rasa or the platform refused it (`error` says why)
"""
from __future__ import annotations

import datetime as dt
import hashlib
import hmac
from urllib.parse import quote

import requests
from sqlalchemy import func, select

from backend.console.models import Handoff, HandoffReply
from backend.console.schemas import HandoffIn
from backend.db import Database
from backend.models import utcnow
from backend.tickets import ApiError
from complaint import channels as channel_registry
from complaint import fields as field_registry

# Channels whose conversations Rasa itself can push to (its socket.io channel: the web
# widget); the others are relayed by their bridge, which polls the backend.
PUSHED_BY_RASA = {"web": "socketio"}
DELIVERY_LABELS = {
    "pending": "正在发送", "sent": "已发送，等待对方接收", "recorded": "已转交渠道，等待送达",
    "delivered": "已送达", "failed": "发送失败",
}
REASON_LABELS = {"human_handoff": "用户要求转人工", "gave_up": "机器人无法处理"}


def reply_json(r: HandoffReply) -> dict:
    return {"id": r.id, "agent": r.agent, "text": r.text, "delivery": r.delivery,
            "delivery_label": DELIVERY_LABELS.get(r.delivery, r.delivery), "error": r.error,
            "at": r.at.isoformat() if r.at else None}


def draft_items(draft: dict | None) -> list[dict]:
    """The ticket draft as staff read it: the registry's labels, in its order."""
    if not draft:
        return []
    labels = field_registry.labels()
    order = {name: i for i, name in enumerate(labels)}
    items = [{"field": k, "label": labels.get(k, k), "value": v} for k, v in draft.items()
             if v not in (None, "", [], {})]
    return sorted(items, key=lambda item: order.get(item["field"], len(order)))


def handoff_json(h: Handoff, with_replies: bool = True) -> dict:
    data = {
        "id": h.id, "conversation_id": h.conversation_id, "channel": h.channel,
        "channel_label": channel_registry.label(h.channel), "reason": h.reason,
        "reason_label": REASON_LABELS.get(h.reason, h.reason), "status": h.status,
        "claimed_by": h.claimed_by, "transcript": h.transcript, "draft": h.draft,
        "draft_items": draft_items(h.draft), "created_at": h.created_at.isoformat() if h.created_at else None,
    }
    if with_replies:
        data["replies"] = [reply_json(r) for r in h.replies]
    return data


def open_handoff(db: Database, data: HandoffIn) -> tuple[dict, bool]:
    """One open handoff per conversation: posting again updates its transcript and draft."""
    if data.channel not in channel_registry.handoff_names():
        raise ApiError(422, "unknown_channel",
                       f"channel must be one of {', '.join(channel_registry.handoff_names())}")
    transcript = [item.model_dump() for item in data.transcript]
    with db.session(write=True) as session:
        handoff = session.scalar(select(Handoff).where(
            Handoff.conversation_id == data.conversation_id, Handoff.status == "open"))
        created = handoff is None
        if created:
            handoff = Handoff(conversation_id=data.conversation_id, channel=data.channel, status="open",
                              reason=data.reason, transcript=transcript, draft=data.draft)
            session.add(handoff)
        else:
            handoff.transcript, handoff.draft, handoff.reason = transcript, data.draft, data.reason
        session.commit()
        position = session.scalar(select(func.count()).select_from(Handoff).where(
            Handoff.status == "open", Handoff.id <= handoff.id))
        return {"id": handoff.id, "status": handoff.status, "position": position}, created


def replies_to_relay(db: Database, channel: str, after: int, limit: int = 100) -> list[dict]:
    """Agent replies for a bridge to relay, oldest first, after the bridge's cursor."""
    with db.session() as session:
        query = (select(HandoffReply, Handoff.conversation_id).join(Handoff)
                 .where(Handoff.channel == channel, HandoffReply.id > after,
                        HandoffReply.delivery.in_(("recorded", "delivered"))))
        # A reply still on its way to Rasa holds back the later ones: the bridge's cursor
        # must not move past it.
        pending = session.scalar(select(func.min(HandoffReply.id)).join(Handoff).where(
            Handoff.channel == channel, HandoffReply.delivery == "pending"))
        if pending is not None:
            query = query.where(HandoffReply.id < pending)
        rows = session.execute(query.order_by(HandoffReply.id).limit(limit)).all()
    return [{"id": r.id, "conversation_id": conv, "text": r.text, "agent": r.agent} for r, conv in rows]


def report_delivery(db: Database, reply_id: int, delivered: bool, error: str | None) -> dict:
    """A bridge reports whether the platform took a relayed reply."""
    with db.session(write=True) as session:
        reply = session.get(HandoffReply, reply_id)
        if reply is None:
            raise ApiError(404, "not_found", f"no agent reply {reply_id}")
        if reply.delivery != "delivered":
            reply.delivery = "delivered" if delivered else "failed"
            reply.error = None if delivered else (error or "the platform refused the message")
        session.commit()
        return reply_json(reply)


def list_handoffs(db: Database, status: str = "open") -> list[dict]:
    with db.session() as session:
        query = select(Handoff).order_by(Handoff.id)
        if status != "all":
            query = query.where(Handoff.status == status)
        return [handoff_json(h) for h in session.scalars(query.limit(200)).all()]


# ------------------------------------------------------------------ replies
def ack_token(secret: str, reply_id: int, conversation_id: str) -> str:
    """What the widget sends back to prove it received reply `reply_id`: only the
    browser that got the reply over its socket.io session knows it."""
    message = f"handoff-reply:{reply_id}:{conversation_id}".encode()
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()[:32]


def conversation_path(conversation_id: str) -> str:
    """The id as it must appear in Rasa's URL path: verbatim. Rasa's router does not
    percent-decode, so `web%3A…` would be a different, new conversation (the reply
    would be stored there and reach nobody)."""
    if quote(conversation_id, safe=":@+=~") != conversation_id:
        raise ValueError(f"conversation id {conversation_id!r} cannot travel in Rasa's URL unchanged")
    return conversation_id


def relay_to_rasa(rasa_url: str, token: str, conversation_id: str, channel: str, text: str, agent: str,
                  reply_id: int, ack: str) -> tuple[str, str | None]:
    """Appends the agent's message to the Rasa conversation as a bot utterance and, with
    `execute_side_effects`, sends it on the conversation's latest input channel (the
    widget's socket.io session gets it live, followed by the ack token). Then checks
    Rasa's answer: the same conversation, one the consumer has spoken in, on the
    channel expected."""
    try:
        path = conversation_path(conversation_id)
    except ValueError as exc:
        return "failed", str(exc)
    event = {"event": "bot", "text": text, "metadata": {"agent": agent, "from": "human_agent"}}
    if channel in PUSHED_BY_RASA:
        # socket.io emits `custom` as a message of its own after the text: the widget acks with it.
        event["data"] = {"custom": {"data": {"handoff_reply": {"id": reply_id, "ack": ack}}}}
    try:
        r = requests.post(f"{rasa_url.rstrip('/')}/conversations/{path}/tracker/events",
                          params={"token": token, "execute_side_effects": "true", "output_channel": "latest",
                                  "include_events": "APPLIED"},
                          json=[event], timeout=5)
    except requests.RequestException as exc:
        return "failed", f"Rasa 无法连接（{type(exc).__name__}）"
    if not r.ok:
        return "failed", f"Rasa 返回 HTTP {r.status_code}：{r.text[:200]}"
    try:
        state = r.json()
    except ValueError:
        return "failed", "Rasa 的应答不是 JSON"
    if state.get("sender_id") != conversation_id:
        return "failed", f"Rasa 把回复记到了另一个会话（{state.get('sender_id')!r}）"
    if not any(e.get("event") == "user" for e in state.get("events") or []):
        return "failed", "Rasa 中没有这个用户的对话（会话可能已过期或被清理）"
    expected = PUSHED_BY_RASA.get(channel)
    if expected is None:
        return "recorded", None  # the bridge relays it and reports back
    latest = state.get("latest_input_channel")
    if latest != expected:
        return "failed", f"该会话最近不是通过网页组件（{expected}）进行的，而是 {latest!r}"
    return "sent", None


def reply(db: Database, handoff_id: int, agent: str, text: str, *, rasa_url: str, rasa_token: str,
          secret: str) -> dict:
    with db.session(write=True) as session:
        handoff = session.get(Handoff, handoff_id)
        if handoff is None:
            raise ApiError(404, "not_found", f"没有找到这个转人工会话（{handoff_id}）")
        if handoff.status != "open":
            raise ApiError(409, "handoff_closed", "这个会话已经结束，不能再回复")
        conversation_id, channel = handoff.conversation_id, handoff.channel
        # Stored before it is sent: whatever happens next, the agent's words are kept.
        row = HandoffReply(handoff_id=handoff_id, agent=agent, text=text, delivery="pending")
        session.add(row)
        handoff.claimed_by = handoff.claimed_by or agent
        handoff.transcript = [*handoff.transcript, {"speaker": "agent", "text": text, "at": None}]
        session.commit()
        reply_id = row.id
    delivery, error = relay_to_rasa(rasa_url, rasa_token, conversation_id, channel, text, agent, reply_id,
                                    ack_token(secret, reply_id, conversation_id))
    with db.session(write=True) as session:
        row = session.get(HandoffReply, reply_id)
        if row.delivery == "pending":  # the widget's ack may have come first
            row.delivery, row.error = delivery, error
        session.commit()
        out = handoff_json(session.get(Handoff, handoff_id))
    if delivery == "failed":
        raise ApiError(502, "delivery_failed", f"回复未能送达：{error}", handoff=out)
    return out


def widget_ack(db: Database, secret: str, conversation_id: str, reply_id: int, ack: str) -> bool:
    """The widget showed reply `reply_id`: it is delivered. False when the token is wrong."""
    if not hmac.compare_digest(ack_token(secret, reply_id, conversation_id).encode(), ack.encode()):
        return False
    with db.session(write=True) as session:
        row = session.get(HandoffReply, reply_id)
        if row is None or row.handoff.conversation_id != conversation_id:
            return False
        if row.delivery != "delivered":
            row.delivery, row.error = "delivered", None
        session.commit()
    return True


def unacknowledged(db: Database, secret: str, conversation_id: str, hours: float = 48) -> list[dict]:
    """Agent replies Rasa pushed to this web conversation that its widget never confirmed
    (the page was closed or offline): the widget shows them when it comes back."""
    since = utcnow() - dt.timedelta(hours=hours)
    with db.session() as session:
        rows = session.scalars(select(HandoffReply).join(Handoff).where(
            Handoff.conversation_id == conversation_id, HandoffReply.delivery == "sent",
            HandoffReply.at >= since).order_by(HandoffReply.id)).all()
        return [{"id": r.id, "text": r.text, "ack": ack_token(secret, r.id, conversation_id)} for r in rows]


def close(db: Database, handoff_id: int, agent: str) -> dict:
    with db.session(write=True) as session:
        handoff = session.get(Handoff, handoff_id)
        if handoff is None:
            raise ApiError(404, "not_found", f"没有找到这个转人工会话（{handoff_id}）")
        handoff.status = "closed"
        handoff.claimed_by = handoff.claimed_by or agent
        session.commit()
        return handoff_json(handoff)
