"""Words read as calling a registration off that only choose anonymity (issue 16): "那算了 不留了 匿名吧" when a
report asks the phone goes on as an anonymous report (its next question, or its summary), never a registration
dropped; in a complaint the anonymous report is offered. Said with a real cancel ("不举报了", "取消"), it is
one. A story of a purchase read as a wish for a person opens the registration; an account that ends in
indignation put as a question ("…那你宣传的是什么意思") is the account. Wordings of our own."""
import os

os.environ.setdefault("ACTIONS_WARM_UP", "0")

import pytest
from actions_testlib import run, slots_set, tracker, user

from actions import actions as acts
from actions import dialogue, forms
from tests.actions.test_actions_forms import asked
from tests.actions.test_actions_forms import tracker as form_tracker

REPORT = {"ticket_type": "report", "problem": "小作坊用地沟油炸油条", "merchant_name": "老刘早点",
          "merchant_address": "洛阳市西工区中州中路20号", "anonymous": False, "complainant_name": "孙伟",
          "requested_slot": "phone"}


def _followed(events, name):
    return any(e.get("event") == "followup" and e.get("name") == name for e in events)


@pytest.mark.parametrize("said", ["唉算了 电话也不给了 就匿名吧", "还是匿名好了 不想留信息"])
def test_anonymity_in_a_report_goes_on(said):
    got, messages = run(acts.ActionCancel(), tracker(said, "cancel", [user(said, "cancel")], slots=REPORT,
                                                     active_loop="report_form"))
    assert slots_set(got)["anonymous"] is True and slots_set(got)["complainant_name"] is None
    assert _followed(got, "report_form") and not any(e.get("event") == "active_loop" for e in got)
    assert "匿名" in messages[0]["text"] and "取消" not in messages[0]["text"]


@pytest.mark.parametrize("said", ["不举报了 取消吧", "算了算了 不弄了"])
def test_a_real_cancel_still_cancels(said):
    got, messages = run(acts.ActionCancel(), tracker(said, "cancel", [user(said, "cancel")], slots=REPORT,
                                                     active_loop="report_form"))
    assert any(e.get("event") == "active_loop" and e.get("name") is None for e in got)
    assert not _followed(got, "report_form")


def test_anonymity_in_a_complaint_is_offered_the_report():
    slots = dict(REPORT, ticket_type="complaint", requested_slot="complainant_name", anonymous=None)
    said = "那算了 匿名行不行"
    got, messages = run(acts.ActionCancel(), tracker(said, "cancel", [user(said, "cancel")],
                                                     slots=slots, active_loop="complaint_form"))
    assert messages[0]["text"].startswith(forms.ANONYMITY_CHOICE) and _followed(got, "complaint_form")
    assert slots_set(got).get("ticket_type") is None  # the consumer chooses; nothing switched unasked


def test_the_report_form_after_it_asks_what_is_missing_or_completes():
    events = asked("phone", ["唉算了 电话也不给了 就匿名吧"], form="report_form")
    events.insert(-1, {"event": "action", "name": "action_cancel"})
    done = dict(REPORT, anonymous=True, complainant_name=None)
    got, _ = run(forms.ValidateReportForm(), form_tracker("唉算了 电话也不给了 就匿名吧", intent="cancel", slots=done,
                                                          active_loop="report_form", events=events))
    assert slots_set(got) == {"requested_slot": None}
    got, _ = run(forms.ValidateReportForm(), form_tracker("唉算了", intent="cancel",
                                                          slots=dict(done, merchant_address=None),
                                                          active_loop="report_form", events=events))
    assert slots_set(got) == {"requested_slot": "merchant_address"}


def test_a_story_read_as_a_wish_for_a_person_opens_the_complaint():
    said = "智能音箱买了一周 语音助手就一直唤不醒"
    got, messages = run(acts.ActionHandoff(), tracker(said, "human_handoff", [user(said, "human_handoff")]))
    assert slots_set(got)["ticket_type"] == "complaint" and _followed(got, "complaint_form")


def test_a_wish_for_a_person_is_still_handed_over(monkeypatch):
    from actions import handoff
    monkeypatch.setattr(handoff, "post_handoff", lambda *a, **k: None)
    said = "扫地机器人坏了 我要找人工"
    got, messages = run(acts.ActionHandoff(), tracker(said, "human_handoff", [user(said, "human_handoff")]))
    assert not _followed(got, "complaint_form")


@pytest.mark.parametrize("said", ["充电宝充一次就鼓包了 店里说人为损坏 那你们卖的是什么东西干嘛",
                                  "说好的包邮又收了二十运费 问客服就不回 凭什么说话不算"])
def test_an_account_ending_in_indignation_is_the_account(said):
    message = {"text": said, "intent": {"name": "inform"}, "entities": []}
    got, error = dialogue.fill_from_message(message, "complaint_form", "problem", {"product": "充电宝"})
    assert got.get("problem") and error is None
