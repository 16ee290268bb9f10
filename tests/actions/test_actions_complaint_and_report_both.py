"""Both registrations asked for at once (issue 16): "投诉也要举报", or the consumer's own remedy together with the
business punished. One complaint does both: the consumer is told that 查处 goes into its demand, the complaint
opens with the story told, and the demand (told then or later) carries 查处. Never a report that drops the refund,
never the consumer left with the default reply. Wordings of our own."""
import os

os.environ.setdefault("ACTIONS_WARM_UP", "0")

import pytest
from actions_testlib import run, slots_set, tracker, user

from actions import actions as acts
from actions import forms, intake


@pytest.mark.parametrize("text", ["我想投诉同时举报这家饭店", "举报加投诉 这家店太黑了", "两样都要",
                                  "买的奶粉是假的 要退款 也得处罚这家店", "既要赔钱 也要让工商查一查他们"])
def test_both_asked_for(text):
    assert intake.wants_both(text)


@pytest.mark.parametrize("text", ["举报这家店卖山寨手机", "我要退货退款", "不投诉了 直接举报吧", "匿名举报 也想投诉",
                                  "投诉和举报哪个快", "我都要被气哭了 赶紧退钱", "要求退款 我不图别的 不用查处"])
def test_one_of_them_or_a_question_is_not_both(text):
    assert not intake.wants_both(text)


def _followed(events, name):
    return any(e.get("event") == "followup" and e.get("name") == name for e in events)


@pytest.mark.parametrize("intent", ["file_report", "file_complaint"])
def test_an_opening_asking_both_opens_the_complaint_and_says_so(intent):
    said = "在小卖部买到发霉的月饼 我要退钱 还要让监管部门罚他们"
    got, messages = run(acts.ActionStartFiling(), tracker(said, intent, [user(said, intent)]))
    assert messages[0]["text"] == intake.BOTH_NOTE
    assert slots_set(got)["ticket_type"] == "complaint" and _followed(got, "complaint_form")
    assert "查处" in slots_set(got).get("demand", "") and "退款" in slots_set(got)["demand"]


def test_both_said_after_the_difference_explained_opens_the_complaint():
    explained = {"event": "bot", "text": acts.DIFFERENCE_EXPLAINED + "……请问您想办理哪一项？"}
    reply = "俩都要 钱要退回来 店也得受罚"
    events = [user("我想投诉还要举报", "ask_difference"), explained, user(reply, "non_consumer_dispute")]
    got, messages = run(acts.ActionDeclineNonConsumer(), tracker(reply, "non_consumer_dispute", events,
                                                                  confidence=0.55))
    assert messages[0]["text"] == intake.BOTH_NOTE and _followed(got, "complaint_form")


def test_both_said_to_the_which_kind_question_opens_the_complaint():
    asked = {"event": "bot", "text": intake.WHICH_KIND_QUESTION}
    events = [user("举报这个小卖部卖给我发霉的月饼", "file_report"), asked, user("两个都要", "nlu_fallback")]
    got, messages = run(acts.ActionLowConfidence(), tracker("两个都要", "nlu_fallback", events))
    assert messages[0]["text"] == intake.BOTH_NOTE and slots_set(got)["ticket_type"] == "complaint"


def test_the_demand_told_later_carries_the_investigation():
    events = [user("投诉也要举报", "file_complaint"), {"event": "bot", "text": intake.BOTH_NOTE},
              {"event": "bot", "text": "请问您希望商家怎么解决？"}, user("换一个新的")]
    assert forms.both_asked(events)
    got, _ = run(forms.ValidateComplaintForm(), tracker("换一个新的", "inform", events,
                                                        slots={"requested_slot": "demand", "problem": "洗衣机漏水",
                                                               "product": "洗衣机"}, active_loop="complaint_form"))
    demand = slots_set(got).get("demand") or ""
    assert demand.startswith("换货") and "查处" in demand


def test_a_registration_filed_since_forgets_it():
    events = [user("投诉也要举报", "file_complaint"), {"event": "bot", "text": intake.BOTH_NOTE},
              {"event": "slot", "name": "ticket_no", "value": "TS20261207-000001"}, user("我要投诉", "file_complaint")]
    assert not forms.both_asked(events)
