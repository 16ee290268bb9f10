"""The console's pages and JSON API.

Staff endpoints use the backend's session login and CSRF (`backend.auth`); the ASR push
and the handoff API use bearer tokens. Tickets are filed through the backend's own
`create_ticket` (same validation, same idempotency) with the key `console:<call_key>`.
"""
from __future__ import annotations

import hmac
import json
import logging
import os
import secrets
import threading
import time
from datetime import date
from decimal import Decimal
from typing import Annotated, Literal

import requests
from flask import Response, current_app, g, jsonify, redirect, render_template, request, url_for
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import func, select

from backend.auth import csrf_exempt, csrf_token, current_staff, require_service, require_staff
from backend.console import console_bp
from backend.console.models import ConsoleCall, ConsoleCallLine, Handoff, HandoffReply, SuggestionEvent
from backend.console.suggest import FIELD_LABELS, Line, SuggestionEngine
from backend.console.summary import call_summary
from backend.deadlines import china_today
from backend.models import AuditLog, Ticket, utcnow
from backend.schemas import STATUS_LABELS, TicketIn
from backend.tickets import ApiError, create_ticket, ticket_json

log = logging.getLogger(__name__)

SUGGESTION_ACTIONS = ("inserted", "edited", "ignored", "useful", "not_useful")
SSE_HEARTBEAT_S = 15.0
SSE_MAX_S = 4 * 3600.0


# ------------------------------------------------------------------ engine
_engine_lock = threading.Lock()
_engine: SuggestionEngine | None = None
_warm = threading.Event()


def engine() -> SuggestionEngine:
    """One engine per process: the knowledge base's indexes and caches are process-wide."""
    global _engine
    with _engine_lock:
        if _engine is None:
            from backend.console.fields import FieldExtractor, RasaNlu
            rasa_url = current_app.config.get("RASA_URL") or os.environ.get("RASA_URL", "http://127.0.0.1:5005")
            token = current_app.config.get("RASA_TOKEN") or os.environ.get("RASA_TOKEN", "")
            use_rasa = str(current_app.config.get("CONSOLE_USE_RASA", "1")).lower() not in ("0", "false", "")
            _engine = SuggestionEngine(FieldExtractor(RasaNlu(rasa_url, token) if use_rasa else None, use_rasa))
        return _engine


def warm_up_in_background() -> None:
    """The agent opens the page before the first call: load the indexes meanwhile."""
    if _warm.is_set():
        return
    _warm.set()
    eng = engine()
    threading.Thread(target=_safe_warm_up, args=(eng,), name="console-warm-up", daemon=True).start()


def _safe_warm_up(eng: SuggestionEngine) -> None:
    try:
        eng.warm_up()
    except Exception:  # a broken index must not take the console down; suggest() says what is missing
        log.exception("console warm-up failed")


# ------------------------------------------------------------------ live lines
class LineBus:
    """Wakes the SSE streams of this process when a line is stored; the database stays the
    source of truth, so streams in other processes see the line on their next poll."""

    def __init__(self):
        self._cond = threading.Condition()
        self._version = 0

    def publish(self) -> None:
        with self._cond:
            self._version += 1
            self._cond.notify_all()

    def wait(self, seen: int, timeout: float) -> int:
        with self._cond:
            self._cond.wait_for(lambda: self._version != seen, timeout=timeout)
            return self._version

    @property
    def version(self) -> int:
        return self._version


bus = LineBus()


# ------------------------------------------------------------------ helpers
def db():
    return current_app.extensions["db"]


def agent_name() -> str:
    return g.staff.username


def body_of(model: type[BaseModel]) -> BaseModel:
    data = request.get_json(silent=True)
    if not isinstance(data, dict):
        raise ApiError(400, "bad_request", "the request body must be a JSON object")
    data.pop("csrf_token", None)
    return model.model_validate(data)


def load_call(session, call_key: str, *, for_agent: str | None = None) -> ConsoleCall:
    call = session.scalar(select(ConsoleCall).where(ConsoleCall.call_key == call_key))
    if call is None or (for_agent is not None and call.agent != for_agent):
        # Another agent's call looks the same as no call: keys are not for sharing.
        raise ApiError(404, "not_found", f"no call {call_key!r} for this agent")
    return call


def call_lines(session, call: ConsoleCall) -> list[Line]:
    rows = session.scalars(select(ConsoleCallLine).where(ConsoleCallLine.call_id == call.id)
                           .order_by(ConsoleCallLine.seq)).all()
    return [Line(row.seq, row.text, row.speaker) for row in rows]


def line_json(row: ConsoleCallLine) -> dict:
    return {"seq": row.seq, "speaker": row.speaker, "text": row.text, "origin": row.origin}


def suggestions_for(lines: list[Line], corrections: dict | None) -> dict:
    result = engine().suggest(lines, corrections, today=china_today()).to_dict()
    result["seq"] = max((line.seq for line in lines), default=0)
    return json.loads(json.dumps(result, default=_jsonable, ensure_ascii=False))


def _jsonable(value):
    if isinstance(value, (date, Decimal)):
        return value.isoformat() if isinstance(value, date) else f"{value:.2f}"
    if hasattr(value, "name"):
        return value.name
    return str(value)


def add_line(session, call: ConsoleCall, speaker: str, text: str, origin: str) -> ConsoleCallLine:
    if call.status != "active":
        raise ApiError(409, "call_ended", "this call has ended; start a new call")
    last = session.scalar(select(func.max(ConsoleCallLine.seq)).where(ConsoleCallLine.call_id == call.id)) or 0
    row = ConsoleCallLine(call_id=call.id, seq=last + 1, speaker=speaker, text=text, origin=origin)
    session.add(row)
    session.commit()
    bus.publish()
    return row


def bearer_token() -> str | None:
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


def asr_token_ok() -> bool:
    expected = current_app.config.get("CONSOLE_ASR_TOKEN") or os.environ.get("CONSOLE_ASR_TOKEN") \
        or current_app.config["BACKEND_SERVICE_TOKEN"]
    token = bearer_token()
    return token is not None and hmac.compare_digest(token.encode(), str(expected).encode())


# ------------------------------------------------------------------ request bodies
LineText = Annotated[str, Field(min_length=1, max_length=2000)]


class LineIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    speaker: Literal["caller", "agent"] = "caller"
    text: LineText


class AsrCallIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    agent: Annotated[str, Field(min_length=1, max_length=64)]
    caller_number: Annotated[str | None, Field(default=None, max_length=32)] = None


class CorrectionIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    field: Literal[tuple(FIELD_LABELS)]  # type: ignore[valid-type]
    value: Annotated[str, Field(max_length=5000)]


class FileIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    type: Literal["complaint", "report"] = "complaint"


class FeedbackIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    call_key: Annotated[str | None, Field(default=None, max_length=64)] = None
    suggestion_id: Annotated[str, Field(min_length=1, max_length=64)]
    suggestion_type: Annotated[str, Field(min_length=1, max_length=32, pattern=r"^[a-z_]+$")]
    action: Literal[SUGGESTION_ACTIONS]  # type: ignore[valid-type]
    line_seq: Annotated[int | None, Field(default=None, ge=0)] = None
    text: Annotated[str | None, Field(default=None, max_length=5000)] = None
    final_text: Annotated[str | None, Field(default=None, max_length=5000)] = None


class TranscriptItem(BaseModel):
    model_config = ConfigDict(extra="ignore")
    speaker: Literal["user", "bot", "agent"]
    text: Annotated[str, Field(max_length=5000)]
    at: Annotated[str | None, Field(default=None, max_length=40)] = None


class HandoffIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    conversation_id: Annotated[str, Field(min_length=1, max_length=200)]
    channel: Literal["web", "wechat", "telegram", "rest"]
    reason: Literal["human_handoff", "gave_up"] = "human_handoff"
    transcript: Annotated[list[TranscriptItem], Field(max_length=500)]
    draft: dict | None = None


class ReplyIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: Annotated[str, Field(min_length=1, max_length=2000)]


# ------------------------------------------------------------------ pages
@console_bp.get("/console/login")
def login_page():
    return render_template("console/login.html", csrf_token=csrf_token(),
                           next_url=request.args.get("next", url_for("console.call_page")))


def page_login_required(view):
    import functools

    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        staff = current_staff()
        if staff is None:
            return redirect(url_for("console.login_page", next=request.full_path.rstrip("?")))
        g.staff = staff
        return view(*args, **kwargs)

    return wrapper


@console_bp.get("/console/")
@page_login_required
def call_page():
    warm_up_in_background()
    return render_template("console/call.html", csrf_token=csrf_token(), agent=agent_name(),
                           call_key=request.args.get("call", ""))


@console_bp.get("/console/handoffs")
@page_login_required
def handoff_page():
    return render_template("console/handoffs.html", csrf_token=csrf_token(), agent=agent_name())


@console_bp.get("/console/report")
@page_login_required
def report_page():
    return render_template("console/report.html", csrf_token=csrf_token(), agent=agent_name(),
                           report=acceptance_report())


# ------------------------------------------------------------------ calls (staff)
@console_bp.post("/console/api/calls")
@require_staff
def start_call():
    with db().session(write=True) as session:
        call = ConsoleCall(call_key=secrets.token_urlsafe(12), agent=agent_name(), status="active",
                           corrections={})
        session.add(call)
        session.commit()
        key = call.call_key
    return jsonify(call_key=key, suggestions=suggestions_for([], {})), 201


@console_bp.get("/console/api/calls/<call_key>")
@require_staff
def get_call(call_key):
    with db().session() as session:
        call = load_call(session, call_key, for_agent=agent_name())
        lines = call_lines(session, call)
        rows = session.scalars(select(ConsoleCallLine).where(ConsoleCallLine.call_id == call.id)
                               .order_by(ConsoleCallLine.seq)).all()
        info = {"call_key": call.call_key, "status": call.status, "ticket_no": call.ticket_no,
                "summary": call.summary}
        corrections = dict(call.corrections or {})
    return jsonify(call=info, lines=[line_json(r) for r in rows], suggestions=suggestions_for(lines, corrections))


@console_bp.post("/console/api/calls/<call_key>/lines")
@require_staff
def post_line(call_key):
    data = body_of(LineIn)
    with db().session(write=True) as session:
        call = load_call(session, call_key, for_agent=agent_name())
        row = add_line(session, call, data.speaker, data.text, "typed")
        line = line_json(row)
        lines = call_lines(session, call)
        corrections = dict(call.corrections or {})
    # Suggestions follow caller lines; an agent line changes nothing the engine reads.
    suggestions = suggestions_for(lines, corrections) if data.speaker == "caller" else None
    return jsonify(line=line, suggestions=suggestions), 201


@console_bp.get("/console/api/calls/<call_key>/suggestions")
@require_staff
def get_suggestions(call_key):
    with db().session() as session:
        call = load_call(session, call_key, for_agent=agent_name())
        lines = call_lines(session, call)
        corrections = dict(call.corrections or {})
    return jsonify(suggestions_for(lines, corrections))


@console_bp.put("/console/api/calls/<call_key>/corrections")
@require_staff
def put_correction(call_key):
    data = body_of(CorrectionIn)
    with db().session(write=True) as session:
        call = load_call(session, call_key, for_agent=agent_name())
        corrections = dict(call.corrections or {})
        if data.value.strip():
            corrections[data.field] = data.value.strip()
        else:
            corrections.pop(data.field, None)  # cleared: back to what the caller said
        call.corrections = corrections
        session.commit()
        lines = call_lines(session, call)
    return jsonify(suggestions_for(lines, corrections))


def ticket_payload(draft: dict, ticket_type: str, call_key: str, dispute_type: str | None) -> dict:
    payload = {"type": ticket_type, "channel": "hotline", "conversation_id": f"hotline:{call_key}"}
    for name, entry in draft.items():
        if entry["value"] in (None, "") and entry["raw"] in (None, ""):
            continue
        if not entry["valid"]:
            raise ApiError(422, "invalid_field",
                           f"{entry['label']}（{name}）未通过校验：{entry['message'] or entry['raw']}；请先更正",
                           field=name)
        payload[name] = entry["value"]
    if dispute_type:
        payload["dispute_type"] = dispute_type
    return payload


@console_bp.post("/console/api/calls/<call_key>/ticket")
@require_staff
def file_call_ticket(call_key):
    data = body_of(FileIn)
    with db().session() as session:
        call = load_call(session, call_key, for_agent=agent_name())
        lines = call_lines(session, call)
        corrections = dict(call.corrections or {})
    result = engine().suggest(lines, corrections, today=china_today())
    types = result.dispute_types
    payload = json.loads(json.dumps(
        ticket_payload(result.ticket, data.type, call_key, types[0]["id"] if types else None),
        default=_jsonable, ensure_ascii=False))
    ticket_in = TicketIn.model_validate(payload)
    # One call files one ticket: a second click returns the same ticket.
    ticket, created = create_ticket(db(), ticket_in, f"console:{call_key}", f"staff:{agent_name()}")
    summary = call_summary(result.ticket, result.articles, types[0]["name"] if types else None)
    with db().session(write=True) as session:
        call = load_call(session, call_key)
        call.ticket_id, call.ticket_no = ticket.id, ticket.ticket_no
        call.summary, call.summary_data = summary["text"], summary
        if created:
            session.add(AuditLog(ticket_id=ticket.id, actor=f"staff:{agent_name()}",
                                 action="console.call_summary", details=summary))
        session.commit()
    return jsonify(ticket_no=ticket.ticket_no, created=created, ticket=ticket_json(ticket, staff=True),
                   summary=summary), 201 if created else 200


@console_bp.post("/console/api/calls/<call_key>/end")
@require_staff
def end_call(call_key):
    with db().session(write=True) as session:
        call = load_call(session, call_key, for_agent=agent_name())
        lines = call_lines(session, call)
        result = engine().suggest(lines, dict(call.corrections or {}), today=china_today())
        types = result.dispute_types
        summary = call_summary(result.ticket, result.articles, types[0]["name"] if types else None)
        summary = json.loads(json.dumps(summary, default=_jsonable, ensure_ascii=False))
        call.status = "ended"
        call.ended_at = utcnow()
        call.summary, call.summary_data = summary["text"], summary
        if call.ticket_id is not None:
            # The summary goes into the ticket's audit trail too, where staff read the file.
            session.add(AuditLog(ticket_id=call.ticket_id, actor=f"staff:{agent_name()}",
                                 action="console.call_summary", details=summary))
        session.commit()
        ticket_no = call.ticket_no
    bus.publish()
    return jsonify(call_key=call_key, status="ended", ticket_no=ticket_no, summary=summary)


@console_bp.get("/console/api/calls/<call_key>/stream")
@require_staff
def stream(call_key):
    """Server-sent events: every line of the call as it is stored (typed or from ASR)."""
    with db().session() as session:
        call_id = load_call(session, call_key, for_agent=agent_name()).id
    try:
        after = int(request.headers.get("Last-Event-ID") or request.args.get("after") or 0)
    except ValueError:
        after = 0
    database = db()

    def events():
        last, beat = after, time.monotonic()
        yield "retry: 2000\n\n"
        started = time.monotonic()
        while time.monotonic() - started < SSE_MAX_S:
            version = bus.version
            with database.session() as session:
                rows = session.scalars(select(ConsoleCallLine).where(
                    ConsoleCallLine.call_id == call_id, ConsoleCallLine.seq > last)
                    .order_by(ConsoleCallLine.seq)).all()
                status = session.scalar(select(ConsoleCall.status).where(ConsoleCall.id == call_id))
            for row in rows:
                last = row.seq
                yield f"id: {row.seq}\nevent: line\ndata: {json.dumps(line_json(row), ensure_ascii=False)}\n\n"
            if status != "active":
                yield "event: ended\ndata: {}\n\n"
                return
            if time.monotonic() - beat > SSE_HEARTBEAT_S:
                beat = time.monotonic()
                yield ": keep-alive\n\n"  # also how a closed connection is noticed
            # A line stored in this process wakes us at once; other processes' lines
            # are seen on the next poll.
            bus.wait(version, timeout=1.0)

    return Response(events(), mimetype="text/event-stream",
                    headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"})


@console_bp.get("/console/api/tickets")
@require_staff
def my_tickets():
    """Tickets this agent filed from calls, newest first (the full list is the staff API's)."""
    with db().session() as session:
        rows = session.execute(
            select(Ticket, ConsoleCall.summary).join(ConsoleCall, ConsoleCall.ticket_id == Ticket.id)
            .where(ConsoleCall.agent == agent_name()).order_by(Ticket.id.desc()).limit(50)).all()
    return jsonify(tickets=[{
        "ticket_no": t.ticket_no, "merchant_name": t.merchant_name, "product": t.product,
        "status": t.status, "status_label": STATUS_LABELS[t.status], "summary": summary,
    } for t, summary in rows])


# ------------------------------------------------------------------ ASR push (token)
@console_bp.post("/console/api/asr/calls")
@csrf_exempt
def asr_start_call():
    """The telephony side opens a call for an agent; the agent's page opens it by key."""
    if not asr_token_ok():
        raise ApiError(401, "unauthorized", "a valid ASR token is required (Authorization: Bearer ...)")
    data = body_of(AsrCallIn)
    with db().session(write=True) as session:
        call = ConsoleCall(call_key=secrets.token_urlsafe(12), agent=data.agent, status="active",
                           caller_number=data.caller_number, corrections={})
        session.add(call)
        session.commit()
        key = call.call_key
    return jsonify(call_key=key, console_url=url_for("console.call_page", call=key)), 201


@console_bp.post("/console/api/asr/calls/<call_key>/lines")
@csrf_exempt
def asr_line(call_key):
    if not asr_token_ok():
        raise ApiError(401, "unauthorized", "a valid ASR token is required (Authorization: Bearer ...)")
    data = body_of(LineIn)
    with db().session(write=True) as session:
        call = load_call(session, call_key)
        row = add_line(session, call, data.speaker, data.text, "asr")
        line = line_json(row)
    return jsonify(line=line), 201


# ------------------------------------------------------------------ feedback
@console_bp.post("/console/api/feedback")
@require_staff
def feedback():
    data = body_of(FeedbackIn)
    with db().session(write=True) as session:
        call_id = load_call(session, data.call_key, for_agent=agent_name()).id if data.call_key else None
        session.add(SuggestionEvent(
            call_id=call_id, line_seq=data.line_seq, suggestion_id=data.suggestion_id,
            suggestion_type=data.suggestion_type, action=data.action, text=data.text,
            final_text=data.final_text, agent=agent_name()))
        session.commit()
    return jsonify(status="recorded"), 201


def acceptance_report() -> list[dict]:
    """Per suggestion type: how often agents used a draft (as is or edited) rather than
    ignoring it, and how they rated it."""
    with db().session() as session:
        rows = session.execute(select(SuggestionEvent.suggestion_type, SuggestionEvent.action, func.count())
                               .group_by(SuggestionEvent.suggestion_type, SuggestionEvent.action)).all()
    table: dict[str, dict] = {}
    for kind, action, count in rows:
        table.setdefault(kind, {a: 0 for a in SUGGESTION_ACTIONS})[action] = count
    report = []
    for kind, counts in sorted(table.items()):
        used = counts["inserted"] + counts["edited"]
        offered = used + counts["ignored"]
        rated = counts["useful"] + counts["not_useful"]
        report.append({
            "type": kind, **counts,
            "acceptance_rate": round(used / offered, 3) if offered else None,
            "edit_rate": round(counts["edited"] / used, 3) if used else None,
            "useful_rate": round(counts["useful"] / rated, 3) if rated else None,
        })
    return report


@console_bp.get("/console/api/report")
@require_staff
def report_json():
    return jsonify(report=acceptance_report())


# ------------------------------------------------------------------ handoff queue
def handoff_json(h: Handoff, with_replies: bool = True) -> dict:
    data = {
        "id": h.id, "conversation_id": h.conversation_id, "channel": h.channel, "reason": h.reason,
        "status": h.status, "claimed_by": h.claimed_by, "transcript": h.transcript, "draft": h.draft,
        "created_at": h.created_at.isoformat() if h.created_at else None,
    }
    if with_replies:
        data["replies"] = [{"id": r.id, "agent": r.agent, "text": r.text, "delivery": r.delivery,
                            "error": r.error, "at": r.at.isoformat() if r.at else None} for r in h.replies]
    return data


@console_bp.post("/api/v1/handoffs")
@csrf_exempt
@require_service
def create_handoff():
    """The action server (or a bridge) hands a conversation to a human. One open handoff
    per conversation: posting again updates its transcript and draft."""
    data = body_of(HandoffIn)
    transcript = [item.model_dump() for item in data.transcript]
    with db().session(write=True) as session:
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
        out = {"id": handoff.id, "status": handoff.status, "position": position}
    return jsonify(out), 201 if created else 200


@console_bp.get("/api/v1/handoffs/replies")
@require_service
def pending_replies():
    """Agent replies for a bridge to relay (WeChat and Telegram reach Rasa over REST, so
    Rasa cannot push to them): `?channel=wechat&after=<last reply id>`."""
    channel = request.args.get("channel", "")
    try:
        after = int(request.args.get("after", "0"))
    except ValueError:
        raise ApiError(400, "bad_request", "after must be an integer reply id")
    with db().session() as session:
        rows = session.execute(
            select(HandoffReply, Handoff.conversation_id).join(Handoff)
            .where(Handoff.channel == channel, HandoffReply.id > after, HandoffReply.delivery != "failed")
            .order_by(HandoffReply.id).limit(100)).all()
    return jsonify(replies=[{"id": r.id, "conversation_id": conv, "text": r.text, "agent": r.agent}
                            for r, conv in rows])


@console_bp.get("/console/api/handoffs")
@require_staff
def list_handoffs():
    status = request.args.get("status", "open")
    with db().session() as session:
        query = select(Handoff).order_by(Handoff.id)
        if status != "all":
            query = query.where(Handoff.status == status)
        rows = session.scalars(query.limit(200)).all()
        items = [handoff_json(h) for h in rows]
    return jsonify(handoffs=items)


def relay_to_rasa(conversation_id: str, text: str, agent: str) -> tuple[str, str | None]:
    """Appends the agent's message to the Rasa conversation as a bot utterance and, with
    `execute_side_effects`, sends it on the conversation's latest input channel (the web
    widget's socket.io session gets it live). Rasa's HTTP API, token-protected."""
    base = (current_app.config.get("RASA_URL") or os.environ.get("RASA_URL", "http://127.0.0.1:5005")).rstrip("/")
    token = current_app.config.get("RASA_TOKEN") or os.environ.get("RASA_TOKEN", "")
    try:
        r = requests.post(
            f"{base}/conversations/{requests.utils.quote(conversation_id, safe='')}/tracker/events",
            params={"token": token, "execute_side_effects": "true", "output_channel": "latest"},
            json=[{"event": "bot", "text": text, "metadata": {"agent": agent, "from": "human_agent"}}],
            timeout=5)
    except requests.RequestException as exc:
        return "failed", f"Rasa not reachable: {type(exc).__name__}"
    if not r.ok:
        return "failed", f"Rasa answered HTTP {r.status_code}: {r.text[:200]}"
    return "sent", None


@console_bp.post("/console/api/handoffs/<int:handoff_id>/reply")
@require_staff
def reply_handoff(handoff_id):
    data = body_of(ReplyIn)
    with db().session(write=True) as session:
        handoff = session.get(Handoff, handoff_id)
        if handoff is None:
            raise ApiError(404, "not_found", f"no handoff {handoff_id}")
        if handoff.status != "open":
            raise ApiError(409, "handoff_closed", "this conversation was closed")
        conversation_id, channel = handoff.conversation_id, handoff.channel
    delivery, error = relay_to_rasa(conversation_id, data.text, agent_name())
    if delivery == "sent":
        # socket.io (web) is pushed by Rasa itself; the REST bridges poll /api/v1/handoffs/replies.
        delivery = "delivered" if channel == "web" else "recorded"
    with db().session(write=True) as session:
        handoff = session.get(Handoff, handoff_id)
        handoff.claimed_by = handoff.claimed_by or agent_name()
        handoff.transcript = [*handoff.transcript, {"speaker": "agent", "text": data.text, "at": None}]
        reply = HandoffReply(handoff_id=handoff_id, agent=agent_name(), text=data.text,
                             delivery=delivery, error=error)
        session.add(reply)
        session.commit()
        out = handoff_json(handoff)
    if delivery == "failed":
        raise ApiError(502, "delivery_failed", f"回复未能送达：{error}", handoff=out)
    return jsonify(out), 201


@console_bp.post("/console/api/handoffs/<int:handoff_id>/close")
@require_staff
def close_handoff(handoff_id):
    with db().session(write=True) as session:
        handoff = session.get(Handoff, handoff_id)
        if handoff is None:
            raise ApiError(404, "not_found", f"no handoff {handoff_id}")
        handoff.status = "closed"
        handoff.claimed_by = handoff.claimed_by or agent_name()
        session.commit()
        out = handoff_json(handoff)
    return jsonify(out)
