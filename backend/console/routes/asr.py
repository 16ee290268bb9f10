"""The telephony side's push API (bearer ASR token): it opens a call for an agent and
pushes the caller's lines; the agent's page picks them up."""
from __future__ import annotations

from flask import jsonify, url_for

from backend.auth import csrf_exempt
from backend.console import calls, console_bp
from backend.console.routes.common import asr_token_ok, body_of
from backend.console.schemas import AsrCallIn, LineIn
from backend.db import db
from backend.tickets import ApiError


def _require_asr() -> None:
    if not asr_token_ok():
        raise ApiError(401, "unauthorized", "a valid ASR token is required (Authorization: Bearer ...)")


@console_bp.post("/console/api/asr/calls")
@csrf_exempt
def asr_start_call():
    _require_asr()
    data = body_of(AsrCallIn)
    key = calls.start_call(db(), data.agent, data.caller_number)
    return jsonify(call_key=key, console_url=url_for("console.call_page", call=key)), 201


@console_bp.post("/console/api/asr/calls/<call_key>/lines")
@csrf_exempt
def asr_line(call_key):
    _require_asr()
    data = body_of(LineIn)
    line, _, _ = calls.add_line(db(), call_key, data.speaker, data.text, "asr")
    return jsonify(line=line), 201
