"""Half-way through a complaint, "我要举报" (or through a report, "还是投诉吧") switches the registration,
keeping the shop, its address and what happened; an answer that only mentions the other word (a demand
"要求查处 我要举报他们") is no switch."""
import os

os.environ.setdefault("ACTIONS_WARM_UP", "0")

import pytest
from rasa_sdk.events import FollowupAction

from actions import forms
from tests.actions.test_actions_forms import asked, run, slots_set, tracker

TOLD = {"merchant_name": "某某超市（人民路店）", "merchant_address": "宜宾市翠屏区人民路1号", "problem": "卖过期面包"}


@pytest.mark.parametrize("said", ["我要举报", "算了我想举报它", "不对 我想举报 他们卖过期的东西好多次了"])
def test_a_complaint_becomes_a_report_with_what_was_told(said):
    t = tracker(said, intent="file_report", slots=dict(TOLD, requested_slot="purchase_date", product="面包",
                                                       ticket_type="complaint"),
                active_loop="complaint_form", events=asked("purchase_date", [said]))
    events, messages = run(forms.ValidateComplaintForm(), t)
    got = slots_set(events)
    assert FollowupAction("report_form") in events and got["ticket_type"] == "report"
    assert "merchant_name" not in got and "problem" not in got and got["product"] is None
    assert "举报" in messages[0]["text"] and "保留" in messages[0]["text"]


@pytest.mark.parametrize("said", ["还是投诉吧", "那我还是投诉 我买的两条烟是假的 要退钱"])
def test_a_report_becomes_a_complaint(said):
    t = tracker(said, intent="file_complaint", slots=dict(TOLD, requested_slot="anonymous", ticket_type="report"),
                active_loop="report_form", events=asked("anonymous", [said], form="report_form"))
    events, _ = run(forms.ValidateReportForm(), t)
    assert FollowupAction("complaint_form") in events and slots_set(events)["ticket_type"] == "complaint"


def test_an_answer_that_mentions_the_other_word_is_no_switch():
    said = "希望市场监管部门好好查处一下 我要举报他们这种行为 并且退款"
    t = tracker(said, intent="inform", slots=dict(TOLD, requested_slot="demand", ticket_type="complaint"),
                active_loop="complaint_form", events=asked("demand", [said]))
    events, _ = run(forms.ValidateComplaintForm(), t)
    assert FollowupAction("report_form") not in events
