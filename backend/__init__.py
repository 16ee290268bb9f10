"""Complaint backend: tickets (投诉/举报), staff API, evidence, ODR; served by waitress."""
from __future__ import annotations

import importlib.util

from flask import Flask, jsonify

from backend import config
from backend.db import Database


def create_app(config_overrides: dict | None = None) -> Flask:
    app = Flask(__name__)
    app.config.update(config.load(config_overrides))
    config.check_exposure(app.config)
    from backend import security

    security.install(app)
    app.json.ensure_ascii = False
    app.json.sort_keys = False
    database = Database(app.config["DATABASE_URL"])
    app.extensions["db"] = database

    from backend import errors
    from backend.api import api_bp
    from backend.auth import auth_bp, check_csrf, csrf_token
    from backend.openapi import openapi_bp

    errors.register(app)
    app.before_request(check_csrf)
    app.jinja_env.globals["csrf_token"] = csrf_token
    app.register_blueprint(api_bp)
    app.register_blueprint(auth_bp)
    app.register_blueprint(openapi_bp)

    # The web widget (channels/web): demo page at / and static files under /widget/.
    from channels.web import widget_bp
    app.register_blueprint(widget_bp)

    # Staff console: backend/console exposes `console_bp` (its url_prefix is
    # /console); it is registered here as soon as it exists.
    if importlib.util.find_spec("backend.console") is not None:
        console = importlib.import_module("backend.console")
        if hasattr(console, "console_bp"):
            app.register_blueprint(console.console_bp)
    # Complaint analytics from Rasa's event broker (issue 8): staff page /analytics.
    app.register_blueprint(importlib.import_module("backend.analytics").analytics_bp)
    # The bureau's side (issue 20): case officers' pages, dashboard, status page, notifications API.
    app.register_blueprint(importlib.import_module("backend.casework").casework_bp)

    @app.get("/healthz")
    def healthz():
        return jsonify(status="ok")

    return app
