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


@casework_bp.record_once
def _warm_up(_state) -> None:
    """The address parser loads its dictionary (about 1.5 s) in the background at start-up,
    not in the first consumer's filing."""
    import threading

    from backend import jurisdiction

    threading.Thread(target=jurisdiction.warm_up, name="jurisdiction-warm-up", daemon=True).start()
