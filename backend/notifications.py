"""Telling the consumer: a durable outbox of status notifications.

Each status change that matters to the consumer (accepted, rejected with the reason,
mediation started, closed with the outcome) adds one row here in the same transaction
as the change itself: if the change is committed, so is the message; nothing is sent
from inside the transaction. The row's unique `event_key` (ticket + history event)
makes a second row for the same change impossible.

Who delivers:
- WeChat and Telegram: their bridges poll `GET /api/v1/notifications/pending?channel=`,
  send, and report `POST /api/v1/notifications/<id>/result` (channels/notifications.py;
  the bridge keeps a journal of what it sent, so a bridge restarted between sending and
  reporting reports instead of sending again). A bridge that is down simply leaves the
  rows pending; `retry` outcomes count attempts and keep them pending; `failed`
  (the platform refused for good) is final and shown to staff on the ticket.
- Web: there is nothing to push to; the message waits until the consumer opens the
  status page (or the widget asks for it on return), then it is `shown`.
- Hotline and other channels: `no_channel` (the officer phones; shown on the ticket).

WeChat's 48-hour rule: customer-service messages only reach a consumer who wrote within
48 hours (errcode 45015 otherwise). The bridge then falls back to a template message
(WECHAT_NOTIFY_TEMPLATE_ID, fields below), and when no template is configured the row
is `failed` with the reason, visible on the ticket for the officer to phone.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, ForeignKey, Integer, String, Text, UniqueConstraint, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from backend.db import Base
from backend.models import AuditLog, Ticket, utcnow

PUSH_CHANNELS = ("wechat", "telegram")
STATES = ("pending", "sent", "shown", "failed", "no_channel")
STATE_LABELS = {"pending": "待发送", "sent": "已送达", "shown": "消费者已查看", "failed": "未能送达",
                "no_channel": "无推送渠道（请电话告知）"}
MAX_ATTEMPTS = 50  # then failed: about 4 hours of a platform refusing with "try again"


class Notification(Base):
    __tablename__ = "notifications"
    __table_args__ = (UniqueConstraint("event_key", name="uq_notifications_event_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"), index=True)
    event_key: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(16))  # accepted rejected mediating closed
    channel: Mapped[str] = mapped_column(String(16), index=True)
    recipient: Mapped[str | None] = mapped_column(String(200))  # openid / chat id / web conversation
    text: Mapped[str] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(16), index=True)
    via: Mapped[str | None] = mapped_column(String(32))  # customer_service, template, telegram, status_page
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    delivered_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


def _subject(ticket: Ticket) -> str:
    return "投诉" if ticket.type == "complaint" else "举报"


def _bureau_name(ticket: Ticket) -> str:
    from backend import bureaus

    bureau = bureaus.get(ticket.bureau_code)
    return bureau.name if bureau else "市场监督管理部门"


def message_for(ticket: Ticket, new_status: str, reason: str | None, note: str | None) -> tuple[str, str] | None:
    """(kind, text) for a change the consumer should hear about; None for the others."""
    subject, no, bureau = _subject(ticket), ticket.ticket_no, _bureau_name(ticket)
    if new_status == "accepted":
        if ticket.type == "complaint":
            text = (f"您好，您的投诉（编号{no}）已由{bureau}受理。工作人员将组织您与经营者调解，"
                    f"请保持电话畅通。")
        else:
            text = f"您好，您的举报（编号{no}）已由{bureau}受理，我们将依法核查处理。感谢您的监督。"
        return "accepted", text
    if new_status == "rejected" and ticket.type == "report":
        return "rejected", (f"您好，您的举报（编号{no}）已由{bureau}核查处理。{reason or '决定不予立案'}。"
                            f"感谢您的监督，如有新的线索，欢迎继续举报。")
    if new_status == "rejected":
        return "rejected", (f"您好，您的{subject}（编号{no}）经{bureau}审查，决定不予受理。"
                            f"理由：{reason or '见处理意见'}。如有疑问，可拨打12315咨询。")
    if new_status == "mediating":
        return "mediating", (f"您好，您的投诉（编号{no}）已进入调解程序，{bureau}的工作人员将与您和经营者联系，"
                             f"请留意来电。")
    if new_status == "closed":
        outcome = f"处理结果：{note}。" if note else ""
        return "closed", f"您好，您的{subject}（编号{no}）已办结。{outcome}感谢您对市场监管工作的支持。"
    return None


def recipient_of(ticket: Ticket) -> tuple[str, str | None, str]:
    """(channel, recipient, initial state) from the channel and conversation the ticket came through."""
    conversation = ticket.conversation_id or ""
    if ticket.channel in PUSH_CHANNELS and conversation.startswith(ticket.channel + ":"):
        return ticket.channel, conversation.split(":", 1)[1], "pending"
    if ticket.channel == "web" and conversation:
        return "web", conversation, "pending"
    return ticket.channel, None, "no_channel"


def enqueue(session: Session, ticket: Ticket, event_key: str, new_status: str,
            reason: str | None = None, note: str | None = None) -> Notification | None:
    """Adds the consumer's message for this change to the session (the caller commits)."""
    message = message_for(ticket, new_status, reason, note)
    if message is None:
        return None
    kind, text = message
    channel, recipient, state = recipient_of(ticket)
    item = Notification(ticket_id=ticket.id, event_key=event_key, kind=kind, channel=channel,
                        recipient=recipient, text=text, state=state, attempts=0, created_at=utcnow())
    session.add(item)
    return item


def pending(session: Session, channel: str, limit: int = 50) -> list[Notification]:
    return list(session.scalars(select(Notification).where(
        Notification.channel == channel, Notification.state == "pending").order_by(Notification.id).limit(limit)))


def record_result(session: Session, item: Notification, outcome: str, via: str | None, error: str | None,
                  actor: str) -> Notification:
    """A bridge's report. Idempotent: a report for a row already final changes nothing."""
    if item.state != "pending":
        return item
    item.attempts = (item.attempts or 0) + 1
    if outcome == "sent":
        item.state, item.via, item.delivered_at, item.last_error = "sent", via, utcnow(), None
    elif outcome == "failed" or item.attempts >= MAX_ATTEMPTS:
        item.state, item.last_error, item.via = "failed", (error or "")[:2000] or None, via
    else:
        item.last_error = (error or "")[:2000] or None
    session.add(AuditLog(ticket_id=item.ticket_id, actor=actor, action=f"notification.{outcome}",
                         details={"notification_id": item.id, "via": via, "error": (error or "")[:200] or None}))
    return item


def mark_shown(session: Session, ticket_id: int) -> int:
    """The web consumer saw their messages (status page, widget on return)."""
    rows = session.scalars(select(Notification).where(
        Notification.ticket_id == ticket_id, Notification.channel == "web",
        Notification.state == "pending")).all()
    for item in rows:
        item.state, item.via, item.delivered_at = "shown", "status_page", utcnow()
    return len(rows)


def for_ticket(session: Session, ticket_id: int) -> list[Notification]:
    return list(session.scalars(select(Notification).where(Notification.ticket_id == ticket_id)
                                .order_by(Notification.id)))


def as_json(item: Notification, *, staff: bool) -> dict:
    data = {"id": item.id, "kind": item.kind, "text": item.text, "channel": item.channel, "state": item.state,
            "state_label": STATE_LABELS.get(item.state, item.state),
            "created_at": item.created_at.isoformat() if item.created_at else None,
            "delivered_at": item.delivered_at.isoformat() if item.delivered_at else None}
    if staff:
        data.update(via=item.via, attempts=item.attempts, last_error=item.last_error)
    return data


def template_data(item: Notification, ticket: Ticket) -> dict:
    """Fields of the WeChat template message (the fallback outside the 48-hour window)."""
    from backend.schemas import STATUS_LABELS

    return {"first": {"value": "您的" + _subject(ticket) + "有新的处理进展"},
            "keyword1": {"value": ticket.ticket_no},
            "keyword2": {"value": STATUS_LABELS.get(ticket.status, ticket.status)},
            "keyword3": {"value": _bureau_name(ticket)},
            "remark": {"value": item.text}}
