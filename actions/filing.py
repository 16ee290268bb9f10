"""Filing client: sends tickets to the complaint backend, never losing or doubling one.

`file_ticket` tries the backend a few times with backoff; when it stays unreachable
the submission goes into the durable outbox (`actions/outbox.py`) and is delivered
later by `deliver_pending` with the same Idempotency-Key, so the backend files it once.

    result = file_ticket(payload, idempotency_key)
    result.ticket_no      -> "TS20261125-483920" when filed now
    result.queued         -> True: kept in the outbox, the number comes later
    result.error          -> the backend's message when it refused the data (4xx)

Settings (environment): BACKEND_URL, BACKEND_SERVICE_TOKEN, OUTBOX_PATH,
FILING_RETRIES (3), FILING_BACKOFF_S (0.4), FILING_TIMEOUT_S (5 per request),
FILING_DEADLINE_S (10 in all before the outbox takes over).
"""
from __future__ import annotations

import logging
import os
import random
import threading
import time
from dataclasses import dataclass
from typing import Callable

import requests

from actions import outbox
from actions.outbox import OutboxItem, mark_notified, pending_for, settled_for  # noqa: F401  (re-exported)

log = logging.getLogger(__name__)

# Answers that will not change on a retry: the data itself was refused.
DEFINITIVE = {400, 409, 413, 415, 422}


class BackendUnavailable(ConnectionError):
    """The backend did not answer (down, timeout, 5xx)."""


@dataclass
class FilingResult:
    ticket_no: str | None
    queued: bool
    ticket: dict | None = None
    error: str | None = None


def _setting(name: str, default: str) -> str:
    return os.environ.get(name) or default


def backend_url() -> str:
    return _setting("BACKEND_URL", "http://127.0.0.1:8000").rstrip("/")


def _headers(idempotency_key: str | None = None) -> dict:
    headers = {"Authorization": f"Bearer {_setting('BACKEND_SERVICE_TOKEN', 'change-me-service-token')}"}
    if idempotency_key:
        headers["Idempotency-Key"] = idempotency_key
    return headers


def _error_message(response: requests.Response) -> str:
    try:
        body = response.json()
        return str(body.get("message") or body.get("error") or response.text)
    except ValueError:
        return f"HTTP {response.status_code}: {response.text[:200]}"


def _post_once(payload: dict, idempotency_key: str, timeout: float) -> tuple[str, dict | str | None]:
    """('ok', ticket) | ('refused', message) | ('retry', reason)."""
    try:
        response = requests.post(f"{backend_url()}/api/v1/tickets", json=payload,
                                 headers=_headers(idempotency_key), timeout=timeout)
    except requests.RequestException as exc:
        return "retry", type(exc).__name__
    if response.status_code in (200, 201):
        return "ok", response.json()
    if response.status_code in DEFINITIVE:
        return "refused", _error_message(response)
    # 5xx, 401/403 (misconfigured token), 429...: keep the complaint and try later.
    return "retry", f"HTTP {response.status_code}: {_error_message(response)}"


def file_ticket(payload: dict, idempotency_key: str, *, retries: int | None = None,
                backoff: float | None = None, timeout: float | None = None,
                deadline: float | None = None) -> FilingResult:
    """Files one submission; use the same idempotency_key for every retry of it.

    Gives up after `retries` retries or `deadline` seconds in all (the consumer is
    waiting), whichever comes first, and then keeps the submission in the outbox.
    """
    retries = int(_setting("FILING_RETRIES", "3")) if retries is None else retries
    backoff = float(_setting("FILING_BACKOFF_S", "0.4")) if backoff is None else backoff
    timeout = float(_setting("FILING_TIMEOUT_S", "5")) if timeout is None else timeout
    deadline = float(_setting("FILING_DEADLINE_S", "10")) if deadline is None else deadline
    give_up_at = time.monotonic() + deadline
    reason = None
    for attempt in range(retries + 1):
        remaining = give_up_at - time.monotonic()
        outcome, value = _post_once(payload, idempotency_key, max(0.5, min(timeout, remaining)))
        if outcome == "ok":
            if outbox.get(idempotency_key) is not None:
                outbox.mark_delivered(idempotency_key, value)
            return FilingResult(ticket_no=value["ticket_no"], queued=False, ticket=value)
        if outcome == "refused":
            return FilingResult(ticket_no=None, queued=False, error=value)
        reason = value
        # Exponential backoff with jitter so many action workers do not retry in step.
        pause = backoff * (2 ** attempt) * (0.5 + random.random())
        if attempt == retries or time.monotonic() + pause >= give_up_at:
            break
        time.sleep(pause)
    outbox.put(idempotency_key, payload)
    log.warning("backend unavailable (%s): submission %s kept in the outbox", reason, idempotency_key)
    return FilingResult(ticket_no=None, queued=True)


def deliver_pending(conversation_id: str | None = None, *, timeout: float | None = None) -> list[OutboxItem]:
    """Delivers outbox items that are due (all of one conversation's when given).

    Returns the items delivered by this call (each with conversation_id and
    ticket_no); concurrent callers never get the same item. Stops at the first
    sign that the backend is still down.
    """
    timeout = float(_setting("FILING_TIMEOUT_S", "5")) if timeout is None else timeout
    claimed = outbox.claim(conversation_id)
    delivered: list[OutboxItem] = []
    for index, item in enumerate(claimed):
        outcome, value = _post_once(item.payload, item.idempotency_key, timeout)
        if outcome == "ok":
            outbox.mark_delivered(item.idempotency_key, value)
            delivered.append(outbox.get(item.idempotency_key))
        elif outcome == "refused":
            log.error("backend refused queued submission %s: %s", item.idempotency_key, value)
            outbox.mark_failed(item.idempotency_key, value)
        else:
            for rest in claimed[index:]:
                outbox.release(rest.idempotency_key, value)
            break
    return delivered


def settle_pending(conversation_id: str) -> list[OutboxItem]:
    """The conversation's items whose outcome the consumer has not been told, after
    delivering those still pending and waiting for one the background thread is sending
    (it claimed the item just before this message: its outcome is a request away)."""
    items = pending_for(conversation_id)
    if any(item.state == "pending" for item in items):
        deliver_pending(conversation_id)
        items = settled_for(conversation_id, wait=float(_setting("FILING_TIMEOUT_S", "5")) + 1)
    return items


def lookup_status(ticket_no: str, phone: str | None = None, *, conversation_id: str | None = None,
                  timeout: float | None = None) -> dict | None:
    """The ticket's status for the consumer; None when the number and phone do not match
    (or, for a ticket filed in this chat, the number and the conversation that filed it).

    Raises BackendUnavailable when the backend cannot answer (so "not found" is never
    said just because the service is down).
    """
    timeout = float(_setting("FILING_TIMEOUT_S", "5")) if timeout is None else timeout
    try:
        response = requests.get(f"{backend_url()}/api/v1/tickets/status",
                                params={"ticket_no": ticket_no, "phone": phone} if phone
                                else {"ticket_no": ticket_no, "conversation_id": conversation_id},
                                headers=_headers(), timeout=timeout)
    except requests.RequestException as exc:
        raise BackendUnavailable(type(exc).__name__) from exc
    if response.status_code == 200:
        return response.json()
    if response.status_code in (400, 404):
        return None
    raise BackendUnavailable(f"HTTP {response.status_code}: {_error_message(response)}")


def odr_merchant(merchant_name: str, *, timeout: float | None = None) -> dict | None:
    """{"merchant_name", "working_days"} when the merchant is a registered ODR enterprise
    (ask the consumer whether it may handle the complaint first, then send
    `odr_consent: true` in the payload); None otherwise or when the backend is down."""
    timeout = float(_setting("FILING_TIMEOUT_S", "5")) if timeout is None else timeout
    try:
        response = requests.get(f"{backend_url()}/api/v1/odr/check", params={"merchant_name": merchant_name},
                                headers=_headers(), timeout=timeout)
    except requests.RequestException:
        return None
    body = response.json() if response.status_code == 200 else {}
    return {"merchant_name": body["merchant_name"], "working_days": body["working_days"]} if body.get("odr") else None


def upload_evidence(conversation_id: str, filename: str, content: bytes, ticket_no: str | None = None, *,
                    timeout: float | None = None) -> dict:
    """Sends a photo or PDF for the conversation's ticket (attached when the ticket is filed).

    Returns the stored evidence (id, content_type, size, sha256, ticket_no); raises
    ValueError with the backend's message for a refused file (type, size) and
    BackendUnavailable when the backend cannot answer.
    """
    timeout = float(_setting("FILING_TIMEOUT_S", "5")) * 3 if timeout is None else timeout
    data = {"conversation_id": conversation_id}
    if ticket_no:
        data["ticket_no"] = ticket_no
    try:
        response = requests.post(f"{backend_url()}/api/v1/evidence", data=data, files={"file": (filename, content)},
                                 headers=_headers(), timeout=timeout)
    except requests.RequestException as exc:
        raise BackendUnavailable(type(exc).__name__) from exc
    if response.status_code == 201:
        return response.json()
    if 400 <= response.status_code < 500 and response.status_code not in (401, 403, 429):
        raise ValueError(_error_message(response))
    raise BackendUnavailable(f"HTTP {response.status_code}: {_error_message(response)}")


def start_delivery_thread(on_delivered: Callable[[OutboxItem], None] | None = None,
                          interval: float = 15.0) -> threading.Event:
    """Delivers the outbox in the background; returns an Event that stops the thread.

    `on_delivered(item)` can push the ticket number to the consumer (then call
    `mark_notified(item.idempotency_key)`).
    """
    stop = threading.Event()

    def loop():
        while not stop.wait(interval):
            try:
                for item in deliver_pending():
                    if on_delivered is not None:
                        on_delivered(item)
            except Exception:  # the loop must outlive any single failure
                log.exception("outbox delivery failed")

    threading.Thread(target=loop, name="outbox-delivery", daemon=True).start()
    return stop
