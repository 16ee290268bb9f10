"""Every error is JSON: {"error": code, "message": text, ...}."""
from __future__ import annotations

import logging

from flask import jsonify
from pydantic import ValidationError
from werkzeug.exceptions import HTTPException

from backend.tickets import ApiError

log = logging.getLogger(__name__)


def _json(status: int, error: str, message: str, **extra):
    response = jsonify(error=error, message=message, **extra)
    response.status_code = status
    return response


def validation_details(exc: ValidationError) -> list[dict]:
    details = []
    for item in exc.errors(include_url=False, include_input=False):
        field = ".".join(str(part) for part in item["loc"]) or None
        message = item["msg"].removeprefix("Value error, ")
        details.append({"field": field, "message": message})
    return details


def register(app) -> None:
    @app.errorhandler(ApiError)
    def _api_error(exc: ApiError):
        return _json(exc.status, exc.error, exc.message, **exc.extra)

    @app.errorhandler(ValidationError)
    def _validation(exc: ValidationError):
        details = validation_details(exc)
        summary = "; ".join(f"{d['field']}: {d['message']}" if d["field"] else d["message"] for d in details)
        return _json(422, "validation_error", f"invalid request: {summary}", details=details)

    @app.errorhandler(HTTPException)
    def _http(exc: HTTPException):
        name = (exc.name or "error").lower().replace(" ", "_")
        return _json(exc.code or 500, name, exc.description or exc.name)

    @app.errorhandler(Exception)
    def _unexpected(exc: Exception):
        log.exception("unhandled error")
        return _json(500, "internal_error", "internal server error; the request was not completed")
