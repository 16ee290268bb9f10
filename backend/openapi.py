"""The OpenAPI 3.1 document, built from the pydantic request models."""
from __future__ import annotations

import functools

from flask import Blueprint, jsonify
from pydantic.json_schema import models_json_schema

from backend.console.schemas import DeliveryIn, HandoffIn, WidgetAckIn
from backend.schemas import LoginIn, OdrMerchantIn, OdrResultIn, StatusChangeIn, TicketIn

openapi_bp = Blueprint("openapi", __name__)

_MODELS = [(m, "validation") for m in (TicketIn, StatusChangeIn, OdrResultIn, OdrMerchantIn, LoginIn,
                                       HandoffIn, DeliveryIn, WidgetAckIn)]


def _ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def _body(name: str) -> dict:
    return {"required": True, "content": {"application/json": {"schema": _ref(name)}}}


def _responses(ok: str, *errors: int) -> dict:
    out = {ok.split(" ", 1)[0]: {"description": ok.split(" ", 1)[1]}}
    for code in errors:
        out[str(code)] = {"description": "error", "content": {"application/json": {"schema": _ref("Error")}}}
    return out


SERVICE = [{"serviceToken": []}]
STAFF = [{"staffToken": []}, {"staffSession": []}]
FILTERS = [{"name": n, "in": "query", "required": False, "schema": {"type": "string"}}
           for n in ("status", "type", "channel", "merchant", "q", "date_from", "date_to", "overdue",
                     "page", "per_page")]
TICKET_NO = {"name": "ticket_no", "in": "path", "required": True, "schema": {"type": "string"}}


@functools.lru_cache(maxsize=1)  # built from static models: once per process
def document() -> dict:
    _, defs = models_json_schema(_MODELS, ref_template="#/components/schemas/{model}")
    schemas = dict(defs.get("$defs", {}))
    schemas["Error"] = {"type": "object", "required": ["error", "message"], "properties": {
        "error": {"type": "string"}, "message": {"type": "string"},
        "details": {"type": "array", "items": {"type": "object"}}}}
    schemas["Ticket"] = {"type": "object", "description": "All TicketIn fields plus ticket_no, status, "
                         "status_label, received_on, accept_due, odr_due, overdue, evidence, history",
                         "required": ["ticket_no", "type", "status", "accept_due"]}
    return {
        "openapi": "3.1.0",
        "info": {"title": "12315 complaint backend", "version": "1.0.0",
                 "description": "Tickets (投诉/举报) filed by the assistant, handled by bureau staff."},
        "servers": [{"url": "/"}],
        "components": {"schemas": schemas, "securitySchemes": {
            "serviceToken": {"type": "http", "scheme": "bearer", "description": "BACKEND_SERVICE_TOKEN"},
            "staffToken": {"type": "http", "scheme": "bearer", "description": "a staff API token"},
            "staffSession": {"type": "apiKey", "in": "cookie", "name": "session",
                             "description": "after POST /api/v1/auth/login; unsafe methods need X-CSRF-Token"},
        }},
        "paths": {
            "/healthz": {"get": {"summary": "liveness", "responses": _responses("200 ok")}},
            "/api/v1/tickets": {
                "post": {"summary": "file a ticket (idempotent)", "security": SERVICE,
                         "parameters": [{"name": "Idempotency-Key", "in": "header", "required": True,
                                         "schema": {"type": "string", "minLength": 1, "maxLength": 200}}],
                         "requestBody": _body("TicketIn"),
                         "responses": {**_responses("201 created", 400, 401, 409, 422),
                                       "200": {"description": "same key, same body: the existing ticket",
                                               "content": {"application/json": {"schema": _ref("Ticket")}}}}},
                "get": {"summary": "staff: list and search", "security": STAFF, "parameters": FILTERS,
                        "responses": _responses("200 items, total, page, per_page", 401, 422)},
            },
            "/api/v1/tickets/status": {"get": {
                "summary": "consumer status lookup (ticket number + phone, or + the conversation that filed it)",
                "security": SERVICE,
                "parameters": [{"name": n, "in": "query", "required": n == "ticket_no", "schema": {"type": "string"}}
                               for n in ("ticket_no", "phone", "conversation_id")],
                "responses": _responses("200 status, status_label, accept_due, history", 400, 401, 404)}},
            "/api/v1/tickets/export.csv": {"get": {"summary": "staff: CSV export of a filtered list",
                                                   "security": STAFF, "parameters": FILTERS,
                                                   "responses": _responses("200 text/csv", 401, 422)}},
            "/api/v1/tickets/{ticket_no}": {"get": {"summary": "staff: one ticket with history and audit",
                                                    "security": STAFF, "parameters": [TICKET_NO],
                                                    "responses": _responses("200 ticket", 401, 404)}},
            "/api/v1/tickets/{ticket_no}/status": {"post": {
                "summary": "staff: change status (rejection needs a reason)", "security": STAFF,
                "parameters": [TICKET_NO], "requestBody": _body("StatusChangeIn"),
                "responses": _responses("200 ticket", 401, 403, 404, 409, 422)}},
            "/api/v1/tickets/{ticket_no}/odr-result": {"post": {
                "summary": "staff: record an ODR merchant's result (resolved closes, else escalates)",
                "security": STAFF, "parameters": [TICKET_NO], "requestBody": _body("OdrResultIn"),
                "responses": _responses("200 ticket", 401, 404, 409, 422)}},
            "/api/v1/odr/check": {"get": {
                "summary": "is the merchant an ODR enterprise (ask the consumer's consent, then odr_consent)",
                "security": SERVICE, "parameters": [{"name": "merchant_name", "in": "query", "required": True,
                                                     "schema": {"type": "string"}}],
                "responses": _responses("200 odr, merchant_name, working_days", 400, 401)}},
            "/api/v1/evidence": {"post": {
                "summary": "upload evidence (image or PDF) for a conversation's ticket", "security": SERVICE,
                "requestBody": {"required": True, "content": {"multipart/form-data": {"schema": {
                    "type": "object", "required": ["file", "conversation_id"],
                    "properties": {"file": {"type": "string", "format": "binary"},
                                   "conversation_id": {"type": "string"}, "ticket_no": {"type": "string"}}}}}},
                "responses": _responses("201 stored", 400, 401, 404, 413, 415, 429)}},
            "/api/v1/widget/evidence": {"post": {
                "summary": "web widget: upload evidence for a widget conversation (no auth; origin-checked, "
                           "rate-limited per IP)",
                "requestBody": {"required": True, "content": {"multipart/form-data": {"schema": {
                    "type": "object", "required": ["file", "conversation_id"],
                    "properties": {"file": {"type": "string", "format": "binary"},
                                   "conversation_id": {"type": "string", "pattern": "^web:[0-9a-f]{32}$"}}}}}},
                "responses": _responses("201 stored", 400, 403, 413, 415, 429)}},
            "/api/v1/handoffs": {"post": {
                "summary": "hand a conversation to a hotline agent (one open handoff per conversation: "
                           "posting again updates its transcript and draft)", "security": SERVICE,
                "requestBody": _body("HandoffIn"),
                "responses": {**_responses("201 id, status, position (in the queue)", 400, 401, 422),
                              "200": {"description": "updated the conversation's open handoff"}}}},
            "/api/v1/handoffs/replies": {"get": {
                "summary": "agents' replies for a bridge to relay, oldest first", "security": SERVICE,
                "parameters": [{"name": "channel", "in": "query", "required": True, "schema": {"type": "string"}},
                               {"name": "after", "in": "query", "required": False,
                                "schema": {"type": "integer", "default": 0},
                                "description": "the last reply id the bridge relayed"}],
                "responses": _responses("200 replies: id, conversation_id, text, agent", 400, 401)}},
            "/api/v1/handoffs/replies/{reply_id}/delivery": {"post": {
                "summary": "a bridge reports whether the platform took a relayed reply (the console shows "
                           "已送达 only then)", "security": SERVICE,
                "parameters": [{"name": "reply_id", "in": "path", "required": True, "schema": {"type": "integer"}}],
                "requestBody": _body("DeliveryIn"),
                "responses": _responses("200 the reply with its delivery", 401, 404, 422)}},
            "/api/v1/widget/handoff-ack": {"post": {
                "summary": "web widget: it showed an agent's reply (no auth; the token came with the reply; "
                           "origin-checked)", "requestBody": _body("WidgetAckIn"),
                "responses": _responses("204 acknowledged", 400, 403, 404, 422)}},
            "/api/v1/widget/handoff-replies": {"get": {
                "summary": "web widget: agents' replies it has not confirmed (it was closed or offline), "
                           "each with the token to confirm it (no auth; origin-checked)",
                "parameters": [{"name": "conversation_id", "in": "query", "required": True,
                                "schema": {"type": "string", "pattern": "^web:[0-9a-f]{32}$"}}],
                "responses": _responses("200 replies: id, text, ack", 400, 403)}},
            "/api/v1/evidence/{evidence_id}": {"get": {
                "summary": "staff: download evidence", "security": STAFF,
                "parameters": [{"name": "evidence_id", "in": "path", "required": True,
                                "schema": {"type": "integer"}}],
                "responses": _responses("200 the file", 401, 404)}},
            "/api/v1/odr/merchants": {
                "get": {"summary": "staff: ODR merchants", "security": STAFF,
                        "responses": _responses("200 items", 401)},
                "post": {"summary": "staff: register an ODR merchant", "security": STAFF,
                         "requestBody": _body("OdrMerchantIn"), "responses": _responses("201 created", 401, 409, 422)},
            },
            # The bureau's side (issue 20): backend/casework/routes.py
            "/api/v1/notifications/pending": {"get": {
                "summary": "status messages waiting for a bridge to send (oldest first)", "security": SERVICE,
                "parameters": [{"name": "channel", "in": "query", "required": True,
                                "schema": {"type": "string", "enum": ["wechat", "telegram"]}},
                               {"name": "limit", "in": "query", "required": False,
                                "schema": {"type": "integer", "default": 50, "maximum": 200}}],
                "responses": _responses("200 notifications: id, recipient, text, kind, attempts, ticket_no, "
                                        "template", 400, 401)}},
            "/api/v1/notifications/{notification_id}/result": {"post": {
                "summary": "a bridge reports a message: sent, retry (keep it) or failed (final); idempotent",
                "security": SERVICE,
                "parameters": [{"name": "notification_id", "in": "path", "required": True,
                                "schema": {"type": "integer"}}],
                "requestBody": {"required": True, "content": {"application/json": {"schema": {
                    "type": "object", "required": ["outcome"], "properties": {
                        "outcome": {"type": "string", "enum": ["sent", "retry", "failed"]},
                        "via": {"type": "string"}, "error": {"type": "string"}}}}}},
                "responses": _responses("200 id, state, attempts", 400, 401, 404)}},
            "/api/v1/widget/notifications": {"get": {
                "summary": "web widget: the bureau's messages about this conversation's tickets not yet "
                           "shown (each once; no auth; origin-checked)",
                "parameters": [{"name": "conversation_id", "in": "query", "required": True,
                                "schema": {"type": "string", "pattern": "^web:[0-9a-f]{32}$"}}],
                "responses": _responses("200 messages: id, text", 400, 403)}},
            "/api/v1/tickets/{ticket_no}/transfer": {"post": {
                "summary": "staff: hand the ticket to another bureau (reason required; in the history)",
                "security": STAFF, "parameters": [TICKET_NO],
                "requestBody": {"required": True, "content": {"application/json": {"schema": {
                    "type": "object", "required": ["bureau_code", "reason"], "properties": {
                        "bureau_code": {"type": "string"}, "reason": {"type": "string"}}}}}},
                "responses": _responses("200 ticket_no, bureau_code, bureau", 401, 404, 409, 422)}},
            "/api/v1/tickets/{ticket_no}/casework/{action}": {"post": {
                "summary": "staff: accept | reject (ground, detail) | mediate (note) | mediation_note (text) | "
                           "close (outcome, detail) | transfer (bureau_code, reason)", "security": STAFF,
                "parameters": [TICKET_NO, {"name": "action", "in": "path", "required": True,
                                           "schema": {"type": "string", "enum": [
                                               "accept", "reject", "mediate", "mediation_note", "close",
                                               "transfer"]}}],
                "requestBody": {"required": True, "content": {"application/json": {"schema": {"type": "object"}}}},
                "responses": _responses("200 ticket_no, status, bureau_code", 400, 401, 404, 409, 422)}},
            "/api/v1/tickets/{ticket_no}/notifications": {"get": {
                "summary": "staff: the messages sent to the consumer about this ticket, with delivery state",
                "security": STAFF, "parameters": [TICKET_NO],
                "responses": _responses("200 items", 401, 404)}},
            "/api/v1/bureaus": {"get": {
                "summary": "staff: bureaus whose name contains q (or code equals it); without q the provinces",
                "security": STAFF, "parameters": [{"name": "q", "in": "query", "required": False,
                                                   "schema": {"type": "string"}}],
                "responses": _responses("200 items: code, name, division, level, parent", 401)}},
            "/api/v1/auth/csrf": {"get": {"summary": "CSRF token for the session",
                                          "responses": _responses("200 csrf_token")}},
            "/api/v1/auth/login": {"post": {"summary": "staff login (session cookie)", "requestBody": _body("LoginIn"),
                                            "responses": _responses("200 username, csrf_token", 401, 403, 422)}},
            "/api/v1/auth/logout": {"post": {"summary": "staff logout", "responses": _responses("200 ok", 403)}},
        },
    }


@openapi_bp.get("/api/v1/openapi.json")
def openapi_json():
    return jsonify(document())
