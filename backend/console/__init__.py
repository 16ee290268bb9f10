"""The hotline agent console: suggestions while the caller speaks (issue 7).

One blueprint, registered by the backend's app factory:
`app.register_blueprint(console_bp)`. It serves the pages under /console/, their JSON
API under /console/api/, the ASR push API and the handoff API /api/v1/handoffs.
"""
from flask import Blueprint

console_bp = Blueprint("console", __name__, template_folder="templates",
                       static_folder="static", static_url_path="/console/static")

from backend.console import views  # noqa: E402,F401  (registers the routes)
