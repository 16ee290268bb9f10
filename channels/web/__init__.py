"""The web widget for the bureau's site, served by the backend as a blueprint:
the demo page at / and the widget's static files under /widget/ (widget.js,
widget.css, vendor/socket.io.min.js)."""
from __future__ import annotations

import os

from flask import Blueprint, current_app, render_template

widget_bp = Blueprint("widget", __name__, static_folder="static", static_url_path="/widget",
                      template_folder="templates")


def _setting(name: str, default: str) -> str:
    return str(current_app.config.get(name) or os.environ.get(name) or default)


@widget_bp.get("/")
def demo_page():
    # The browser reaches Rasa's socket.io channel directly: its public address,
    # which differs from the internal RASA_URL behind a reverse proxy.
    rasa_url = _setting("RASA_PUBLIC_URL", _setting("RASA_URL", "http://127.0.0.1:5005"))
    upload_url = _setting("WIDGET_UPLOAD_URL", "/api/v1/widget/evidence")
    return render_template("widget_demo.html", rasa_url=rasa_url, upload_url=upload_url)
