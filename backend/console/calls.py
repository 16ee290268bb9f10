"""Calls: the service layer behind the console's call routes (like backend/tickets.py
for tickets): lines, corrections, suggestions, filing and the call summary. Views parse
the request and call these; nothing here reads Flask's request."""
from __future__ import annotations

import json
import secrets
import time
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select

from backend.console.engine import engine
from backend.console.live import RECHECK_S, bus
from backend.console.models import ConsoleCall, ConsoleCallLine
from backend.console.suggest import Line
from backend.console.summary import call_summary
from backend.db import Database
from backend.deadlines import china_today
from backend.models import AuditLog, Ticket, utcnow
from backend.schemas import STATUS_LABELS, TicketIn
from backend.tickets import ApiError, create_ticket, ticket_json
from complaint import ticket as complaint_ticket


def jsonable(value):
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    if hasattr(value, "name"):
        return value.name
    return str(value)


def plain(data):
    """Dates, amounts and enums as the JSON the page and the ticket API read."""
    return json.loads(json.dumps(data, default=jsonable, ensure_ascii=False))


def line_json(row: ConsoleCallLine) -> dict:
    return {"seq": row.seq, "speaker": row.speaker, "text": row.text, "origin": row.origin}


def load_call(session, call_key: str, *, for_agent: str | None = None) -> ConsoleCall:
    call = session.scalar(select(ConsoleCall).where(ConsoleCall.call_key == call_key))
    if call is None or (for_agent is not None and call.agent != for_agent):
        # Another agent's call looks the same as no call: keys are not for sharing.
        raise ApiError(404, "not_found", f"没有找到这个通话（{call_key}），或它不是您的通话")
    return call


def call_lines(session, call: ConsoleCall) -> list[Line]:
    rows = session.scalars(select(ConsoleCallLine).where(ConsoleCallLine.call_id == call.id)
                           .order_by(ConsoleCallLine.seq)).all()
    return [Line(row.seq, row.text, row.speaker) for row in rows]


def suggestions_for(lines: list[Line], corrections: dict | None) -> dict:
    result = engine().suggest(lines, corrections, today=china_today()).to_dict()
    result["seq"] = max((line.seq for line in lines), default=0)
    return plain(result)


def start_call(db: Database, agent: str, caller_number: str | None = None) -> str:
    with db.session(write=True) as session:
        call = ConsoleCall(call_key=secrets.token_urlsafe(12), agent=agent, status="active",
                           caller_number=caller_number, corrections={})
        session.add(call)
        session.commit()
        return call.call_key


def call_state(db: Database, call_key: str, agent: str) -> dict:
    with db.session() as session:
        call = load_call(session, call_key, for_agent=agent)
        rows = session.scalars(select(ConsoleCallLine).where(ConsoleCallLine.call_id == call.id)
                               .order_by(ConsoleCallLine.seq)).all()
        info = {"call_key": call.call_key, "status": call.status, "ticket_no": call.ticket_no,
                "summary": call.summary}
        corrections = dict(call.corrections or {})
    lines = [Line(r.seq, r.text, r.speaker) for r in rows]
    return {"call": info, "lines": [line_json(r) for r in rows], "suggestions": suggestions_for(lines, corrections)}


def add_line(db: Database, call_key: str, speaker: str, text: str, origin: str,
             agent: str | None = None) -> tuple[dict, list[Line], dict]:
    """Stores a line (typed, or pushed by ASR when `agent` is None) and wakes the pages."""
    with db.session(write=True) as session:
        call = load_call(session, call_key, for_agent=agent)
        if call.status != "active":
            raise ApiError(409, "call_ended", "这个通话已经结束，请新建通话")
        last = session.scalar(select(func.max(ConsoleCallLine.seq)).where(ConsoleCallLine.call_id == call.id)) or 0
        row = ConsoleCallLine(call_id=call.id, seq=last + 1, speaker=speaker, text=text, origin=origin)
        session.add(row)
        session.commit()
        line = line_json(row)
        lines = call_lines(session, call)
        corrections = dict(call.corrections or {})
    bus.publish()
    return line, lines, corrections


def current_suggestions(db: Database, call_key: str, agent: str) -> dict:
    with db.session() as session:
        call = load_call(session, call_key, for_agent=agent)
        lines = call_lines(session, call)
        corrections = dict(call.corrections or {})
    return suggestions_for(lines, corrections)


def correct(db: Database, call_key: str, agent: str, field: str, value: str) -> dict:
    with db.session(write=True) as session:
        call = load_call(session, call_key, for_agent=agent)
        corrections = dict(call.corrections or {})
        if value.strip():
            corrections[field] = value.strip()
        else:
            corrections.pop(field, None)  # cleared: back to what the caller said
        call.corrections = corrections
        session.commit()
        lines = call_lines(session, call)
    return suggestions_for(lines, corrections)


def lines_after(db: Database, call_key: str, agent: str, after: int) -> tuple[list[dict], str]:
    with db.session() as session:
        call = load_call(session, call_key, for_agent=agent)
        rows = session.scalars(select(ConsoleCallLine).where(
            ConsoleCallLine.call_id == call.id, ConsoleCallLine.seq > after).order_by(ConsoleCallLine.seq)).all()
        return [line_json(r) for r in rows], call.status


def wait_for_lines(db: Database, call_key: str, agent: str, after: int, wait_s: float) -> tuple[list[dict], str]:
    """New lines (or the call's end), waiting up to `wait_s` for them."""
    deadline = None
    while True:
        version = bus.version
        lines, status = lines_after(db, call_key, agent, after)
        if lines or status != "active" or wait_s <= 0:
            return lines, status
        now = time.monotonic()
        deadline = deadline or now + wait_s
        if now >= deadline:
            return lines, status
        # A line stored in this process wakes us at once; other processes' on the recheck.
        bus.wait(version, timeout=min(RECHECK_S, deadline - now))


def ticket_payload(draft: dict, ticket_type: str, call_key: str, dispute_type: str | None) -> dict:
    """The ticket the call files (complaint.ticket, as the action server builds it); a
    field the caller gave that did not pass its check stops the filing."""
    values = {}
    for name, entry in draft.items():
        if entry["value"] in (None, "") and entry["raw"] in (None, ""):
            continue
        if not entry["valid"]:
            raise ApiError(422, "invalid_field",
                           f"{entry['label']}未通过校验：{entry['message'] or entry['raw']}；请先更正",
                           field=name)
        values[name] = entry["value"]
    return complaint_ticket.payload(values, ticket_type, "hotline", f"hotline:{call_key}", dispute_type or None)


def file_ticket(db: Database, call_key: str, agent: str, ticket_type: str) -> tuple[dict, bool]:
    """One call files one ticket: a second click returns the same ticket."""
    with db.session() as session:
        call = load_call(session, call_key, for_agent=agent)
        lines = call_lines(session, call)
        corrections = dict(call.corrections or {})
    result = engine().suggest(lines, corrections, today=china_today())
    types = result.dispute_types
    payload = plain(ticket_payload(result.ticket, ticket_type, call_key, types[0]["id"] if types else None))
    ticket, created = create_ticket(db, TicketIn.model_validate(payload), f"console:{call_key}", f"staff:{agent}")
    summary = call_summary(result.ticket, result.articles, types[0]["name"] if types else None)
    with db.session(write=True) as session:
        call = load_call(session, call_key)
        call.ticket_id, call.ticket_no = ticket.id, ticket.ticket_no
        call.summary, call.summary_data = summary["text"], summary
        if created:
            session.add(AuditLog(ticket_id=ticket.id, actor=f"staff:{agent}",
                                 action="console.call_summary", details=summary))
        session.commit()
    return {"ticket_no": ticket.ticket_no, "created": created, "ticket": ticket_json(ticket, staff=True),
            "summary": summary}, created


def end_call(db: Database, call_key: str, agent: str) -> dict:
    with db.session(write=True) as session:
        call = load_call(session, call_key, for_agent=agent)
        lines = call_lines(session, call)
        result = engine().suggest(lines, dict(call.corrections or {}), today=china_today())
        types = result.dispute_types
        summary = plain(call_summary(result.ticket, result.articles, types[0]["name"] if types else None))
        call.status = "ended"
        call.ended_at = utcnow()
        call.summary, call.summary_data = summary["text"], summary
        if call.ticket_id is not None:
            # The summary goes into the ticket's audit trail too, where staff read the file.
            session.add(AuditLog(ticket_id=call.ticket_id, actor=f"staff:{agent}",
                                 action="console.call_summary", details=summary))
        session.commit()
        ticket_no = call.ticket_no
    bus.publish()
    return {"call_key": call_key, "status": "ended", "ticket_no": ticket_no, "summary": summary}


def agent_tickets(db: Database, agent: str, limit: int = 50) -> list[dict]:
    """Tickets this agent filed from calls, newest first (the full list is the staff API's)."""
    with db.session() as session:
        rows = session.execute(
            select(Ticket, ConsoleCall.summary).join(ConsoleCall, ConsoleCall.ticket_id == Ticket.id)
            .where(ConsoleCall.agent == agent).order_by(Ticket.id.desc()).limit(limit)).all()
    return [{"ticket_no": t.ticket_no, "merchant_name": t.merchant_name, "product": t.product,
             "status": t.status, "status_label": STATUS_LABELS[t.status], "summary": summary}
            for t, summary in rows]
