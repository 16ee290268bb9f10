"""The staff page /analytics and its JSON /analytics/api/summary."""
from __future__ import annotations

import functools

from flask import current_app, jsonify, redirect, render_template, request, url_for

from backend.analytics import analytics_bp, store
from complaint import channels
from backend.auth import current_staff, require_staff
from backend.tickets import ApiError

CHANNEL_LABELS = {**channels.labels(), "unknown": "未知"}
TYPE_LABELS = {"complaint": "投诉", "report": "举报"}
_ready: set[int] = set()


def _engine():
    engine = current_app.extensions["db"].engine
    if id(engine) not in _ready:  # the consumer creates the table too; whoever comes first
        store.ensure_tables(engine)
        _ready.add(id(engine))
    return engine


def _days() -> int:
    raw = request.args.get("days", "30")
    if not raw.isdigit() or not 1 <= int(raw) <= 366:
        raise ApiError(400, "invalid_days", "days must be a whole number from 1 to 366")
    return int(raw)


def _page_login_required(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        if current_staff() is None:
            # the staff console's login page, when the console is installed
            if "console.login_page" in current_app.view_functions:
                return redirect(url_for("console.login_page", next=request.full_path.rstrip("?")))
            raise ApiError(401, "unauthorized", "staff login or a staff API token is required")
        return view(*args, **kwargs)

    return wrapper


@analytics_bp.get("/analytics")
@_page_login_required
def analytics_page():
    data = store.summary(_engine(), _days())
    peak = max([d["filed"] for d in data["per_day"]] + [1])
    return render_template("analytics/index.html", data=data, peak=peak, channel_labels=CHANNEL_LABELS,
                           type_labels=TYPE_LABELS)


@analytics_bp.get("/analytics/api/summary")
@require_staff
def analytics_summary():
    return jsonify(store.summary(_engine(), _days()))
