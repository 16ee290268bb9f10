"""The console's pages (they all extend console/base.html)."""
from __future__ import annotations

from flask import render_template, request, url_for

from backend.auth import csrf_token, safe_next
from backend.console import console_bp, feedback
from backend.console.engine import warm_up_in_background
from backend.console.routes.common import agent_name, page_login_required
from backend.db import db


@console_bp.get("/console/login")
def login_page():
    return render_template("console/login.html", csrf_token=csrf_token(),
                           next_url=safe_next(request.args.get("next"), url_for("console.call_page")))


@console_bp.get("/console/")
@page_login_required
def call_page():
    warm_up_in_background()
    return render_template("console/call.html", csrf_token=csrf_token(), agent=agent_name(),
                           call_key=request.args.get("call", ""), page="call")


@console_bp.get("/console/handoffs")
@page_login_required
def handoff_page():
    return render_template("console/handoffs.html", csrf_token=csrf_token(), agent=agent_name(), page="handoffs")


@console_bp.get("/console/report")
@page_login_required
def report_page():
    return render_template("console/report.html", csrf_token=csrf_token(), agent=agent_name(),
                           report=feedback.acceptance_report(db()), page="report")
