"""The event-broker consumer: a complaint filed through Rasa shows up in the analytics."""
from __future__ import annotations

import time
import uuid

import pytest

from backend import create_app
from backend.auth import create_staff
from bench.conversation import Consumer, next_message, texts_of
from channels.common import ChannelSettings, ask_rasa
from scale_testlib import rasa_urls

pytestmark = [pytest.mark.e2e, pytest.mark.postgres]


def test_the_consumer_counts_a_filed_complaint_by_category_merchant_and_channel(scaled_stack):
    env = scaled_stack.env
    base = rasa_urls(env)[1]
    consumer = Consumer(index=4, sender=f"wechat:analytics-{uuid.uuid4().hex[:8]}")
    message, state = "我要投诉", ""
    # A "wechat:" sender speaks through the bridges' signed channel, as the WeChat bridge does.
    bridge = ChannelSettings(rasa_url=base, bridge_secret=env["RASA_BRIDGE_SECRET"], rasa_timeout=60)
    for _ in range(20):
        replies = ask_rasa(bridge, consumer.sender, message, "wechat")
        message, state = next_message(consumer, texts_of(replies))
        if message is None:
            break
    assert state.startswith("filed:"), state
    ticket_no = state.split(":", 1)[1]

    app = create_app({"DATABASE_URL": env["DATABASE_URL"]})
    token = create_staff(app.extensions["db"], "analyst", "analyst-12315", with_token=True)
    client = app.test_client()
    headers = {"Authorization": f"Bearer {token}"}
    deadline = time.monotonic() + 30
    while True:
        summary = client.get("/analytics/api/summary?days=7", headers=headers).get_json()
        if summary["filed"] >= 1 or time.monotonic() > deadline:
            break
        time.sleep(0.5)
    assert summary["filed"] == 1, f"the filed complaint was not counted within 30 s: {summary}"
    assert summary["started"] >= 1
    assert summary["by_merchant"] == [{"merchant": consumer.merchant[0], "count": 1}]
    assert summary["by_channel"] == [{"channel": "wechat", "count": 1}]
    assert [row["ticket_type"] for row in summary["by_category"]] == ["complaint"]
    assert sum(day["filed"] for day in summary["per_day"]) == 1

    page = client.get("/analytics", headers=headers)
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert consumer.merchant[0] in html and "微信" in html

    from sqlalchemy import select

    from backend.analytics.store import facts
    with app.extensions["db"].engine.connect() as conn:
        rows = conn.execute(select(facts.c.ticket_no, facts.c.conversation_id).where(facts.c.kind == "filed")).all()
    assert rows == [(ticket_no, consumer.sender)]

    # without staff credentials the numbers stay private
    assert client.get("/analytics/api/summary").status_code == 401
