"""Ticket logic: creation (idempotent), status changes, ODR, serialisation, maintenance."""
from __future__ import annotations

import datetime as dt
import logging
import secrets
from pathlib import Path
from types import SimpleNamespace

from sqlalchemy import bindparam, delete, insert, or_, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from complaint import fields
from backend import bureaus, deadlines, jurisdiction, notifications
from backend.models import AuditLog, Evidence, OdrMerchant, Ticket, TicketEvent, utcnow
from backend.privacy import mask_name, mask_phone
from backend.schemas import STATUS_LABELS, TYPE_LABELS, TicketFilter, TicketIn, merchant_key

log = logging.getLogger(__name__)

PREFIX = {"complaint": "TS", "report": "JB"}

# Which status may follow which; a report (举报) is never mediated.
TRANSITIONS = {
    "submitted": {"accepted", "rejected"},
    "merchant_handling": {"closed", "submitted"},
    "accepted": {"mediating", "closed"},
    "mediating": {"closed"},
    "rejected": set(),
    "closed": set(),
}
FINAL = {"rejected", "closed"}


class ApiError(Exception):
    def __init__(self, status: int, error: str, message: str, **extra):
        super().__init__(message)
        self.status, self.error, self.message, self.extra = status, error, message, extra


def new_ticket_no(ticket_type: str, day: dt.date) -> str:
    """TS20261125-483920: readable on the phone; the random part cannot be enumerated."""
    return f"{PREFIX[ticket_type]}{day:%Y%m%d}-{secrets.randbelow(10**6):06d}"


# The hot path's statements, built once: constructing and coercing a statement per
# request cost about as much as executing it.
_TICKETS, _EVENTS, _AUDIT, _EVIDENCE = (Ticket.__table__, TicketEvent.__table__, AuditLog.__table__,
                                        Evidence.__table__)
_ODR = OdrMerchant.__table__
_BY_KEY = select(_TICKETS.c.ticket_no, _TICKETS.c.request_hash).where(
    _TICKETS.c.idempotency_key == bindparam("key"))
_INSERT_TICKET = insert(_TICKETS).returning(_TICKETS.c.id)
_INSERT_EVENT = insert(_EVENTS)
_INSERT_AUDIT = insert(_AUDIT)
_ODR_BY_NAME = select(_ODR.c.id, _ODR.c.name).where(_ODR.c.name_key == bindparam("name_key"),
                                                    _ODR.c.is_active.is_(True))
_ATTACH_EVIDENCE = update(_EVIDENCE).where(_EVIDENCE.c.conversation_id == bindparam("conversation"),
                                           _EVIDENCE.c.ticket_id.is_(None)).values(ticket_id=bindparam("ticket"))
_EVIDENCE_OF = select(_EVIDENCE).where(_EVIDENCE.c.ticket_id == bindparam("ticket")).order_by(_EVIDENCE.c.id)


def create_ticket(db, data: TicketIn, idempotency_key: str, actor: str) -> tuple[Ticket, bool]:
    """(ticket, created). The same key returns the stored ticket; a different body is a conflict."""
    fingerprint = data.fingerprint()
    # The bureau where the merchant is (issue 20), found before the write lock is taken.
    # locate() is cached per address: a merchant's repeated tickets cost a dict look-up.
    found = jurisdiction.locate(data.merchant_address, getattr(data, "platform", None), data.merchant_name)
    for _attempt in range(5):
        try:
            with db.write_transaction() as conn:
                existing = conn.execute(_BY_KEY, {"key": idempotency_key}).first()
                if existing is None:
                    ticket = _insert_ticket(conn, data, idempotency_key, fingerprint, actor, found)
        except IntegrityError:
            # Either the random number was taken or a concurrent request with the
            # same key won the race (the transaction was rolled back): start again,
            # the key check decides.
            continue
        if existing is not None:
            if existing.request_hash != fingerprint:
                raise ApiError(409, "idempotency_conflict",
                               "this Idempotency-Key was already used with a different request body",
                               ticket_no=existing.ticket_no)
            with db.session() as session:
                return load_ticket(session, existing.ticket_no), False
        log.info("ticket %s created (%s via %s) for %s %s", ticket.ticket_no, data.type, data.channel,
                 mask_name(data.complainant_name), mask_phone(data.phone))
        return ticket, True
    raise ApiError(503, "busy", "could not allocate a ticket number, please retry with the same Idempotency-Key")


def _insert_ticket(conn: Connection, data: TicketIn, key: str, fingerprint: str, actor: str,
                   found: jurisdiction.Jurisdiction) -> SimpleNamespace:
    """Inserts with Core statements (no unit of work, no reload) and returns what was
    written, shaped like a Ticket, for the response."""
    today, now = deadlines.china_today(), utcnow()
    values = data.model_dump(exclude={"odr_consent"})
    values.update(ticket_no=new_ticket_no(data.type, today), idempotency_key=key, request_hash=fingerprint,
                  received_on=today, odr_consent=data.odr_consent, created_at=now, updated_at=now,
                  accept_due=None, odr_due=None, odr_merchant_id=None, reject_reason=None, closed_at=None)
    values.update(bureau_code=found.adcode or bureaus.default_code(), jurisdiction_confident=found.confident,
                  jurisdiction=found.explain())
    merchant = None
    if data.type == "complaint" and data.odr_consent:
        merchant = conn.execute(_ODR_BY_NAME, {"name_key": merchant_key(data.merchant_name)}).first()
    if merchant is not None:
        values.update(status="merchant_handling", odr_merchant_id=merchant.id, odr_due=deadlines.odr_due(today))
        note = f"转经营者 {merchant.name} 先行处理，期限至 {values['odr_due'].isoformat()}"
    else:
        values.update(status="submitted", accept_due=deadlines.accept_due(data.type, today))
        note = None
    ticket_id = conn.execute(_INSERT_TICKET, values).scalar_one()
    event = {"ticket_id": ticket_id, "from_status": None, "to_status": values["status"], "note": note,
             "actor": actor, "at": now}
    conn.execute(_INSERT_EVENT, event)
    conn.execute(_INSERT_AUDIT, {"ticket_id": ticket_id, "actor": actor, "action": "ticket.create", "at": now,
                                 "details": {"idempotency_key": key, "channel": data.channel}})
    evidence = []
    if data.conversation_id:
        # Evidence uploaded earlier in the same conversation belongs to this ticket.
        attached = conn.execute(_ATTACH_EVIDENCE, {"conversation": data.conversation_id,
                                                   "ticket": ticket_id}).rowcount
        if attached:
            evidence = list(conn.execute(_EVIDENCE_OF, {"ticket": ticket_id}))
    # A plain record for the response: ticket_json reads attributes only, and an
    # ORM instance here would cost more than the inserts themselves.
    return SimpleNamespace(id=ticket_id, events=[SimpleNamespace(**event)], evidence=evidence,
                           odr_merchant=merchant, **values)


def load_ticket(session: Session, ticket_no: str) -> Ticket | None:
    return session.scalar(select(Ticket).where(Ticket.ticket_no == ticket_no).options(
        selectinload(Ticket.events), selectinload(Ticket.evidence), selectinload(Ticket.odr_merchant)))


def change_status(session: Session, ticket: Ticket, new_status: str, actor: str,
                  reason: str | None = None, note: str | None = None) -> None:
    if new_status not in TRANSITIONS[ticket.status]:
        raise ApiError(409, "invalid_transition",
                       f"a ticket in status '{ticket.status}' cannot change to '{new_status}'",
                       allowed=sorted(TRANSITIONS[ticket.status]))
    if new_status == "mediating" and ticket.type == "report":
        raise ApiError(409, "invalid_transition", "reports (举报) are not mediated")
    if new_status == "rejected" and not reason:
        raise ApiError(422, "validation_error", "a rejection needs a reason",
                       details=[{"field": "reason", "message": "required when status is 'rejected'"}])
    now = utcnow()
    old = ticket.status
    ticket.status, ticket.updated_at = new_status, now
    if new_status == "rejected":
        ticket.reject_reason = reason
    if new_status in FINAL:
        ticket.closed_at = now
    if old == "merchant_handling" and new_status == "submitted":
        # Escalated from the merchant: the bureau's own 7 working days start now.
        ticket.accept_due = deadlines.accept_due(ticket.type, deadlines.china_today())
    event = TicketEvent(from_status=old, to_status=new_status, note=reason or note, actor=actor, at=now)
    ticket.events.append(event)
    session.flush()  # the event's id keys the consumer's notification (one per change, ever)
    notifications.enqueue(session, ticket, f"event:{event.id}", new_status, reason=reason, note=note)
    session.add(AuditLog(ticket_id=ticket.id, actor=actor, action="ticket.status", at=now,
                         details={"from": old, "to": new_status, "reason": reason, "note": note}))


def transfer(session: Session, ticket: Ticket, bureau_code: str, actor: str, reason: str | None) -> None:
    """Hands the ticket to another bureau (转办); the history shows from where, to where and why."""
    target = bureaus.get(bureau_code)
    if target is None:
        raise ApiError(422, "validation_error", f"no bureau with code {bureau_code!r}",
                       details=[{"field": "bureau_code", "message": "unknown bureau"}])
    if not reason:
        raise ApiError(422, "validation_error", "a transfer needs a reason",
                       details=[{"field": "reason", "message": "required"}])
    if ticket.status in FINAL:
        raise ApiError(409, "invalid_transition", "a closed or rejected ticket cannot be transferred")
    if ticket.bureau_code == bureau_code:
        raise ApiError(409, "same_bureau", f"the ticket is already with {target.name}")
    source = bureaus.get(ticket.bureau_code)
    now = utcnow()
    ticket.bureau_code, ticket.jurisdiction_confident, ticket.updated_at = bureau_code, True, now
    note = f"转办：{source.name if source else '未分配'} → {target.name}。理由：{reason}"
    ticket.events.append(TicketEvent(from_status=ticket.status, to_status=ticket.status, note=note,
                                     actor=actor, at=now))
    session.add(AuditLog(ticket_id=ticket.id, actor=actor, action="ticket.transfer", at=now,
                         details={"from": source.code if source else None, "to": bureau_code, "reason": reason}))


def is_overdue(ticket: Ticket, today: dt.date | None = None) -> bool:
    today = today or deadlines.china_today()
    if ticket.status == "submitted" and ticket.accept_due:
        return ticket.accept_due < today
    if ticket.status == "merchant_handling" and ticket.odr_due:
        return ticket.odr_due < today
    return False


def _iso(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:  # SQLite hands back naive UTC
            value = value.replace(tzinfo=dt.timezone.utc)
        return value.astimezone(deadlines.CHINA).isoformat(timespec="seconds")
    return value.isoformat()


def field_values(ticket: Ticket) -> dict:
    """The ticket's columns of the field registry (complaint/fields.py), as JSON values."""
    out = {}
    for field in fields.ticket_fields():
        value = getattr(ticket, field.name, None)
        if field.name == "amount":
            value = None if value is None else f"{value:.2f}"
        elif isinstance(value, (dt.date, dt.datetime)):
            value = _iso(value)
        out[field.name] = value
    return out


def ticket_json(ticket: Ticket, *, staff: bool = False) -> dict:
    data = {
        "ticket_no": ticket.ticket_no,
        "type": ticket.type,
        "type_label": TYPE_LABELS[ticket.type],
        "channel": ticket.channel,
        "conversation_id": ticket.conversation_id,
        "status": ticket.status,
        "status_label": STATUS_LABELS[ticket.status],
        **field_values(ticket),
        "dispute_type": ticket.dispute_type,
        "odr_consent": ticket.odr_consent,
        "odr_merchant": ticket.odr_merchant.name if ticket.odr_merchant else None,
        "odr_due": _iso(ticket.odr_due),
        "received_on": _iso(ticket.received_on),
        "accept_due": _iso(ticket.accept_due),
        "overdue": is_overdue(ticket),
        "reject_reason": ticket.reject_reason,
        "bureau_code": ticket.bureau_code,
        "bureau": bureaus.get(ticket.bureau_code).name if bureaus.get(ticket.bureau_code) else None,
        "jurisdiction_confident": ticket.jurisdiction_confident,
        "created_at": _iso(ticket.created_at),
        "updated_at": _iso(ticket.updated_at),
        "closed_at": _iso(ticket.closed_at),
        "evidence": [evidence_json(e) for e in ticket.evidence],
        "history": [history_json(e, staff=staff) for e in ticket.events],
    }
    return data


def history_json(event: TicketEvent, *, staff: bool) -> dict:
    item = {"status": event.to_status, "status_label": STATUS_LABELS[event.to_status], "at": _iso(event.at)}
    if staff:
        item.update(from_status=event.from_status, note=event.note, actor=event.actor)
    elif event.to_status in ("rejected", "merchant_handling", "closed"):
        item["note"] = event.note  # reasons the consumer is entitled to read
    return item


def evidence_json(evidence: Evidence) -> dict:
    return {"id": evidence.id, "original_name": evidence.original_name, "content_type": evidence.content_type,
            "size": evidence.size, "sha256": evidence.sha256, "created_at": _iso(evidence.created_at)}


def status_json(ticket: Ticket) -> dict:
    """What the consumer may see about their own ticket."""
    return {
        "ticket_no": ticket.ticket_no,
        "type": ticket.type,
        "type_label": TYPE_LABELS[ticket.type],
        "status": ticket.status,
        "status_label": STATUS_LABELS[ticket.status],
        "merchant_name": ticket.merchant_name,
        "received_on": _iso(ticket.received_on),
        "accept_due": _iso(ticket.accept_due),
        "odr_due": _iso(ticket.odr_due),
        "reject_reason": ticket.reject_reason,
        # Transfers and mediation notes keep the status: internal steps, not the consumer's.
        "history": [history_json(e, staff=False) for e in ticket.events if e.from_status != e.to_status],
    }


def in_scope(query, bureau_code: str | None):
    """Only the tickets a member of staff of this bureau may see: its own and those below it."""
    if bureau_code is None:
        return query
    return query.where(Ticket.bureau_code.startswith(bureaus.scope_prefix(bureau_code), autoescape=True))


def filtered(flt: TicketFilter, bureau_code: str | None = None):
    query = in_scope(select(Ticket), bureau_code)
    if flt.status:
        query = query.where(Ticket.status == flt.status)
    if flt.type:
        query = query.where(Ticket.type == flt.type)
    if flt.channel:
        query = query.where(Ticket.channel == flt.channel)
    if flt.merchant:
        query = query.where(Ticket.merchant_name.contains(flt.merchant, autoescape=True))
    if flt.date_from:
        query = query.where(Ticket.received_on >= flt.date_from)
    if flt.date_to:
        query = query.where(Ticket.received_on <= flt.date_to)
    if flt.q:
        query = query.where(or_(*(column.contains(flt.q, autoescape=True) for column in (
            Ticket.ticket_no, Ticket.merchant_name, Ticket.product, Ticket.problem, Ticket.demand,
            Ticket.order_no, Ticket.complainant_name, Ticket.phone))))
    if flt.overdue is not None:
        today = deadlines.china_today()
        late = or_(
            (Ticket.status == "submitted") & (Ticket.accept_due < today),
            (Ticket.status == "merchant_handling") & (Ticket.odr_due < today),
        )
        query = query.where(late if flt.overdue else ~late)
    return query


def escalate_overdue_odr(session: Session, today: dt.date | None = None) -> list[str]:
    """ODR cases the merchant left unresolved past their deadline go to the bureau."""
    today = today or deadlines.china_today()
    late = session.scalars(select(Ticket).where(
        Ticket.status == "merchant_handling", Ticket.odr_due < today)).all()
    for ticket in late:
        change_status(session, ticket, "submitted", "system",
                      note="经营者逾期未处理完毕，转市场监管部门处理")
    return [t.ticket_no for t in late]


def purge_expired(session: Session, retention_days: int, now: dt.datetime | None = None) -> int:
    """Deletes closed/rejected tickets past the retention period, with their evidence files."""
    if retention_days <= 0:
        return 0
    cutoff = (now or utcnow()) - dt.timedelta(days=retention_days)
    expired = session.scalars(select(Ticket).where(
        Ticket.status.in_(FINAL), Ticket.closed_at < cutoff).options(selectinload(Ticket.evidence))).all()
    for ticket in expired:
        for evidence in ticket.evidence:
            Path(evidence.storage_path).unlink(missing_ok=True)
        session.execute(delete(Evidence).where(Evidence.ticket_id == ticket.id))
        session.add(AuditLog(ticket_id=None, actor="system", action="ticket.purge",
                             details={"ticket_no": ticket.ticket_no, "retention_days": retention_days}))
        session.delete(ticket)
    return len(expired)


def run_maintenance(db, retention_days: int) -> dict:
    with db.session(write=True) as session:
        escalated = escalate_overdue_odr(session)
        purged = purge_expired(session, retention_days)
        session.commit()
    if escalated or purged:
        log.info("maintenance: %d ODR case(s) escalated, %d expired ticket(s) purged", len(escalated), purged)
    return {"escalated": escalated, "purged": purged}
