"""Agents' feedback on suggestions and the acceptance report."""
from __future__ import annotations

from flask import jsonify

from backend.auth import require_staff
from backend.console import console_bp, feedback
from backend.console.routes.common import agent_name, body_of
from backend.console.schemas import FeedbackIn
from backend.db import db


@console_bp.post("/console/api/feedback")
@require_staff
def post_feedback():
    feedback.record(db(), agent_name(), body_of(FeedbackIn))
    return jsonify(status="recorded"), 201


@console_bp.get("/console/api/report")
@require_staff
def report_json():
    return jsonify(report=feedback.acceptance_report(db()))
