"""The bureau's side (issue 20): case officers' queue and ticket page, the dashboard,
the consumer's status page, and the JSON API the bridges use to deliver status
notifications. One blueprint, registered by the backend's app factory.

- /casework/ (staff login, the console's): queue by deadline, filters, ticket page
  with its actions (accept, reject on a ground, mediation, close, transfer), dashboard.
- /status (public): a consumer's ticket by number and phone, with the messages sent.
- /api/v1/notifications/... (service token): pending messages for a bridge, results.
- /api/v1/tickets/<no>/transfer, /api/v1/bureaus (staff).
"""
from flask import Blueprint

casework_bp = Blueprint("casework", __name__, template_folder="templates",
                        static_folder="static", static_url_path="/casework/static")

from backend.casework import routes  # noqa: E402,F401  (registers the routes)
