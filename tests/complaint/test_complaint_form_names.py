"""The complaint form with the new name rules (issue 16): a platform or a kind of shop
given for the merchant keeps what it says (the platform) and asks for the name again; the
name then given is stored whole, beside the platform."""
from __future__ import annotations

import asyncio

import pytest

rasa_sdk = pytest.importorskip("rasa_sdk")
from rasa_sdk import Tracker  # noqa: E402
from rasa_sdk.executor import CollectingDispatcher  # noqa: E402

from actions import forms  # noqa: E402
from complaint import fields  # noqa: E402


def _turn(text: str, slots: dict) -> tuple[dict, list[str]]:
    values = {name: None for name in fields.FIELDS} | {"requested_slot": None, "failed_attempts": 0} | slots
    tracker = Tracker.from_dict({
        "sender_id": "web:names", "slots": values,
        "latest_message": {"text": text, "intent": {"name": "inform", "confidence": 0.99}, "entities": [],
                           "metadata": {}, "input_channel": "rest"},
        "events": [{"event": "user", "text": text, "parse_data": {"intent": {"name": "inform"}}}],
        "paused": False, "followup_action": None, "active_loop": {"name": "complaint_form"},
        "latest_action_name": "action_listen"})
    dispatcher = CollectingDispatcher()
    events = asyncio.run(forms.ValidateComplaintForm().run(dispatcher, tracker, {}))
    return ({e["name"]: e["value"] for e in events if e.get("event") == "slot"},
            [m.get("text") or "" for m in dispatcher.messages])


@pytest.mark.parametrize("answer, platform", [("京东", "京东"), ("在拼多多上买的", "拼多多"), ("那家洗衣店", None),
                                              ("网上买的那家", None)])
def test_no_name_given_for_the_merchant_is_asked_again(answer, platform):
    got, said = _turn(answer, {"requested_slot": "merchant_name", "problem": "衣服洗坏了"})
    assert not got.get("merchant_name")
    assert got.get("platform") == platform


@pytest.mark.parametrize("answer, name", [("星光健身（万达店）", "星光健身（万达店）"), ("苏宁易购", "苏宁易购"),
                                          ("京东上的美的官方旗舰店", "美的官方旗舰店")])
def test_a_name_is_stored_whole(answer, name):
    got, _ = _turn(answer, {"requested_slot": "merchant_name", "problem": "坏了"})
    assert got["merchant_name"] == name
