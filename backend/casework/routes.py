"""Routes of the casework blueprint: pages (server-rendered) and the JSON API."""
from __future__ import annotations

import csv
import datetime as dt
import hmac
import io
import logging
import os
import re

import requests
from flask import Response, current_app, g, jsonify, redirect, render_template, request, url_for
from sqlalchemy import select

from backend import bureaus, notifications
from backend.auth import csrf_token, current_staff, require_service, require_staff
from backend.casework import casework_bp, service
from backend.db import db
from backend.models import AuditLog, Ticket
from backend.schemas import CHANNELS, STATUS_LABELS, TYPE_LABELS, normalize_phone
from backend.tickets import ApiError, history_json, load_ticket

log = logging.getLogger(__name__)
TICKET_NO = re.compile(r"(TS|JB)\d{8}-\d{6}")
WEB_CONVERSATION = re.compile(r"web:[0-9a-f]{32}")
CHANNEL_LABELS = {"web": "网页", "wechat": "微信", "telegram": "Telegram", "hotline": "热线", "rest": "接口"}
ACTIONS = ("accept", "reject", "mediate", "mediation_note", "close", "transfer")


def _staff():
    staff = current_staff()
    if staff is None:
        raise ApiError(401, "unauthorized", "staff login or a staff API token is required")
    g.staff, g.actor = staff, f"staff:{staff.username}"
    return staff


def _page_staff():
    """The logged-in staff member, or None (the caller redirects to the console's login)."""
    staff = current_staff()
    if staff is not None:
        g.staff, g.actor = staff, f"staff:{staff.username}"
    return staff


def _to_login():
    return redirect(url_for("console.login_page", next=request.full_path.rstrip("?")))


def _date_arg(name: str) -> dt.date | None:
    value = (request.args.get(name) or "").strip()
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def _common() -> dict:
    return {"csrf_token": csrf_token(), "staff": g.staff, "scope_label": service.scope_label(g.staff),
            "status_labels": STATUS_LABELS, "type_labels": TYPE_LABELS, "channel_labels": CHANNEL_LABELS,
            "dispute_label": service.dispute_label, "via_labels": service.VIA_LABELS}


@casework_bp.app_template_filter("casework_time")
def casework_time(value) -> str:
    """'2026-12-05T02:28:16+08:00' -> '2026-12-05 02:28' (China time, as stored by _iso)."""
    if isinstance(value, dt.datetime):
        value = value.astimezone(service.deadlines.CHINA).isoformat() if value.tzinfo else value.isoformat()
    return str(value or "")[:16].replace("T", " ")


# ------------------------------------------------------------------ pages

@casework_bp.get("/casework/")
def queue_page():
    if _page_staff() is None:
        return _to_login()
    filters = {k: (request.args.get(k) or "").strip() for k in
               ("status", "dispute_type", "channel", "merchant", "date_from", "date_to")}
    status = filters["status"] if filters["status"] in STATUS_LABELS else None
    channel = filters["channel"] if filters["channel"] in CHANNELS else None
    with db().session() as session:
        rows = service.queue(session, g.staff, status=status, dispute_type=filters["dispute_type"] or None,
                             channel=channel, merchant=filters["merchant"] or None,
                             date_from=_date_arg("date_from"), date_to=_date_arg("date_to"))
        types = sorted({t for (t,) in session.execute(select(Ticket.dispute_type).distinct()) if t})
        html = render_template("casework/queue.html", rows=rows, filters=filters, dispute_types=types,
                               today=service.deadlines.china_today(), **_common())
    return html


def _transcript(ticket: Ticket) -> tuple[list[dict], str]:
    """The conversation as the consumer had it: Rasa's tracker, else the handoff copy."""
    conversation = ticket.conversation_id
    if not conversation:
        return [], "热线或接口登记，无对话记录"
    rasa = (current_app.config.get("RASA_URL") or os.environ.get("RASA_URL") or "http://127.0.0.1:5005").rstrip("/")
    token = current_app.config.get("RASA_TOKEN") or os.environ.get("RASA_TOKEN") or ""
    try:
        r = requests.get(f"{rasa}/conversations/{conversation}/tracker", timeout=2,
                         params={"token": token, "include_events": "ALL"} if token else {"include_events": "ALL"})
        r.raise_for_status()
        lines = [{"speaker": "消费者" if e["event"] == "user" else "助手", "text": e.get("text") or ""}
                 for e in r.json().get("events", []) if e.get("event") in ("user", "bot") and e.get("text")]
        if lines:
            return lines, "对话记录（Rasa）"
    except (requests.RequestException, ValueError, KeyError, TypeError) as exc:
        log.info("tracker of %s not available: %s", conversation, type(exc).__name__)
    try:
        from backend.console.models import Handoff

        with db().session() as session:
            handoff = session.scalar(select(Handoff).where(Handoff.conversation_id == conversation)
                                     .order_by(Handoff.id.desc()).limit(1))
            if handoff and handoff.transcript:
                speakers = {"user": "消费者", "bot": "助手", "agent": "坐席"}
                return [{"speaker": speakers.get(t.get("speaker"), t.get("speaker")), "text": t.get("text", "")}
                        for t in handoff.transcript], "转人工时保存的对话"
    except Exception:  # noqa: BLE001 - the console's tables may not exist in a trimmed deployment
        pass
    return [], "对话记录暂不可用（对话服务未连接）"


def _ticket_page(ticket_no: str, error: str | None = None, status: int = 200):
    with db().session() as session:
        ticket = service.get_in_scope(session, g.staff, ticket_no)
        transcript, transcript_source = _transcript(ticket)
        audit = session.scalars(select(AuditLog).where(AuditLog.ticket_id == ticket.id).order_by(AuditLog.id)).all()
        sent = notifications.for_ticket(session, ticket.id)
        html = render_template(
            "casework/ticket.html", ticket=ticket, bureau=bureaus.get(ticket.bureau_code),
            history=[history_json(e, staff=True) for e in ticket.events], audit=audit,
            notifications=[notifications.as_json(n, staff=True) for n in sent],
            transcript=transcript, transcript_source=transcript_source,
            overdue=(due := service.due_of(ticket)) is not None and due < service.deadlines.china_today(),
            due=due, grounds=service.grounds_for(ticket), outcomes=service.CLOSE_OUTCOMES,
            jurisdiction=ticket.jurisdiction or {}, error=error, done=request.args.get("done"), **_common())
    return html, status


@casework_bp.get("/casework/tickets/<ticket_no>")
def ticket_page(ticket_no: str):
    if _page_staff() is None:
        return _to_login()
    try:
        return _ticket_page(ticket_no)
    except ApiError as exc:
        if exc.status != 404:
            raise
        return _not_found()


def _not_found():
    return render_template("casework/not_found.html", **_common()), 404


def _apply(session, staff, ticket, action: str, form) -> None:
    get = lambda name: (form.get(name) or "").strip() or None  # noqa: E731
    if action == "accept":
        service.accept(session, staff, ticket, get("note"))
    elif action == "reject":
        service.reject(session, staff, ticket, get("ground"), get("detail"))
    elif action == "mediate":
        service.start_mediation(session, staff, ticket, get("note"))
    elif action == "mediation_note":
        service.record_mediation(session, staff, ticket, get("text"))
    elif action == "close":
        service.close(session, staff, ticket, get("outcome"), get("detail"))
    elif action == "transfer":
        service.transfer_to(session, staff, ticket, get("bureau_code"), get("reason"))
    else:
        raise ApiError(400, "bad_request", f"unknown action {action!r}")


ERROR_TEXT = {
    "ground": "请选择不予受理的理由。", "detail": "选择“其他情形”时，请写明依据。", "outcome": "请选择办结结果。",
    "reason": "请填写转办理由。", "bureau_code": "请选择要转往的单位。", "text": "请填写调解记录。",
}


def _error_text(exc: ApiError) -> str:
    fields = [d.get("field") for d in exc.extra.get("details", [])]
    for field in fields:
        if field in ERROR_TEXT:
            return ERROR_TEXT[field]
    if exc.error == "invalid_transition":
        return "当前状态下不能进行这项操作。"
    if exc.error == "same_bureau":
        return "案件已在该单位，无需转办。"
    return exc.message


@casework_bp.post("/casework/tickets/<ticket_no>/<action>")
def ticket_action(ticket_no: str, action: str):
    """The ticket page's forms: apply, then back to the page (POST, redirect, GET)."""
    if _page_staff() is None:
        return _to_login()
    try:
        with db().session(write=True) as session:
            ticket = service.get_in_scope(session, g.staff, ticket_no)
            _apply(session, g.staff, ticket, action, request.form)
            session.commit()
            number = ticket.ticket_no
    except ApiError as exc:
        if exc.status == 404:
            return _not_found()
        return _ticket_page(ticket_no, error=_error_text(exc), status=exc.status)
    if action == "transfer" and not bureaus.covers(service.scope_of(g.staff), request.form.get("bureau_code")):
        return redirect(url_for("casework.queue_page", done="transferred"))
    return redirect(url_for("casework.ticket_page", ticket_no=number, done=action))


@casework_bp.get("/casework/dashboard")
def dashboard_page():
    if _page_staff() is None:
        return _to_login()
    with db().session() as session:
        data = service.figures(session, g.staff)
    return render_template("casework/dashboard.html", figures=data, **_common())


@casework_bp.get("/casework/dashboard.csv")
def dashboard_csv():
    if _page_staff() is None:
        return _to_login()
    with db().session() as session:
        data = service.figures(session, g.staff)
    out = io.StringIO()
    out.write("\ufeff")  # Excel opens UTF-8 with the BOM
    writer = csv.writer(out)
    writer.writerow(["指标", "项目", "数量"])
    for day, n in zip(data["days"], data["per_day"]):
        writer.writerow(["每日投诉举报", day, n])
    for name, n in data["merchants"]:
        writer.writerow(["被投诉较多的经营者", "'" + name if name[:1] in "=+-@" else name, n])
    for name, n in data["dispute_types"]:
        writer.writerow(["争议类型", name, n])
    for name, n in data["districts"]:
        writer.writerow(["区县", name, n])
    writer.writerow(["逾期未受理", "", data["overdue"]])
    with db().session(write=True) as session:
        session.add(AuditLog(actor=g.actor, action="dashboard.export", details={"scope": g.staff.bureau_code}))
        session.commit()
    return Response(out.getvalue(), mimetype="text/csv; charset=utf-8",
                    headers={"Content-Disposition": "attachment; filename=dashboard.csv"})


# ------------------------------------------------------------------ the consumer's status page

@casework_bp.route("/status", methods=["GET", "POST"])
def status_page():
    """A consumer's own ticket (number + phone), with the messages sent about it. Viewing
    it counts as delivery of the web channel's messages."""
    result, error = None, None
    if request.method == "POST" and _status_limiter().take(_client_ip()):
        # Guessing numbers for a known phone: a few tries a minute per address.
        error = "查询过于频繁，请一分钟后再试。"
    elif request.method == "POST":
        ticket_no = (request.form.get("ticket_no") or "").strip().upper()
        phone = normalize_phone(request.form.get("phone") or "")
        with db().session(write=True) as session:
            ticket = load_ticket(session, ticket_no) if TICKET_NO.fullmatch(ticket_no) else None
            stored = (ticket.phone or "") if ticket else ""
            if ticket is None or phone is None or not hmac.compare_digest(stored.encode(), phone.encode()):
                error = "没有找到这个编号和手机号对应的投诉或举报，请核对后再试。"
            else:
                notifications.mark_shown(session, ticket.id)
                session.commit()
                result = {"ticket": ticket, "history": [history_json(e, staff=False) for e in ticket.events
                                                       if e.from_status != e.to_status],
                          "bureau": bureaus.get(ticket.bureau_code),
                          "messages": [notifications.as_json(n, staff=False)
                                       for n in notifications.for_ticket(session, ticket.id)]}
                return render_template("casework/status.html", result=result, error=None,
                                       csrf_token=csrf_token(), status_labels=STATUS_LABELS)
    return render_template("casework/status.html", result=result, error=error, csrf_token=csrf_token(),
                           status_labels=STATUS_LABELS)


def _status_limiter():
    from backend.api import TokenBucket

    limiter = current_app.extensions.get("status_page_limiter")
    if limiter is None:
        limiter = current_app.extensions["status_page_limiter"] = TokenBucket(5, 5 / 60)
    return limiter


def _client_ip() -> str:
    from backend.api import client_ip

    return client_ip()


@casework_bp.get("/api/v1/widget/notifications")
def widget_notifications():
    """The web widget on the consumer's return: messages about their conversation's
    tickets not yet seen. No credential: the conversation id is the widget's random
    128-bit session id, known only to that browser (as for /widget/evidence)."""
    from backend.api import origin_allowed

    origin = request.headers.get("Origin")
    if origin is not None and not origin_allowed(origin):
        raise ApiError(403, "origin_not_allowed", f"requests from pages on {origin} are not allowed "
                                                  "(WIDGET_ALLOWED_ORIGINS)")
    conversation = (request.args.get("conversation_id") or "").strip()
    if not WEB_CONVERSATION.fullmatch(conversation):
        raise ApiError(400, "invalid_conversation_id", "conversation_id must be web: + 32 lowercase hex")
    with db().session(write=True) as session:
        items = session.scalars(select(notifications.Notification).where(
            notifications.Notification.channel == "web", notifications.Notification.recipient == conversation,
            notifications.Notification.state == "pending").order_by(notifications.Notification.id)).all()
        out = [{"id": n.id, "text": n.text} for n in items]
        for n in items:
            n.state, n.via, n.delivered_at = "shown", "widget", notifications.utcnow()
        session.commit()
    response = jsonify(messages=out)
    response.headers.add("Vary", "Origin")
    if origin is not None:  # a page of the bureau's site on another origin (allowed above)
        response.headers["Access-Control-Allow-Origin"] = origin
    return response


# ------------------------------------------------------------------ JSON API: bridges

@casework_bp.get("/api/v1/notifications/pending")
@require_service
def pending_notifications():
    channel = request.args.get("channel", "")
    if channel not in notifications.PUSH_CHANNELS:
        raise ApiError(400, "bad_request", f"channel must be one of {', '.join(notifications.PUSH_CHANNELS)}")
    try:
        limit = max(1, min(int(request.args.get("limit", "50")), 200))
    except ValueError:
        raise ApiError(400, "bad_request", "limit must be an integer") from None
    with db().session() as session:
        items = notifications.pending(session, channel, limit)
        tickets = {t.id: t for t in session.scalars(select(Ticket).where(Ticket.id.in_({n.ticket_id for n in items})))}
        out = [{"id": n.id, "recipient": n.recipient, "text": n.text, "kind": n.kind, "attempts": n.attempts,
                "ticket_no": tickets[n.ticket_id].ticket_no,
                "template": notifications.template_data(n, tickets[n.ticket_id])} for n in items]
    return jsonify(notifications=out)


@casework_bp.post("/api/v1/notifications/<int:notification_id>/result")
@require_service
def notification_result(notification_id: int):
    body = request.get_json(silent=True)
    if not isinstance(body, dict) or body.get("outcome") not in ("sent", "retry", "failed"):
        raise ApiError(400, "bad_request", "body: {\"outcome\": \"sent\"|\"retry\"|\"failed\", \"via\", \"error\"}")
    via = str(body.get("via") or "")[:32] or None
    with db().session(write=True) as session:
        item = session.get(notifications.Notification, notification_id)
        if item is None:
            raise ApiError(404, "not_found", f"no notification {notification_id}")
        notifications.record_result(session, item, body["outcome"], via, str(body.get("error") or "") or None,
                                    g.actor)
        session.commit()
        return jsonify(id=item.id, state=item.state, attempts=item.attempts)


# ------------------------------------------------------------------ JSON API: staff

@casework_bp.post("/api/v1/tickets/<ticket_no>/transfer")
@require_staff
def transfer_api(ticket_no: str):
    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        raise ApiError(400, "bad_request", "the body must be a JSON object")
    staff = _staff()
    with db().session(write=True) as session:
        ticket = service.get_in_scope(session, staff, ticket_no)
        service.transfer_to(session, staff, ticket, str(body.get("bureau_code") or ""), body.get("reason"))
        session.commit()
        return jsonify(ticket_no=ticket.ticket_no, bureau_code=ticket.bureau_code,
                       bureau=bureaus.get(ticket.bureau_code).name)


@casework_bp.post("/api/v1/tickets/<ticket_no>/casework/<action>")
@require_staff
def action_api(ticket_no: str, action: str):
    """The ticket page's actions for API clients: JSON body with the same fields as the forms."""
    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        raise ApiError(400, "bad_request", "the body must be a JSON object")
    if action not in ACTIONS:
        raise ApiError(404, "not_found", f"unknown action {action!r}")
    staff = _staff()
    with db().session(write=True) as session:
        ticket = service.get_in_scope(session, staff, ticket_no)
        _apply(session, staff, ticket, action, body)
        session.commit()
        return jsonify(ticket_no=ticket.ticket_no, status=ticket.status, bureau_code=ticket.bureau_code)


@casework_bp.get("/api/v1/tickets/<ticket_no>/notifications")
@require_staff
def ticket_notifications(ticket_no: str):
    staff = _staff()
    with db().session() as session:
        ticket = service.get_in_scope(session, staff, ticket_no)
        return jsonify(items=[notifications.as_json(n, staff=True)
                              for n in notifications.for_ticket(session, ticket.id)])


@casework_bp.get("/api/v1/bureaus")
@require_staff
def bureau_search():
    q = (request.args.get("q") or "").strip()
    return jsonify(items=[b.as_dict() for b in bureaus.search(q)] if q else
                   [b.as_dict() for b in bureaus.children(None)])
