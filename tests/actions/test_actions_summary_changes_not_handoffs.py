"""At the summary, a change to what is shown that speaks of being contacted ("…能联系我就行") is read by
the classifier as a wish for a person; it names no person, so the change is made and the summary shown
again. A name given after the language it is in ("Kevin 中文名 曾凯文") is the name."""
import os

os.environ.setdefault("ACTIONS_WARM_UP", "0")

import pytest
from rasa_sdk.events import FollowupAction

from actions import actions as acts
from complaint import extract as ex
from tests.actions.test_actions_forms import FULL_COMPLAINT, run, slots_set, tracker

REPORT = {"ticket_type": "report", "merchant_name": "某某修理厂", "merchant_address": "某市某路1号",
          "problem": "用旧件冒充新件", "anonymous": False, "complainant_name": "宫晓东", "phone": "13504418273",
          "awaiting_confirmation": True}


@pytest.mark.parametrize("said", ["名字别登记了 有事打电话联系我就行", "不想写名字了 你们打我电话联系就好"])
def test_a_report_made_anonymous_at_the_summary_is_no_handoff(backend_down, said):
    events, messages = run(acts.ActionHandoff(), tracker(said, intent="human_handoff", slots=REPORT))
    got = slots_set(events)
    assert "handoff_requested" not in got and got["anonymous"] is True and got["complainant_name"] is None
    assert FollowupAction("report_form") in events and "匿名" in messages[0]["text"]


def test_a_correction_at_the_summary_that_mentions_contact_is_made(backend_down):
    said = "电话写错了 是13912345670 到时候用这个联系我"
    events, _ = run(acts.ActionHandoff(), tracker(said, intent="human_handoff",
                                                  slots=dict(FULL_COMPLAINT, awaiting_confirmation=True)))
    assert slots_set(events).get("phone") == "13912345670" and FollowupAction("complaint_form") in events


def test_a_person_asked_for_at_the_summary_is_still_handed_over(backend_down):
    events, _ = run(acts.ActionHandoff(), tracker("名字不对 我要找人工客服", intent="human_handoff",
                                                  slots=dict(FULL_COMPLAINT, awaiting_confirmation=True)))
    assert "handoff_requested" in slots_set(events)


@pytest.mark.parametrize("said, name", [("Kevin 中文名 曾凯文", "曾凯文"), ("Amy 中文名：陈思雨", "陈思雨"),
                                        ("身份证上 马玉兰", "马玉兰"), ("大名 刘建军", "刘建军")])
def test_a_name_after_its_language_or_papers_is_the_name(said, name):
    assert ex.normalise_name(said).value == name


@pytest.mark.parametrize("said", ["算了别写了", "名字还是不用写了吧", "算了 不填了"])
def test_withholding_the_name_is_no_cancel_of_the_registration(said):
    # asked the name, "算了别写了" drops the name, not the report told so far
    from actions import dialogue, forms
    from tests.actions.test_actions_forms import asked

    assert dialogue.form_intent("cancel", said, "complainant_name", "report_form") == "inform"
    slots = {"ticket_type": "report", "merchant_name": "某某网吧", "merchant_address": "某市某路1号",
             "problem": "让未成年人上网", "anonymous": False, "requested_slot": "complainant_name"}
    t = tracker(said, intent="cancel", slots=slots, active_loop="report_form",
                events=asked("complainant_name", [said], form="report_form"))
    events, _ = run(forms.ValidateReportForm(), t)
    got = slots_set(events)
    # the report goes on: anonymous, or (the name alone withheld) named by the phone, which is asked next
    assert got.get("anonymous") is True or (got.get("complainant_name") == "" and got.get("requested_slot") == "phone")


def test_leaving_the_registration_is_still_a_cancel():
    from actions import dialogue

    assert dialogue.form_intent("cancel", "算了不举报了", "complainant_name", "report_form") == "cancel"


@pytest.mark.parametrize("said, phone", [("电话不对 13800001111 最后一位是1", "13800001111"),
                                         ("号码写错了 15900002222 后面是两个二", "15900002222"),
                                         ("手机号错了 应该是13700003333", "13700003333")])
def test_a_corrected_phone_said_whole_with_a_remark_after_it_is_taken(said, phone):
    from actions import dialogue

    assert dialogue.correction(said, filled={"phone": "13912345678"}) == ("phone", phone)
