"""JSON API under /api/v1: service endpoints (bots) and staff endpoints (console)."""
from __future__ import annotations

import csv
import hmac
import io
import math
import os
import re
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

from flask import Blueprint, Response, current_app, g, jsonify, request, send_file
from werkzeug.exceptions import RequestEntityTooLarge
from sqlalchemy import func, select

from complaint import channels, fields
from backend import bureaus
from backend import evidence as evidence_store
from backend.auth import csrf_exempt, require_service, require_staff
from backend.console import handoffs
from backend.console.schemas import DeliveryIn, HandoffIn, WidgetAckIn
from backend.db import db
from backend.deadlines import ODR_WORKING_DAYS
from backend.models import AuditLog, Evidence, OdrMerchant, Ticket
from backend.schemas import (STATUS_LABELS, TYPE_LABELS, OdrMerchantIn, OdrResultIn, StatusChangeIn,
                             TicketFilter, TicketIn, merchant_key, normalize_phone)
from backend.tickets import (ApiError, change_status, create_ticket, evidence_json, filtered, is_overdue,
                             load_ticket, status_json, ticket_json)

api_bp = Blueprint("api", __name__, url_prefix="/api/v1")

IDEMPOTENCY_KEY = re.compile(r"[\x21-\x7e]{1,200}")  # printable ASCII, no spaces
TICKET_NO = re.compile(r"(TS|JB)\d{8}-\d{6}")
MAX_EVIDENCE_PER_CONVERSATION = 30


def json_body() -> dict:
    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        raise ApiError(400, "bad_request", "the body must be a JSON object (Content-Type: application/json)")
    return body


# --- service endpoints (action server, channel bridges) ---------------------------------

@api_bp.post("/tickets")
@require_service
def create():
    key = request.headers.get("Idempotency-Key", "")
    if not IDEMPOTENCY_KEY.fullmatch(key):
        raise ApiError(400, "idempotency_key_required",
                       "the Idempotency-Key header is required: 1-200 printable ASCII characters without spaces, "
                       "the same for every retry of one submission")
    data = TicketIn.model_validate(json_body())
    ticket, created = create_ticket(db(), data, key, g.actor)
    return jsonify(ticket_json(ticket)), 201 if created else 200


NOT_FOUND = ("not_found", "no ticket with this number and phone number (or conversation)")


@api_bp.get("/tickets/status")
@require_service
def consumer_status():
    """A ticket's status for its consumer: the number with the phone registered, or with the
    conversation that filed it (the bot asking for a ticket filed in the same chat; the
    conversation id is the channel's verified sender, passed only by a service)."""
    ticket_no = (request.args.get("ticket_no") or "").strip().upper()
    conversation = (request.args.get("conversation_id") or "").strip()
    phone = normalize_phone(request.args.get("phone") or "")
    if not ticket_no or not (request.args.get("phone") or conversation):
        raise ApiError(400, "bad_request", "ticket_no and either phone or conversation_id are required")
    with db().session() as session:
        ticket = load_ticket(session, ticket_no) if TICKET_NO.fullmatch(ticket_no) else None
        # A wrong phone looks exactly like an unknown number: nothing to learn by guessing.
        if request.args.get("phone"):
            stored, given = (ticket.phone or "") if ticket else "", phone
        else:
            stored, given = (ticket.conversation_id or "") if ticket else "", conversation
        matches = bool(stored) and given is not None and hmac.compare_digest(stored.encode(), given.encode())
        if ticket is None or not matches:
            raise ApiError(404, *NOT_FOUND)
        return jsonify(status_json(ticket))


@api_bp.get("/odr/check")
@require_service
def odr_check():
    """Is this merchant an ODR enterprise? The dialogue then asks the consumer's consent."""
    name = (request.args.get("merchant_name") or "").strip()
    if not name or len(name) > 200:
        raise ApiError(400, "bad_request", "merchant_name (1-200 characters) is required")
    with db().session() as session:
        merchant = session.scalar(select(OdrMerchant).where(
            OdrMerchant.name_key == merchant_key(name), OdrMerchant.is_active.is_(True)))
    return jsonify(odr=merchant is not None, merchant_name=merchant.name if merchant else None,
                   working_days=ODR_WORKING_DAYS)


@api_bp.post("/evidence")
@require_service
def upload_evidence():
    upload, form = _multipart()
    conversation_id = (form.get("conversation_id") or "").strip()
    ticket_no = (form.get("ticket_no") or "").strip().upper() or None
    if upload is None or not conversation_id:
        raise ApiError(400, "bad_request", "multipart fields 'file' and 'conversation_id' are required")
    if len(conversation_id) > 200:
        raise ApiError(422, "validation_error", "conversation_id is longer than 200 characters")
    return store_evidence(upload, conversation_id, ticket_no)


def _multipart():
    """The upload and the form fields; a body over MAX_CONTENT_LENGTH is a precise 413."""
    try:
        return request.files.get("file"), request.form
    except RequestEntityTooLarge as exc:
        raise ApiError(413, "file_too_large",
                       f"the file is larger than {current_app.config['EVIDENCE_MAX_BYTES']} bytes") from exc


def store_evidence(upload, conversation_id: str, ticket_no: str | None):
    """Shared by the bridges' route and the widget's: per-conversation cap, type sniffed
    from the content, size limit, stored and tied to the conversation's ticket if any."""
    # Checks and the file copy happen outside the write transaction: a slow upload
    # must not hold SQLite's single write lock (every filing would wait behind it).
    with db().session() as session:
        count = session.scalar(select(func.count()).select_from(Evidence).where(
            Evidence.conversation_id == conversation_id))
        if count >= MAX_EVIDENCE_PER_CONVERSATION:
            raise ApiError(429, "too_many_files",
                           f"at most {MAX_EVIDENCE_PER_CONVERSATION} files per conversation")
        if evidence_store.storage_full(session, current_app):
            raise ApiError(507, "storage_full", "evidence storage is full (EVIDENCE_TOTAL_MAX_MB); try again later")
        if ticket_no:
            ticket = session.scalar(select(Ticket).where(Ticket.ticket_no == ticket_no))
            if ticket is None or ticket.conversation_id != conversation_id:
                raise ApiError(404, "not_found", "no ticket with this number in this conversation")
    try:
        stored = evidence_store.store(upload.stream, current_app.config["EVIDENCE_DIR"],
                                      current_app.config["EVIDENCE_MAX_BYTES"])
    except ValueError as exc:
        if str(exc) == "too_large":
            raise ApiError(413, "file_too_large",
                           f"the file is larger than {current_app.config['EVIDENCE_MAX_BYTES']} bytes") from exc
        raise ApiError(415, "unsupported_file_type",
                       "only images (JPEG, PNG, WebP, GIF, HEIC) and PDF documents are accepted") from exc
    try:
        with db().session(write=True) as session:
            if ticket_no:
                ticket = session.scalar(select(Ticket).where(Ticket.ticket_no == ticket_no))
            else:
                # The ticket may already exist for this conversation (evidence sent after filing).
                ticket = session.scalar(select(Ticket).where(Ticket.conversation_id == conversation_id)
                                        .order_by(Ticket.id.desc()).limit(1))
            name = (upload.filename or "")[:255] or None
            item = Evidence(conversation_id=conversation_id, ticket_id=ticket.id if ticket else None,
                            original_name=name, **stored)
            session.add(item)
            session.flush()
            session.add(AuditLog(ticket_id=item.ticket_id, actor=g.actor, action="evidence.upload",
                                 details={"evidence_id": item.id, "size": item.size, "type": item.content_type}))
            session.commit()
            if g.get("upload_address"):  # widget uploads count against the address's daily quota
                evidence_store.address_quota(current_app).record(g.upload_address, item.size)
            return jsonify({**evidence_json(item), "ticket_no": ticket.ticket_no if ticket else None}), 201
    except BaseException:
        Path(stored["storage_path"]).unlink(missing_ok=True)
        raise


# --- handoffs: the bots hand a conversation to a human; bridges relay agents' replies ---

@api_bp.post("/handoffs")
@require_service
def create_handoff():
    """The action server (or a bridge) hands a conversation to a human. One open handoff
    per conversation: posting again updates its transcript and draft."""
    out, created = handoffs.open_handoff(db(), HandoffIn.model_validate(json_body()))
    return jsonify(out), 201 if created else 200


@api_bp.get("/handoffs/replies")
@require_service
def handoff_replies():
    """Agent replies for a bridge to relay (WeChat and Telegram reach Rasa over REST, so
    Rasa cannot push to them): `?channel=wechat&after=<last reply id>`."""
    try:
        after = int(request.args.get("after", "0"))
    except ValueError:
        raise ApiError(400, "bad_request", "after must be an integer reply id") from None
    return jsonify(replies=handoffs.replies_to_relay(db(), request.args.get("channel", ""), after))


@api_bp.post("/handoffs/replies/<int:reply_id>/delivery")
@require_service
def handoff_reply_delivery(reply_id: int):
    """A bridge reports whether the platform took the reply: the console then shows 已送达
    (or the platform's refusal) instead of guessing."""
    data = DeliveryIn.model_validate(json_body())
    return jsonify(handoffs.report_delivery(db(), reply_id, data.delivered, data.error))


# --- staff endpoints (console) --------------------------------------------------------------

def _staff_bureau() -> str | None:
    """The staff member's bureau: they see its tickets and those below it (None: all)."""
    staff = g.get("staff")
    return staff.bureau_code if staff is not None else None


def _get_ticket(session, ticket_no: str) -> Ticket:
    ticket = load_ticket(session, ticket_no.upper())
    # Another bureau's ticket looks exactly like a missing one.
    if ticket is None or not bureaus.covers(_staff_bureau(), ticket.bureau_code):
        raise ApiError(404, "not_found", f"no ticket {ticket_no}")
    return ticket


@api_bp.get("/tickets")
@require_staff
def staff_list():
    flt = TicketFilter.model_validate(request.args.to_dict())
    query = filtered(flt, _staff_bureau())
    with db().session() as session:
        total = session.scalar(select(func.count()).select_from(query.subquery()))
        rows = session.scalars(query.order_by(Ticket.id.desc())
                               .offset((flt.page - 1) * flt.per_page).limit(flt.per_page)).all()
        items = [_summary(t) for t in rows]
    return jsonify(items=items, total=total, page=flt.page, per_page=flt.per_page)


def _summary(ticket: Ticket) -> dict:
    return {
        "ticket_no": ticket.ticket_no, "type": ticket.type, "type_label": TYPE_LABELS[ticket.type],
        "channel": ticket.channel, "status": ticket.status, "status_label": STATUS_LABELS[ticket.status],
        "complainant_name": ticket.complainant_name, "phone": ticket.phone,
        "merchant_name": ticket.merchant_name, "product": ticket.product,
        "amount": None if ticket.amount is None else f"{ticket.amount:.2f}",
        "received_on": ticket.received_on.isoformat(),
        "accept_due": ticket.accept_due.isoformat() if ticket.accept_due else None,
        "odr_due": ticket.odr_due.isoformat() if ticket.odr_due else None,
        "overdue": is_overdue(ticket),
    }


def csv_columns() -> list[tuple[str, str]]:
    """The export's columns: the ticket's bookkeeping, then every field of the registry."""
    return [
        ("ticket_no", "编号"), ("type_label", "类型"), ("channel_label", "渠道"), ("status_label", "状态"),
        ("received_on", "登记日期"), ("accept_due", "受理期限"), ("overdue", "是否逾期"),
        *[(f.name, f.label) for f in fields.ticket_fields()],
        ("reject_reason", "不予受理理由"),
    ]


def _csv_cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    text = str(value)
    # Spreadsheets run cells starting with these as formulas (CSV injection).
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


@api_bp.get("/tickets/export.csv")
@require_staff
def staff_export():
    flt = TicketFilter.model_validate(request.args.to_dict())
    out = io.StringIO()
    out.write("\ufeff")  # BOM: Excel then opens the UTF-8 file with the right encoding
    writer = csv.writer(out)
    columns = csv_columns()
    writer.writerow([label for _, label in columns])
    with db().session() as session:
        count = 0
        for ticket in session.scalars(filtered(flt, _staff_bureau()).order_by(Ticket.id)).yield_per(500):
            row = ticket_json(ticket) | {"overdue": is_overdue(ticket), "channel_label": channels.label(ticket.channel)}
            writer.writerow([_csv_cell(row.get(key)) for key, _ in columns])
            count += 1
    with db().session(write=True) as session:
        session.add(AuditLog(actor=g.actor, action="tickets.export",
                             details={"filter": flt.model_dump(mode="json", exclude_none=True), "rows": count}))
        session.commit()
    return Response(out.getvalue(), mimetype="text/csv; charset=utf-8",
                    headers={"Content-Disposition": "attachment; filename=tickets.csv"})


@api_bp.get("/tickets/<ticket_no>")
@require_staff
def staff_get(ticket_no: str):
    with db().session() as session:
        ticket = _get_ticket(session, ticket_no)
        data = ticket_json(ticket, staff=True)
        data["audit"] = [
            {"actor": a.actor, "action": a.action, "details": a.details, "at": a.at.isoformat()}
            for a in session.scalars(select(AuditLog).where(AuditLog.ticket_id == ticket.id).order_by(AuditLog.id))
        ]
    return jsonify(data)


@api_bp.post("/tickets/<ticket_no>/status")
@require_staff
def staff_change_status(ticket_no: str):
    change = StatusChangeIn.model_validate(json_body())
    with db().session(write=True) as session:
        ticket = _get_ticket(session, ticket_no)
        change_status(session, ticket, change.status, g.actor, reason=change.reason, note=change.note)
        session.commit()
        return jsonify(ticket_json(load_ticket(session, ticket.ticket_no), staff=True))


@api_bp.post("/tickets/<ticket_no>/odr-result")
@require_staff
def staff_odr_result(ticket_no: str):
    result = OdrResultIn.model_validate(json_body())
    with db().session(write=True) as session:
        ticket = _get_ticket(session, ticket_no)
        if ticket.status != "merchant_handling":
            raise ApiError(409, "invalid_transition", "this ticket is not with an ODR merchant")
        if result.resolved:
            change_status(session, ticket, "closed", g.actor, note=result.note or "经营者已与消费者和解")
        else:
            change_status(session, ticket, "submitted", g.actor,
                          note=result.note or "经营者未能处理，转市场监管部门处理")
        session.commit()
        return jsonify(ticket_json(load_ticket(session, ticket.ticket_no), staff=True))


@api_bp.get("/evidence/<int:evidence_id>")
@require_staff
def staff_evidence(evidence_id: int):
    with db().session() as session:
        item = session.get(Evidence, evidence_id)
        if item is None:
            raise ApiError(404, "not_found", f"no evidence {evidence_id}")
        path, content_type, name = item.storage_path, item.content_type, item.original_name
    return send_file(path, mimetype=content_type, as_attachment=True,
                     download_name=name or f"evidence-{evidence_id}")


@api_bp.get("/odr/merchants")
@require_staff
def odr_list():
    with db().session() as session:
        rows = session.scalars(select(OdrMerchant).order_by(OdrMerchant.name)).all()
        return jsonify(items=[_merchant_json(m) for m in rows])


@api_bp.post("/odr/merchants")
@require_staff
def odr_register():
    data = OdrMerchantIn.model_validate(json_body())
    with db().session(write=True) as session:
        key = merchant_key(data.name)
        if session.scalar(select(OdrMerchant).where(OdrMerchant.name_key == key)):
            raise ApiError(409, "already_registered", f"{data.name} is already an ODR merchant")
        merchant = OdrMerchant(name=data.name, name_key=key, credit_code=data.credit_code,
                               contact=data.contact, is_active=True)
        session.add(merchant)
        session.add(AuditLog(actor=g.actor, action="odr.register", details={"name": data.name}))
        session.commit()
        return jsonify(_merchant_json(merchant)), 201


def _merchant_json(merchant: OdrMerchant) -> dict:
    return {"id": merchant.id, "name": merchant.name, "credit_code": merchant.credit_code,
            "contact": merchant.contact, "is_active": merchant.is_active}


# --- the web widget's public upload (channels/web) -------------------------------------------
#
# Browsers on the bureau's pages upload here without any credential (the widget sends
# no cookies and the route reads none): the file is tied to the widget's conversation
# id, a random 128-bit value only that browser knows. Guard rails instead of a token:
# the conversation id's exact shape, CORS for the configured origins, a per-IP token
# bucket, and the same type sniffing, size limit and per-conversation cap as above.

widget_api_bp = Blueprint("widget_api", __name__, url_prefix="/widget")

WIDGET_CONVERSATION_ID = re.compile(r"web:[0-9a-f]{32}")
WIDGET_SETTINGS = {
    # Comma-separated origins (scheme://host[:port]) whose pages may upload; "*" = any.
    # Pages served by the backend itself (the demo page at /) are always allowed.
    "WIDGET_ALLOWED_ORIGINS": "",
    # Token bucket per client IP: this many uploads at once, refilled at the rate.
    "WIDGET_UPLOAD_BURST": "5",
    "WIDGET_UPLOAD_PER_MINUTE": "10",
    # Reverse proxies in front of the backend that append to X-Forwarded-For (0 = none:
    # the TCP peer is the client). Only then is the header trusted for the rate limit.
    "WIDGET_TRUSTED_PROXIES": "0",
}


def widget_setting(name: str) -> str:
    value = current_app.config.get(name)
    if value in (None, ""):
        value = os.environ.get(name) or WIDGET_SETTINGS[name]
    return str(value)


class TokenBucket:
    """Per-key token bucket, in process memory (each backend process limits on its own)."""

    MAX_KEYS = 10_000

    def __init__(self, burst: float, per_second: float):
        self.burst, self.per_second = burst, per_second
        self._buckets: dict[str, tuple[float, float]] = {}  # key -> (tokens, monotonic time)
        self._lock = threading.Lock()

    def take(self, key: str) -> float:
        """0.0 when a token was taken, else the seconds until the next one."""
        now = time.monotonic()
        with self._lock:
            if len(self._buckets) >= self.MAX_KEYS:  # forget clients whose bucket is full again
                self._buckets = {k: (t, at) for k, (t, at) in self._buckets.items()
                                 if t + (now - at) * self.per_second < self.burst}
            tokens, at = self._buckets.get(key, (self.burst, now))
            tokens = min(self.burst, tokens + (now - at) * self.per_second)
            if tokens >= 1:
                self._buckets[key] = (tokens - 1, now)
                return 0.0
            self._buckets[key] = (tokens, now)
            return (1 - tokens) / self.per_second if self.per_second > 0 else 3600.0


def widget_limiter() -> TokenBucket:
    limiter = current_app.extensions.get("widget_upload_limiter")
    if limiter is None:
        limiter = TokenBucket(float(widget_setting("WIDGET_UPLOAD_BURST")),
                              float(widget_setting("WIDGET_UPLOAD_PER_MINUTE")) / 60)
        current_app.extensions["widget_upload_limiter"] = limiter
    return limiter


def client_ip() -> str:
    # With TRUSTED_PROXIES, ProxyFix (backend/security.py) has already put the address
    # the first trusted proxy saw into remote_addr; the same rule is applied here too.
    proxies = int(widget_setting("WIDGET_TRUSTED_PROXIES"))
    forwarded = [part.strip() for part in request.headers.get("X-Forwarded-For", "").split(",") if part.strip()]
    if proxies > 0 and len(forwarded) >= proxies:
        return forwarded[-proxies]  # the address our first trusted proxy saw
    return request.remote_addr or "unknown"


def origin_allowed(origin: str) -> bool:
    allowed = {o.strip().rstrip("/") for o in widget_setting("WIDGET_ALLOWED_ORIGINS").split(",") if o.strip()}
    if "*" in allowed or origin in allowed:
        return True
    # Same origin: a page served by this backend (host compared, the scheme may be
    # rewritten by a TLS-terminating proxy).
    return urlsplit(origin).netloc == request.host


@widget_api_bp.before_request
def widget_origin_gate():
    """Every widget route: pages on other sites are refused, a CORS preflight is answered
    here (its headers are added by widget_cors below)."""
    origin = request.headers.get("Origin")
    if origin is not None and not origin_allowed(origin):
        raise ApiError(403, "origin_not_allowed",
                       f"requests from pages on {origin} are not allowed (WIDGET_ALLOWED_ORIGINS)")
    if request.method == "OPTIONS":
        return Response(status=204)
    return None


def check_widget_conversation_id(conversation_id: str) -> None:
    """Only an id the widget channel issued (signed with WIDGET_SESSION_SECRET): a made-up
    one could neither upload evidence nor read another conversation's replies."""
    if not WIDGET_CONVERSATION_ID.fullmatch(conversation_id):
        raise ApiError(400, "invalid_conversation_id",
                       "conversation_id must be the widget's id: 'web:' followed by 32 lowercase hex digits")
    if not channels.valid_widget_session_id(current_app.config["WIDGET_SESSION_SECRET"], conversation_id):
        raise ApiError(403, "unknown_conversation_id",
                       "conversation_id was not issued by this deployment's widget channel")


@widget_api_bp.route("/evidence", methods=["POST", "OPTIONS"])
@csrf_exempt  # no cookie is used, so there is nothing to forge
def widget_evidence():
    wait = widget_limiter().take(client_ip())
    if wait:
        g.retry_after = math.ceil(wait)
        raise ApiError(429, "too_many_uploads",
                       f"too many uploads from this address; try again in {g.retry_after} seconds",
                       retry_after=g.retry_after)
    # Per address and day, whatever conversation id the upload names (a new id is free).
    g.upload_address = client_ip()
    wait = evidence_store.address_quota(current_app).retry_after(g.upload_address)
    if wait:
        g.retry_after = wait
        raise ApiError(429, "upload_quota_exceeded",
                       "this address has uploaded its daily share of evidence; try again later",
                       retry_after=wait)
    upload, form = _multipart()
    conversation_id = form.get("conversation_id") or ""
    if upload is None:
        raise ApiError(400, "bad_request", "the multipart field 'file' is required")
    check_widget_conversation_id(conversation_id)
    g.actor = "widget"
    return store_evidence(upload, conversation_id, None)


@widget_api_bp.route("/handoff-ack", methods=["POST", "OPTIONS"])
@csrf_exempt  # no cookie is used: the signed token that came with the reply is the proof
def widget_handoff_ack():
    """The widget showed an agent's reply: the console's 已送达 rests on this."""
    data = WidgetAckIn.model_validate(json_body())
    if not handoffs.widget_ack(db(), current_app.config["SECRET_KEY"], data.conversation_id, data.reply_id,
                               data.ack):
        raise ApiError(404, "not_found", "no such reply in this conversation")
    return Response(status=204)


@widget_api_bp.route("/handoff-replies", methods=["GET", "OPTIONS"])
@csrf_exempt
def widget_handoff_replies():
    """Agent replies the widget missed (closed or offline when they were pushed), for its
    conversation id: a signed random id only that browser knows, as for uploads."""
    conversation_id = request.args.get("conversation_id") or ""
    check_widget_conversation_id(conversation_id)
    return jsonify(replies=handoffs.unacknowledged(db(), current_app.config["SECRET_KEY"], conversation_id))


@widget_api_bp.after_request
def widget_cors(response: Response) -> Response:
    origin = request.headers.get("Origin")
    if "retry_after" in g:
        response.headers["Retry-After"] = str(g.retry_after)
    response.headers.add("Vary", "Origin")
    if origin is not None and origin_allowed(origin):
        # No Allow-Credentials: the widget sends no cookies and none are wanted.
        response.headers["Access-Control-Allow-Origin"] = origin
        if request.method == "OPTIONS":
            response.headers["Access-Control-Allow-Methods"] = "GET, POST"
            # Content-Type: the acknowledgement is JSON (the upload is multipart).
            response.headers["Access-Control-Allow-Headers"] = "Content-Type"
            response.headers["Access-Control-Max-Age"] = "600"
    return response


api_bp.register_blueprint(widget_api_bp)
