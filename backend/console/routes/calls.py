"""A call: its lines (typed by the agent; the page polls for ASR lines), suggestions,
corrections, the ticket filed from it and its end."""
from __future__ import annotations

from flask import current_app, jsonify, request

from backend.auth import require_staff
from backend.console import calls, console_bp
from backend.console.live import IDLE_RETRY_MS, MAX_WAIT_S, LiveViews, TooManyViews
from backend.console.routes.common import agent_name, body_of, setting
from backend.console.schemas import CorrectionIn, FileIn, LineIn
from backend.db import db
from backend.tickets import ApiError


@console_bp.post("/console/api/calls")
@require_staff
def start_call():
    key = calls.start_call(db(), agent_name())
    return jsonify(call_key=key, suggestions=calls.suggestions_for([], {})), 201


@console_bp.get("/console/api/calls/<call_key>")
@require_staff
def get_call(call_key):
    return jsonify(calls.call_state(db(), call_key, agent_name()))


@console_bp.post("/console/api/calls/<call_key>/lines")
@require_staff
def post_line(call_key):
    data = body_of(LineIn)
    line, lines, corrections = calls.add_line(db(), call_key, data.speaker, data.text, "typed", agent=agent_name())
    # Suggestions follow caller lines; an agent line changes nothing the engine reads.
    suggestions = calls.suggestions_for(lines, corrections) if data.speaker == "caller" else None
    return jsonify(line=line, suggestions=suggestions), 201


def live_views() -> LiveViews:
    views = current_app.extensions.get("console_live_views")
    if views is None:
        threads = int(setting("BACKEND_THREADS", "4"))
        views = LiveViews(wait_slots=threads // 2, per_agent=int(setting("CONSOLE_LIVE_VIEWS_PER_AGENT", "3")))
        current_app.extensions["console_live_views"] = views
    return views


@console_bp.get("/console/api/calls/<call_key>/lines")
@require_staff
def poll_lines(call_key):
    """Lines after `after` (ASR, or typed in another window): long-poll, see live.py."""
    try:
        after = int(request.args.get("after", "0"))
        wait = min(max(float(request.args.get("wait", "0")), 0.0), MAX_WAIT_S)
    except ValueError:
        raise ApiError(400, "bad_request", "after must be a line number and wait a number of seconds") from None
    view = (request.args.get("view") or "")[:64]
    views = live_views()
    if view:
        try:
            views.touch(agent_name(), view)
        except TooManyViews as exc:
            raise ApiError(429, "too_many_live_views",
                           f"您已在 {exc.limit} 个窗口中打开了实时通话，请关闭其他窗口后再试") from exc
    with views.waiting_slot() as may_wait:
        lines, status = calls.wait_for_lines(db(), call_key, agent_name(), after, wait if may_wait else 0.0)
    # Nothing new and no slot to wait in: ask again a little later.
    retry_ms = 0 if lines or may_wait or wait == 0 else IDLE_RETRY_MS
    return jsonify(lines=lines, status=status, retry_ms=retry_ms)


@console_bp.get("/console/api/calls/<call_key>/suggestions")
@require_staff
def get_suggestions(call_key):
    return jsonify(calls.current_suggestions(db(), call_key, agent_name()))


@console_bp.put("/console/api/calls/<call_key>/corrections")
@require_staff
def put_correction(call_key):
    data = body_of(CorrectionIn)
    return jsonify(calls.correct(db(), call_key, agent_name(), data.field, data.value))


@console_bp.post("/console/api/calls/<call_key>/ticket")
@require_staff
def file_call_ticket(call_key):
    data = body_of(FileIn)
    out, created = calls.file_ticket(db(), call_key, agent_name(), data.type)
    return jsonify(out), 201 if created else 200


@console_bp.post("/console/api/calls/<call_key>/end")
@require_staff
def end_call(call_key):
    return jsonify(calls.end_call(db(), call_key, agent_name()))


@console_bp.get("/console/api/tickets")
@require_staff
def my_tickets():
    return jsonify(tickets=calls.agent_tickets(db(), agent_name()))
