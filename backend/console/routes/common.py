"""Request helpers shared by the console's routes."""
from __future__ import annotations

import functools
import hmac
import os

from flask import current_app, g, redirect, request, url_for
from pydantic import BaseModel

from backend.auth import current_staff
from backend.tickets import ApiError


def agent_name() -> str:
    return g.staff.username


def body_of(model: type[BaseModel]) -> BaseModel:
    data = request.get_json(silent=True)
    if not isinstance(data, dict):
        raise ApiError(400, "bad_request", "the request body must be a JSON object")
    data.pop("csrf_token", None)
    return model.model_validate(data)


def setting(name: str, default: str = "") -> str:
    return str(current_app.config.get(name) or os.environ.get(name) or default)


def page_login_required(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        staff = current_staff()
        if staff is None:
            return redirect(url_for("console.login_page", next=request.full_path.rstrip("?")))
        g.staff = staff
        return view(*args, **kwargs)

    return wrapper


def asr_token_ok() -> bool:
    expected = setting("CONSOLE_ASR_TOKEN") or current_app.config["BACKEND_SERVICE_TOKEN"]
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    token = token.strip()
    return scheme.lower() == "bearer" and bool(token) and hmac.compare_digest(token.encode(), expected.encode())
