"""Folding Rasa events into analytics facts (no services needed: SQLite)."""
from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import create_engine

from backend.analytics import consumer, store


def events(sender: str, ticket_no: str, t0: float = 1_773_505_800.0) -> list[dict]:
    """What Rasa publishes for a complaint filed over WeChat (abridged)."""
    return [
        {"sender_id": sender, "event": "user", "timestamp": t0, "text": "我要投诉", "input_channel": "rest",
         "metadata": {"channel": "wechat"}},
        {"sender_id": sender, "event": "slot", "timestamp": t0 + 0.1, "name": "ticket_type", "value": "complaint"},
        {"sender_id": sender, "event": "slot", "timestamp": t0 + 5, "name": "dispute_type", "value": "quality_defect"},
        {"sender_id": sender, "event": "slot", "timestamp": t0 + 9, "name": "merchant_name", "value": "好运电器"},
        {"sender_id": sender, "event": "slot", "timestamp": t0 + 60, "name": "ticket_no", "value": ticket_no},
        # filing clears the form in the same turn
        {"sender_id": sender, "event": "slot", "timestamp": t0 + 60, "name": "merchant_name", "value": None},
        {"sender_id": sender, "event": "slot", "timestamp": t0 + 60, "name": "dispute_type", "value": None},
    ]


def test_a_filing_is_recorded_once_with_its_category_merchant_channel_and_local_day():
    engine = create_engine("sqlite://")
    store.ensure_tables(engine)
    bodies = [json.dumps(e).encode() for e in events("wechat:o1", "TS20260315-000001")]
    assert consumer.handle(engine, consumer.EventFolder(), bodies) == 2
    # the broker redelivers after a consumer crash: nothing is counted twice
    assert consumer.handle(engine, consumer.EventFolder(), bodies + [b"not json", b"[]"]) == 0
    # 2026-03-14 16:31 UTC is 00:31 on 3.15 in Beijing
    summary = store.summary(engine, days=2, today=dt.date(2026, 3, 15))
    assert summary["filed"] == 1 and summary["started"] == 1
    assert summary["by_category"][0] | {"label": None} == {
        "ticket_type": "complaint", "category": "quality_defect", "label": None, "count": 1}
    assert summary["by_merchant"] == [{"merchant": "好运电器", "count": 1}]
    assert summary["by_channel"] == [{"channel": "wechat", "count": 1}]
    assert summary["per_day"][-1]["day"] == "2026-03-15" and summary["per_day"][-1]["filed"] == 1
    assert summary["today_by_hour"][0]["count"] == 1


def test_the_channel_falls_back_to_the_sender_prefix_and_the_input_channel():
    assert consumer.channel_of({"sender_id": "telegram:42"}) == "telegram"
    assert consumer.channel_of({"sender_id": "abc", "input_channel": "socketio"}) == "web"
    assert consumer.channel_of({"sender_id": "abc", "input_channel": "rest", "metadata": None}) == "rest"
