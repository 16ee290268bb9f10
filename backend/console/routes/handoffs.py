"""The handoff queue as agents use it (the bots' side is in backend/api.py)."""
from __future__ import annotations

from flask import current_app, jsonify, request

from backend.auth import require_staff
from backend.console import console_bp, handoffs
from backend.console.routes.common import agent_name, body_of, setting
from backend.console.schemas import ReplyIn
from backend.db import db


@console_bp.get("/console/api/handoffs")
@require_staff
def list_handoffs():
    return jsonify(handoffs=handoffs.list_handoffs(db(), request.args.get("status", "open")))


@console_bp.post("/console/api/handoffs/<int:handoff_id>/reply")
@require_staff
def reply_handoff(handoff_id):
    data = body_of(ReplyIn)
    out = handoffs.reply(db(), handoff_id, agent_name(), data.text,
                         rasa_url=setting("RASA_URL", "http://127.0.0.1:5005"), rasa_token=setting("RASA_TOKEN"),
                         secret=current_app.config["SECRET_KEY"])
    return jsonify(out), 201


@console_bp.post("/console/api/handoffs/<int:handoff_id>/close")
@require_staff
def close_handoff(handoff_id):
    return jsonify(handoffs.close(db(), handoff_id, agent_name()))
