"""Complaint analytics from Rasa's event broker (issue 8).

`python -m backend.analytics consume` reads the RabbitMQ queue Rasa's Pika event
broker publishes to (deploy/endpoints.yml) and records each form started and each
ticket filed, with its dispute category, merchant and channel. The blueprint
`analytics_bp`, registered by the backend's app factory, shows the counts over time
to staff at /analytics (JSON: /analytics/api/summary).
"""
from flask import Blueprint

analytics_bp = Blueprint("analytics", __name__, template_folder="templates")

from backend.analytics import views  # noqa: E402,F401  (registers the routes)
