"""What a consumer means when the words sound like another intent, and what the bot shows back.

"算了还是投诉吧" in the complaint under way goes on with it (no cancel); a refund asked with an investigation
("退钱 还要举报他们") stays a complaint, with 查处 among the demands; the which-kind choice answered in words
("匿名举报") opens that registration. Shown back: each button once, no conflict where the "other shop" is
the mall in the address, no proof read from a name ("腾讯视频"), a named reporter who keeps the phone back
is told the report goes anonymous, and a development zone of a named city needs no city question.
"""
import os

os.environ.setdefault("ACTIONS_WARM_UP", "0")

import pytest
from actions_testlib import run as run_action
from actions_testlib import tracker as bare_tracker
from actions_testlib import user

from actions import actions as acts
from actions import dialogue, forms
from tests.actions.test_actions_forms import FULL_COMPLAINT, asked, run, slots_set, tracker

REPORT = {"merchant_name": "顺心五金店", "merchant_address": "合肥市蜀山区望江西路20号", "problem": "卖假冒插座",
          "ticket_type": "report"}


# ---------------------------------------------------------------- hesitating, then going on

@pytest.mark.parametrize("text", ["嗯我再想想……算了还是投诉吧", "想了一下，还是投诉", "犹豫了半天 还是继续投诉吧"])
def test_choosing_the_complaint_under_way_again_is_no_cancel(text):
    slots = dict(FULL_COMPLAINT, merchant_address=None, requested_slot="merchant_address")
    events, messages = run(forms.ValidateComplaintForm(),
                           tracker(text, intent="cancel", slots=slots, active_loop="complaint_form",
                                   events=asked("merchant_address", [text])))
    got = slots_set(events)
    assert got["requested_slot"] == "merchant_address"
    assert not any(e.get("event") == "active_loop" and e.get("name") is None for e in events)
    assert "接着登记" in messages[0]["text"]


def test_choosing_the_other_registration_after_a_hesitation_switches():
    slots = dict(FULL_COMPLAINT, merchant_address=None, requested_slot="merchant_address")
    text = "算了算了，还是举报吧"
    events, _ = run(forms.ValidateComplaintForm(),
                    tracker(text, intent="cancel", slots=slots, active_loop="complaint_form",
                            events=asked("merchant_address", [text])))
    assert slots_set(events)["ticket_type"] == "report"


# ---------------------------------------------------------------- a refund and an investigation

@pytest.mark.parametrize("text, back", [("退钱，还要举报他们虚假宣传", "退款"), ("要求赔偿 也要举报这家店", "赔偿"),
                                        ("把钱退给我 同时举报他们乱收费", "退款")])
def test_a_remedy_with_an_investigation_stays_a_complaint_with_both(text, back):
    slots = dict(FULL_COMPLAINT, merchant_address=None, demand=None, requested_slot="merchant_address")
    events, _ = run(forms.ValidateComplaintForm(), tracker(text, intent="file_report", slots=slots,
                                                           active_loop="complaint_form",
                                                           events=asked("merchant_address", [text])))
    got = slots_set(events)
    assert got.get("ticket_type") != "report"
    assert back in got["demand"] and "查处" in got["demand"]


def test_an_investigation_alone_still_switches_to_a_report():
    slots = dict(FULL_COMPLAINT, merchant_address=None, requested_slot="merchant_address")
    events, _ = run(forms.ValidateComplaintForm(), tracker("我要举报", intent="file_report", slots=slots,
                                                           active_loop="complaint_form",
                                                           events=asked("merchant_address", ["我要举报"])))
    assert slots_set(events)["ticket_type"] == "report"


@pytest.mark.parametrize("demand, both", [("退款（退钱）", "退款、查处（退钱）"), ("", "查处"),
                                          ("赔偿、查处", "赔偿、查处")])
def test_the_investigation_joins_the_remedies(demand, both):
    assert dialogue.with_investigation(demand) == both


# ---------------------------------------------------------------- which one, answered in words

DIFFERENCE = {"event": "bot", "text": "投诉和举报的区别是：\n· 投诉：…\n请问您想办理哪一项？"}


@pytest.mark.parametrize("reply, kind", [("匿名举报", "report"), ("那就投诉吧", "complaint"),
                                         ("我要举报他们", "report"), ("想让他们退钱", "complaint")])
def test_the_difference_explained_the_words_that_choose_open_that_registration(reply, kind):
    events = [user("开锁的收了我680 我想举报他们乱收费", "ask_difference"), DIFFERENCE, user(reply)]
    got, _ = run_action(acts.ActionInformWithoutContext(), bare_tracker(reply, "inform", events))
    assert slots_set(got)["ticket_type"] == kind
    assert any(e.get("event") == "followup" and e.get("name") == f"{kind}_form" for e in got)


def test_the_difference_explained_a_fact_is_no_choice():
    events = [user("投诉和举报有什么区别", "ask_difference"), DIFFERENCE, user("奶茶")]
    got, _ = run_action(acts.ActionInformWithoutContext(), bare_tracker("奶茶", "inform", events))
    assert "ticket_type" not in slots_set(got)


# ---------------------------------------------------------------- each button once

@pytest.mark.parametrize("slot, text, form, slots", [
    ("anonymous", "卖过期牛奶", "report_form", dict(REPORT, anonymous=None)),
    ("demand", "嗯嗯", "complaint_form", dict(FULL_COMPLAINT, demand=None)),
    ("anonymous", "确认", "report_form", dict(REPORT, anonymous=None)),
])
def test_a_reask_leaves_the_buttons_to_the_question_that_follows(slot, text, form, slots):
    action = forms.ValidateReportForm() if form == "report_form" else forms.ValidateComplaintForm()
    _, messages = run(action, tracker(text, slots=dict(slots, requested_slot=slot), active_loop=form,
                                      events=asked(slot, [text], form=form)))
    assert not any(m.get("buttons") for m in messages)


# ---------------------------------------------------------------- no conflict that is not one

@pytest.mark.parametrize("address", ["北京市朝阳区阜通东大街6号方恒购物中心B1", "杭州市拱墅区湖墅南路万达广场3楼",
                                     "成都市锦江区春熙路IFS国际金融中心L5"])
def test_the_mall_in_an_address_is_no_other_shop(address):
    held = dict(FULL_COMPLAINT, merchant_address=None)
    changes = dialogue.restated({"text": address, "intent": {"name": "inform"}}, "complaint_form", held,
                                requested="merchant_address")
    assert "merchant_name" not in changes


def test_a_shop_bought_from_said_at_the_address_is_still_pointed_out():
    held = dict(FULL_COMPLAINT, merchant_address=None)
    changes = dialogue.restated({"text": "其实是在苏宁买的", "intent": {"name": "inform"}}, "complaint_form", held,
                                requested="merchant_address")
    assert changes.get("merchant_name")


# ---------------------------------------------------------------- proof only when held

@pytest.mark.parametrize("text", ["在腾讯视频开了会员，看剧还要另外付费", "优酷视频开了年费会员 自动续费了",
                                  "照片冲印店开了张会员卡 现在倒闭了"])
def test_a_kind_of_proof_inside_a_name_is_no_proof(text):
    values, _ = dialogue.fill_from_message({"text": text, "intent": {"name": "file_complaint"}}, "complaint_form",
                                           None, {})
    assert "evidence" not in values


@pytest.mark.parametrize("text, proof", [("我有发票和聊天记录", "发票"), ("拍了视频，商家不认", "视频"),
                                         ("聊天记录都在", "聊天记录")])
def test_proof_said_to_be_held_is_kept(text, proof):
    values, _ = dialogue.fill_from_message({"text": text, "intent": {"name": "file_complaint"}}, "complaint_form",
                                           None, {})
    assert proof in (values.get("evidence") or "")


# ---------------------------------------------------------------- a named reporter without a phone

@pytest.mark.parametrize("text", ["电话就不留了", "手机号不方便给", "不想留电话"])
def test_a_named_reporter_who_keeps_the_phone_back_is_told_the_report_is_anonymous(text):
    slots = dict(REPORT, anonymous=False, complainant_name="钱卫东", phone=None, requested_slot="phone")
    events, messages = run(forms.ValidateReportForm(), tracker(text, intent="deny", slots=slots,
                                                               active_loop="report_form",
                                                               events=asked("phone", [text], form="report_form")))
    got = slots_set(events)
    said = " ".join(m.get("text") or "" for m in messages)
    assert got.get("anonymous") is True and got.get("complainant_name") is None
    assert "匿名" in said and "钱卫东" in said and "留一个电话" in said  # never silently


def test_a_reporter_with_no_name_yet_who_refuses_the_phone_is_anonymous_without_a_name_said():
    slots = dict(REPORT, anonymous=False, complainant_name=None, phone=None, requested_slot="phone")
    events, messages = run(forms.ValidateReportForm(), tracker("电话就不留了", intent="deny", slots=slots,
                                                               active_loop="report_form",
                                                               events=asked("phone", ["电话就不留了"],
                                                                            form="report_form")))
    assert slots_set(events).get("anonymous") is True
    assert "姓名也不会记录" not in " ".join(m.get("text") or "" for m in messages)


# ---------------------------------------------------------------- a development zone of a named city

@pytest.mark.parametrize("address", ["武汉东湖新技术开发区光谷步行街2楼", "西安高新技术产业开发区锦业路1号",
                                     "长春净月经开区生态大街"])
def test_a_zone_of_a_named_city_needs_no_city_question(address):
    assert forms._in_a_division(address)


@pytest.mark.parametrize("address", ["解放路88号", "东湖新技术开发区光谷大道", "人民医院对面"])
def test_a_street_or_a_zone_without_its_city_is_asked_the_city(address):
    assert not forms._in_a_division(address)


# ---------------------------------------------------------------- named, without the name

@pytest.mark.parametrize("text", ["不用匿名 就是不写名字", "不匿名 但是名字不写", "实名吧，不过名字别写"])
def test_declining_anonymity_but_not_the_name_is_a_named_report_asked_the_phone(text):
    values, _ = dialogue.fill_from_message({"text": text, "intent": {"name": "deny"}}, "report_form", "anonymous",
                                           dict(REPORT))
    assert values["anonymous"] is False and values["complainant_name"] == ""
    assert forms.unanswered("report_form", dict(REPORT, **values)) == ["phone"]


def test_the_phone_refused_after_that_the_report_goes_anonymous_with_no_name():
    slots = dict(REPORT, anonymous=False, complainant_name="", phone=None, requested_slot="phone")
    events, _ = run(forms.ValidateReportForm(), tracker("电话也不留了", intent="deny", slots=slots,
                                                        active_loop="report_form",
                                                        events=asked("phone", ["电话也不留了"], form="report_form")))
    got = slots_set(events)
    assert got["anonymous"] is True and got["complainant_name"] is None
