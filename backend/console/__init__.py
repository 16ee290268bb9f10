"""The hotline agent console: suggestions while the caller speaks (issue 7).

One blueprint, registered by the backend's app factory:
`app.register_blueprint(console_bp)`. It serves the pages under /console/ and their
JSON API under /console/api/ (routes/, one module per resource), with the service
layer beside it (calls.py, handoffs.py, feedback.py). The bots' handoff API
(/api/v1/handoffs) is the backend API's (backend/api.py), on the same services.
"""
from flask import Blueprint

console_bp = Blueprint("console", __name__, template_folder="templates",
                       static_folder="static", static_url_path="/console/static")

from backend.console import routes  # noqa: E402,F401  (registers the routes)
