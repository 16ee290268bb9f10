"""At the summary, "商家不是…，主要投诉…" (what a value is not and the right one, read by the classifier as a new
filing since it says 投诉) changes that value and shows the summary again: no new registration, no form intro."""
import functools
import os

os.environ.setdefault("ACTIONS_WARM_UP", "0")

import pytest

from actions import actions as acts

import actions_testlib
from actions_testlib import run, slots_set, user

tracker = functools.partial(actions_testlib.tracker, confidence=0.7)

HELD = {"ticket_type": "complaint", "awaiting_confirmation": True, "problem": "跟团买的和田玉挂件是假的",
        "product": "和田玉挂件", "merchant_name": "金色年华旅行社",
        "merchant_address": "新疆乌鲁木齐市天山区解放北路9号",
        "amount": "3200.00", "demand": "退款", "complainant_name": "邓秀兰", "phone": "13912345678"}


@pytest.mark.parametrize("said, shop", [
    ("商家不是金色年华旅行社，主要投诉昆仑玉器城", "昆仑玉器城"),
    ("不是旅行社 我要投诉的是昆仑玉器城", "昆仑玉器城"),
    ("投诉的商家不是金色年华 是昆仑玉器城", "昆仑玉器城"),
])
def test_what_a_value_is_not_and_the_right_one_changes_it_at_the_summary(said, shop):
    t = tracker(said, "file_complaint", [user(said, "file_complaint")], slots=HELD)
    events, messages = run(acts.ActionStartFiling(), t)
    assert slots_set(events)["merchant_name"] == shop
    said_back = " ".join(m.get("text") or "" for m in messages)
    assert "已改为" in said_back and "我会依次问您几个问题" not in said_back
    assert [e["name"] for e in events if e["event"] == "followup"] == ["complaint_form"]


def test_a_filing_request_with_not_in_it_that_changes_nothing_goes_on_as_before():
    said = "我不是要举报 是要投诉"
    t = tracker(said, "file_complaint", [user(said, "file_complaint")], slots=HELD)
    events, _ = run(acts.ActionStartFiling(), t)
    assert "merchant_name" not in slots_set(events)
