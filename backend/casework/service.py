"""Case officers' work on tickets: scope by bureau, the queue, the actions, the figures.

Every action goes through backend.tickets (status changes, transfer), which writes the
history, the audit log and the consumer's notification in the same transaction.
"""
from __future__ import annotations

import datetime as dt
import functools
from collections import Counter

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from backend import bureaus, deadlines
from backend.models import AuditLog, StaffUser, Ticket, TicketEvent, utcnow
from backend.tickets import FINAL, ApiError, change_status, in_scope, load_ticket, transfer

# Grounds for not accepting a complaint: 《市场监督管理投诉举报处理暂行办法》第十五条
# (SAMR Order No. 20, 2022). SOURCES.md: it is reported replaced by Order No. 121 from
# 2026-04-15, whose text we do not have; the wording shown to the consumer therefore
# names no article, and staff see the old article with that caveat.
REJECT_GROUNDS: dict[str, dict[str, str]] = {
    "not_competent": {
        "label": "不属于市场监管部门职责或本机关无处理权限",
        "consumer": "您反映的事项不属于市场监督管理部门的职责范围，或本部门没有处理权限",
        "source": "原《暂行办法》第十五条第（一）项"},
    "already_handled": {
        "label": "同一争议已由法院、仲裁、行政机关、消协或调解组织受理或处理",
        "consumer": "同一消费争议已经由法院、仲裁机构、行政机关、消费者协会或其他调解组织受理或处理过",
        "source": "原《暂行办法》第十五条第（二）项"},
    "not_consumer": {
        "label": "非生活消费需要，或不能证明存在消费者权益争议",
        "consumer": ("所反映的不是为生活消费需要购买、使用商品或者接受服务，"
                     "或者不能证明您与被投诉人之间存在消费者权益争议"),
        "source": "原《暂行办法》第十五条第（三）项"},
    "time_barred": {
        "label": "自知道或应当知道权益受侵害之日起超过三年",
        "consumer": "自您知道或者应当知道权益受到侵害之日起已超过三年",
        "source": "原《暂行办法》第十五条第（四）项"},
    "missing_materials": {
        "label": "未提供投诉人、被投诉人信息或具体投诉请求、争议事实",
        "consumer": ("投诉缺少必要材料（投诉人的姓名、电话、通讯地址，被投诉人的名称、地址，"
                     "或具体的投诉请求和争议事实），补充后可以重新投诉"),
        "source": "原《暂行办法》第九条、第十五条第（五）项"},
    "other_rule": {
        "label": "法律、法规、规章规定不予受理的其他情形（须写明依据）",
        "consumer": "依照有关法律法规的规定不予受理",
        "source": "原《暂行办法》第十五条第（六）项"},
}
# A report (举报) is not accepted or refused as a dispute: the bureau checks the lead and
# decides whether to open a case; a real-name reporter is told (原《暂行办法》第三十一条).
REPORT_GROUNDS: dict[str, dict[str, str]] = {
    "no_violation": {
        "label": "经核查，未发现涉嫌违法行为",
        "consumer": "经核查，未发现被举报人存在您反映的涉嫌违法行为，决定不予立案",
        "source": "《市场监督管理行政处罚程序规定》"},
    "vague_lead": {
        "label": "举报线索不具体，无法核查",
        "consumer": "举报内容缺少可以核查的具体线索（如经营者名称、地址、违法事实），暂无法核查；补充后可以重新举报",
        "source": "原《暂行办法》第二十四条"},
    "not_competent": {
        "label": "不属于市场监管部门职责或本机关无处理权限",
        "consumer": "您反映的事项不属于市场监督管理部门的职责范围，或本部门没有处理权限，请向有关部门反映",
        "source": "原《暂行办法》第二十九条"},
}


def grounds_for(ticket: Ticket) -> dict[str, dict[str, str]]:
    return REPORT_GROUNDS if ticket.type == "report" else REJECT_GROUNDS


# How a mediation or case ended; the text reaches the consumer with the closing message.
CLOSE_OUTCOMES = {
    "agreement": "经调解，双方达成调解协议",
    "settled": "双方已自行和解",
    "withdrawn": "投诉人撤回投诉",
    "no_agreement": "经调解，双方未能达成一致，终止调解；您可以依法向人民法院起诉或申请仲裁",
    "merchant_refused": "被投诉人拒绝调解，终止调解；您可以依法向人民法院起诉或申请仲裁",
    "report_done": "举报已核查处理完毕",
}
SCOPE_LABEL_ALL = "全部单位"
VIA_LABELS = {"customer_service": "微信客服消息", "template": "微信模板消息", "telegram": "Telegram 消息",
              "status_page": "进度查询页", "widget": "网页助手"}


@functools.lru_cache(maxsize=256)
def dispute_label(key: str | None) -> str:
    """The dispute type's Chinese name from the knowledge base's guide (its key if unknown)."""
    if not key:
        return "未分类"
    try:
        from knowledge_base.guide import get_type

        found = get_type(key)
    except Exception:  # noqa: BLE001 - the guide is optional for the backend
        found = None
    return found.name if found is not None else key


def scope_of(staff: StaffUser) -> str | None:
    return staff.bureau_code


def scope_label(staff: StaffUser) -> str:
    bureau = bureaus.get(staff.bureau_code)
    return bureau.name if bureau else SCOPE_LABEL_ALL


def get_in_scope(session: Session, staff: StaffUser, ticket_no: str) -> Ticket:
    """The ticket, if this staff member's bureau covers it; the same 404 otherwise."""
    ticket = load_ticket(session, ticket_no.strip().upper())
    if ticket is None or not bureaus.covers(scope_of(staff), ticket.bureau_code):
        raise ApiError(404, "not_found", f"no ticket {ticket_no} in your bureau's area")
    return ticket


# Mediation ends if no agreement within 45 working days of acceptance (原《暂行办法》
# 第二十一条第（五）项; the 2026 rules' figure is not in our sources).
MEDIATION_WORKING_DAYS = 45


def accepted_on(ticket: Ticket) -> dt.date | None:
    for event in ticket.events:
        if event.to_status == "accepted" and event.from_status != "accepted":
            at = event.at if event.at.tzinfo else event.at.replace(tzinfo=dt.timezone.utc)
            return at.astimezone(deadlines.CHINA).date()
    return None


def due_of(ticket: Ticket) -> dt.date | None:
    """The deadline that matters now: acceptance, the ODR merchant's, or the mediation's."""
    if ticket.status == "submitted":
        return ticket.accept_due
    if ticket.status == "merchant_handling":
        return ticket.odr_due
    if ticket.status in ("accepted", "mediating") and ticket.type == "complaint":
        accepted = accepted_on(ticket)
        return deadlines.add_working_days(accepted, MEDIATION_WORKING_DAYS) if accepted else None
    return None


def queue(session: Session, staff: StaffUser, *, status: str | None = None, dispute_type: str | None = None,
          channel: str | None = None, merchant: str | None = None, date_from: dt.date | None = None,
          date_to: dt.date | None = None, bureau: str | None = None, limit: int = 200) -> list[dict]:
    """Open tickets (or those of `status`) in scope, the most pressing deadline first."""
    query = in_scope(select(Ticket), scope_of(staff))
    if bureau:  # narrower than the staff's own scope, never wider
        query = in_scope(query, bureau)
    query = query.where(Ticket.status == status) if status else query.where(Ticket.status.not_in(FINAL))
    if dispute_type:
        query = query.where(Ticket.dispute_type == dispute_type)
    if channel:
        query = query.where(Ticket.channel == channel)
    if merchant:
        query = query.where(Ticket.merchant_name.contains(merchant, autoescape=True))
    if date_from:
        query = query.where(Ticket.received_on >= date_from)
    if date_to:
        query = query.where(Ticket.received_on <= date_to)
    today = deadlines.china_today()
    rows = []
    for ticket in session.scalars(query.options(selectinload(Ticket.events))
                                  .order_by(Ticket.id.desc()).limit(limit * 5)):
        due = due_of(ticket)
        rows.append({"ticket": ticket, "due": due, "overdue": due is not None and due < today,
                     "due_today": due == today, "bureau": bureaus.get(ticket.bureau_code)})
    # Deadlines first (earliest first), then tickets without one (newest first).
    rows.sort(key=lambda r: (r["due"] is None, r["due"] or dt.date.max, -r["ticket"].id))
    return rows[:limit]


def accept(session: Session, staff: StaffUser, ticket: Ticket, note: str | None) -> None:
    change_status(session, ticket, "accepted", f"staff:{staff.username}", note=note)


def reject(session: Session, staff: StaffUser, ticket: Ticket, ground: str | None, detail: str | None) -> None:
    grounds = grounds_for(ticket)
    if ground not in grounds:
        raise ApiError(422, "validation_error", "choose one of the grounds for not accepting",
                       details=[{"field": "ground", "message": "required: " + ", ".join(grounds)}])
    if ground == "other_rule" and not detail:
        raise ApiError(422, "validation_error", "name the rule that excludes the complaint",
                       details=[{"field": "detail", "message": "required for other_rule"}])
    reason = grounds[ground]["consumer"] + (f"（{detail}）" if detail else "")
    change_status(session, ticket, "rejected", f"staff:{staff.username}", reason=reason)
    session.add(AuditLog(ticket_id=ticket.id, actor=f"staff:{staff.username}", action="ticket.reject_ground",
                         details={"ground": ground, "detail": detail}))


def start_mediation(session: Session, staff: StaffUser, ticket: Ticket, note: str | None) -> None:
    change_status(session, ticket, "mediating", f"staff:{staff.username}", note=note)


def record_mediation(session: Session, staff: StaffUser, ticket: Ticket, text: str | None) -> None:
    """A mediation step (call, meeting, offer) in the history; the status stays."""
    if ticket.status != "mediating":
        raise ApiError(409, "invalid_transition", "mediation notes are for tickets in mediation")
    if not text:
        raise ApiError(422, "validation_error", "the mediation note is empty",
                       details=[{"field": "text", "message": "required"}])
    now = utcnow()
    ticket.events.append(TicketEvent(from_status=ticket.status, to_status=ticket.status, note=f"调解记录：{text}",
                                     actor=f"staff:{staff.username}", at=now))
    ticket.updated_at = now
    session.add(AuditLog(ticket_id=ticket.id, actor=f"staff:{staff.username}", action="ticket.mediation_note",
                         at=now, details={"length": len(text)}))


def close(session: Session, staff: StaffUser, ticket: Ticket, outcome: str | None, detail: str | None) -> None:
    if outcome not in CLOSE_OUTCOMES:
        raise ApiError(422, "validation_error", "choose how the case ended",
                       details=[{"field": "outcome", "message": "required: " + ", ".join(CLOSE_OUTCOMES)}])
    note = CLOSE_OUTCOMES[outcome] + (f"。{detail}" if detail else "")
    change_status(session, ticket, "closed", f"staff:{staff.username}", note=note)


def transfer_to(session: Session, staff: StaffUser, ticket: Ticket, bureau_code: str | None,
                reason: str | None) -> None:
    transfer(session, ticket, (bureau_code or "").strip(), f"staff:{staff.username}", (reason or "").strip() or None)


def set_staff_bureau(session: Session, username: str, bureau_code: str | None) -> StaffUser:
    staff = session.scalar(select(StaffUser).where(StaffUser.username == username))
    if staff is None:
        raise ApiError(404, "not_found", f"no staff account {username}")
    if bureau_code and bureaus.get(bureau_code) is None:
        raise ApiError(422, "validation_error", f"no bureau with code {bureau_code}")
    staff.bureau_code = bureau_code or None
    session.add(AuditLog(actor="cli", action="staff.bureau", details={"username": username, "bureau": bureau_code}))
    return staff


# ------------------------------------------------------------------ dashboard figures

def figures(session: Session, staff: StaffUser, days: int = 30) -> dict:
    """Counts for the dashboard, within the staff member's scope."""
    today = deadlines.china_today()
    since = today - dt.timedelta(days=days - 1)
    scoped = in_scope(select(Ticket), scope_of(staff)).subquery()
    per_day = dict(session.execute(select(scoped.c.received_on, func.count()).where(
        scoped.c.received_on >= since).group_by(scoped.c.received_on)).all())
    merchants = session.execute(select(scoped.c.merchant_name, func.count().label("n")).group_by(
        scoped.c.merchant_name).order_by(func.count().desc(), scoped.c.merchant_name).limit(10)).all()
    types = session.execute(select(scoped.c.dispute_type, func.count()).group_by(scoped.c.dispute_type)
                            .order_by(func.count().desc())).all()
    by_bureau = Counter(dict(session.execute(select(scoped.c.bureau_code, func.count()).group_by(
        scoped.c.bureau_code)).all()))
    statuses = dict(session.execute(select(scoped.c.status, func.count()).group_by(scoped.c.status)).all())
    overdue = session.scalar(select(func.count()).select_from(scoped).where(
        ((scoped.c.status == "submitted") & (scoped.c.accept_due < today))
        | ((scoped.c.status == "merchant_handling") & (scoped.c.odr_due < today))))
    days_axis = [since + dt.timedelta(days=i) for i in range(days)]
    return {
        "days": [d.isoformat() for d in days_axis],
        "per_day": [int(per_day.get(d, 0)) for d in days_axis],
        "merchants": [(name, int(n)) for name, n in merchants],
        "dispute_types": [(dispute_label(name), int(n)) for name, n in types],
        "districts": [((bureaus.get(code).division if bureaus.get(code) else "未分配"), int(n))
                      for code, n in by_bureau.most_common(15)],
        "statuses": statuses,
        "overdue": int(overdue or 0),
        "total": int(sum(statuses.values())),
    }
