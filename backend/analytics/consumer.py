"""Consumer of Rasa's event broker: tracker events in, analytics facts out.

Rasa's Pika broker publishes every tracker event as JSON ({"sender_id", "event",
"timestamp", ...}) to a fanout exchange. `EventFolder` follows each conversation's
slots and channel and turns two moments into facts: a form starting (slot
ticket_type set) and a ticket filed (slot ticket_no set). A filing that the outbox
delivered later no longer has its form slots in the conversation; its category,
merchant and channel then come from the ticket itself (same database).
"""
from __future__ import annotations

import datetime as dt
import json
import logging
import signal
import time
from typing import Any, Iterable

from sqlalchemy import Engine, select

from backend.analytics import store
from complaint import channels

log = logging.getLogger("backend.analytics")

TRACKED_SLOTS = ("ticket_type", "dispute_type", "merchant_name")
# Conversations idle this long are forgotten (their filings fall back to the ticket).
STATE_TTL_S = 6 * 3600


def channel_of(event: dict) -> str:
    """The channel as the action server names it (complaint.channels.channel_of)."""
    metadata = event.get("metadata") or {}
    return channels.channel_of(metadata.get("channel") if isinstance(metadata, dict) else None,
                               str(event.get("sender_id") or ""), event.get("input_channel"))


def _when(event: dict) -> dt.datetime:
    try:
        return dt.datetime.fromtimestamp(float(event["timestamp"]), dt.timezone.utc)
    except (KeyError, TypeError, ValueError, OverflowError, OSError):
        return dt.datetime.now(dt.timezone.utc)


class EventFolder:
    """Folds a stream of Rasa events into analytics facts (rows for store.record)."""

    def __init__(self) -> None:
        self.conversations: dict[str, dict[str, Any]] = {}

    def _state(self, sender: str) -> dict[str, Any]:
        state = self.conversations.setdefault(sender, {"slots": {}, "channel": None})
        state["seen"] = time.monotonic()
        return state

    def forget_idle(self) -> None:
        cutoff = time.monotonic() - STATE_TTL_S
        for sender in [s for s, st in self.conversations.items() if st["seen"] < cutoff]:
            del self.conversations[sender]

    def fold(self, event: dict) -> list[dict]:
        sender = event.get("sender_id")
        if not isinstance(sender, str) or not sender:
            return []
        kind = event.get("event")
        state = self._state(sender)
        if kind == "user":
            state["channel"] = channel_of(event)
            return []
        if kind != "slot":
            return []
        name, value = event.get("name"), event.get("value")
        slots = state["slots"]
        facts: list[dict] = []
        if name == "ticket_type" and value in ("complaint", "report") and slots.get("ticket_type") != value:
            facts.append({"kind": "started", "key": f"{sender}:{event.get('timestamp')}", "conversation_id": sender,
                          "ticket_no": None, "ticket_type": value, "category": None, "merchant": None,
                          "channel": state["channel"] or channel_of(event), "at": _when(event)})
        if name == "ticket_no" and isinstance(value, str) and value:
            facts.append({"kind": "filed", "key": value, "conversation_id": sender, "ticket_no": value,
                          "ticket_type": slots.get("ticket_type"), "category": slots.get("dispute_type"),
                          "merchant": slots.get("merchant_name"),
                          "channel": state["channel"] or channel_of(event), "at": _when(event)})
        if name in TRACKED_SLOTS:
            slots[name] = value
        return facts


def enrich_from_tickets(engine: Engine, facts: list[dict]) -> list[dict]:
    """Fills a filing's missing type, category, merchant or channel from the ticket."""
    missing = [f for f in facts if f["kind"] == "filed" and not (f["merchant"] and f["ticket_type"])]
    if not missing:
        return facts
    try:
        from backend.models import Ticket
        with engine.connect() as conn:
            rows = {r.ticket_no: r for r in conn.execute(
                select(Ticket.ticket_no, Ticket.type, Ticket.dispute_type, Ticket.merchant_name, Ticket.channel)
                .where(Ticket.ticket_no.in_([f["ticket_no"] for f in missing])))}
    except Exception:  # noqa: BLE001 - a different database: keep what the events said
        log.exception("could not read tickets to complete analytics")
        return facts
    for fact in missing:
        row = rows.get(fact["ticket_no"])
        if row is not None:
            fact["ticket_type"] = fact["ticket_type"] or row.type
            fact["category"] = fact["category"] or row.dispute_type
            fact["merchant"] = fact["merchant"] or row.merchant_name
            fact["channel"] = row.channel or fact["channel"]
    return facts


def handle(engine: Engine, folder: EventFolder, bodies: Iterable[bytes]) -> int:
    """Folds raw broker messages and records their facts; returns how many were new."""
    facts: list[dict] = []
    for body in bodies:
        try:
            event = json.loads(body)
        except (ValueError, UnicodeDecodeError):
            log.warning("skipping a broker message that is not JSON (%d bytes)", len(body))
            continue
        if isinstance(event, dict):
            facts.extend(folder.fold(event))
    return store.record(engine, enrich_from_tickets(engine, facts))


def consume(engine: Engine, env: dict[str, str], stop_after_idle_s: float | None = None) -> None:
    """Reads the queue until SIGTERM/SIGINT (or `stop_after_idle_s` without messages).

    Messages are acknowledged in batches, after their facts are committed: a crash
    redelivers them, and the unique keys make the replay harmless.
    """
    import pika

    store.ensure_tables(engine)
    params = pika.ConnectionParameters(
        host=env["RABBITMQ_HOST"], port=int(env["RABBITMQ_PORT"]),
        credentials=pika.PlainCredentials(env["RABBITMQ_USER"], env["RABBITMQ_PASSWORD"]),
        heartbeat=30, connection_attempts=10, retry_delay=2)
    folder = EventFolder()
    stopping = False

    def request_stop(*_):
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGTERM, request_stop)
    signal.signal(signal.SIGINT, request_stop)
    while not stopping:
        try:
            connection = pika.BlockingConnection(params)
            channel = connection.channel()
            # Declared exactly as Rasa's broker declares them (aio-pika defaults), so
            # either side may start first.
            channel.exchange_declare(env["RABBITMQ_EXCHANGE"], exchange_type="fanout", durable=False)
            channel.queue_declare(env["RABBITMQ_QUEUE"], durable=True)
            channel.queue_bind(env["RABBITMQ_QUEUE"], env["RABBITMQ_EXCHANGE"])
            channel.basic_qos(prefetch_count=500)
            log.info("consuming %s from exchange %s", env["RABBITMQ_QUEUE"], env["RABBITMQ_EXCHANGE"])
            idle_since = time.monotonic()
            while not stopping:
                batch = []
                for method, _props, body in channel.consume(env["RABBITMQ_QUEUE"], inactivity_timeout=0.5):
                    if method is None:
                        break
                    batch.append((method.delivery_tag, body))
                    if len(batch) >= 400:
                        break
                if batch:
                    new = handle(engine, folder, [body for _, body in batch])
                    channel.basic_ack(batch[-1][0], multiple=True)
                    if new:
                        log.info("recorded %d analytics facts", new)
                    idle_since = time.monotonic()
                elif stop_after_idle_s is not None and time.monotonic() - idle_since > stop_after_idle_s:
                    stopping = True
                folder.forget_idle()
            channel.cancel()
            connection.close()
        except pika.exceptions.AMQPError as exc:
            if stopping:
                break
            log.warning("event broker unavailable (%s); reconnecting", exc)
            time.sleep(2)
