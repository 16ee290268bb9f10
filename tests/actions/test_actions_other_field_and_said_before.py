"""Answers that belong to another question, and answers that point back to something said before.

A free-text field (the demand, the product, the shop, its address, what happened) takes almost any
words; words that are wholly another field's value (a name, a phone, an address, a platform, a
sum) are never stored there, at the first ask or after the loop guard: they go to their own field
while it is open, and the question is asked again or, asked twice already, set aside or handed over.
"我刚才说过了" takes the value said before, or asks once more politely.
"""
import os

os.environ.setdefault("ACTIONS_WARM_UP", "0")

import pytest
from rasa_sdk.events import ActiveLoop

from actions import dialogue, forms
from tests.actions.test_actions_forms import FULL_COMPLAINT, asked, run, slots_set, tracker

HELD = {"complainant_name": "赵丽华", "phone": "13600001111", "merchant_name": "百汇超市",
        "merchant_address": "河南省洛阳市西工区中州路88号", "product": "空气炸锅", "amount": "259.00"}


def inform(text):
    return {"text": text, "intent": {"name": "inform"}, "entities": []}


@pytest.mark.parametrize("slot, answer, other", [
    ("demand", "孙志刚", "complainant_name"),
    ("demand", "我叫孙志刚", "complainant_name"),
    ("demand", "江苏省无锡市梁溪区人民中路12号", "merchant_address"),
    ("demand", "在拼多多上买的", "platform"),
    ("demand", "老王五金店", "merchant_name"),
    ("product", "浙江省宁波市海曙区药行街5号", "merchant_address"),
    ("product", "1280块", "amount"),
    ("product", "在京东买的", "platform"),
    ("product", "退货退款", "demand"),
    ("merchant_name", "上个星期五", "purchase_date"),
    ("merchant_name", "电话是13511112222", "phone"),
    ("merchant_address", "我叫孙志刚", "complainant_name"),
    ("problem", "湖北省武汉市洪山区珞喻路100号", "merchant_address"),
])
def test_words_that_are_wholly_another_fields_value_are_that_field(slot, answer, other):
    assert dialogue.another_field(slot, answer) == other


@pytest.mark.parametrize("slot, answer", [
    ("demand", "给个说法"), ("demand", "让他们管一管"), ("demand", "退一赔三"),
    ("product", "小米手机"), ("product", "国庆旅游团"), ("product", "物业维修"), ("product", "两千块的健身卡"),
    ("merchant_name", "鸿运家具城"), ("merchant_name", "周大福"), ("merchant_address", "淘宝"),
    ("problem", "在好运来超市买的牛奶过期了"),
])
def test_an_answer_of_its_own_is_not_another_field(slot, answer):
    assert dialogue.another_field(slot, answer) is None


def test_a_value_already_given_said_again_is_that_field():
    assert dialogue.another_field("demand", "赵丽华", HELD) == "complainant_name"
    assert dialogue.another_field("product", "百汇超市", HELD) == "merchant_name"
    # an online shop's platform said at the address question is its place, not "another field"
    assert dialogue.another_field("merchant_address", "美团", {"platform": "美团"}) is None


@pytest.mark.parametrize("slot, answer, other, value", [
    ("demand", "孙志刚", "complainant_name", "孙志刚"),
    ("product", "在京东买的", "platform", "京东"),
    ("product", "退货退款", "demand", "退货、退款"),
])
def test_the_free_text_field_asked_never_stores_another_fields_value(slot, answer, other, value):
    filled = {k: v for k, v in HELD.items() if k not in (slot, other)}
    values, error = dialogue.fill_from_message(inform(answer), "complaint_form", slot, filled)
    assert slot not in values and error == dialogue.OTHER_FIELD
    assert values.get(other) == value  # kept where it belongs while that field is open


@pytest.mark.parametrize("slot, answer", [("demand", "赵丽华"), ("demand", "河南省洛阳市西工区中州路88号"),
                                          ("product", "百汇超市"), ("merchant_name", "空气炸锅")])
def test_after_the_loop_guard_another_fields_value_is_not_taken_as_given(slot, answer):
    assert dialogue.as_given(slot, answer, held=HELD) is None


def test_the_demand_answered_with_the_name_three_times_is_never_stored_and_a_person_takes_over(backend_down):
    slots = dict(FULL_COMPLAINT, demand=None, requested_slot="demand")
    second = tracker("张三", slots=slots, active_loop="complaint_form", events=asked("demand", ["张三", "张三"]))
    events, messages = run(forms.ValidateComplaintForm(), second)
    assert slots_set(events).get("demand") is None
    # the demand is the last question left: asked twice, a person takes over; nothing is asked again
    assert ActiveLoop(None) in events and slots_set(events)["requested_slot"] is None
    assert len(messages) == 1 and ("人工" in messages[0]["text"] or "工作人员" in messages[0]["text"])


def test_a_value_said_again_for_another_question_is_acknowledged_in_the_reask():
    slots = dict(FULL_COMPLAINT, demand=None, requested_slot="demand")
    events, messages = run(forms.ValidateComplaintForm(), tracker("张三", slots=slots, active_loop="complaint_form"))
    assert slots_set(events)["demand"] is None
    assert messages[0]["text"].startswith("好的，姓名已经记下了。")


# ---------------------------------------------------------------- "我刚才说过了"

@pytest.mark.parametrize("text", ["我前面说过了呀", "上边不是讲了吗 跟前面一样", "你刚刚不是问过了", "同上",
                                  "一开始就告诉你了", "你们怎么老重复问"])
def test_saying_it_was_said_before_is_recognised(text):
    assert dialogue.refers_back(text)


@pytest.mark.parametrize("text", ["重复扣费了", "刚才说错了 是三百", "之前一直好好的", "前面的那家店"])
def test_words_that_only_look_back_are_not_a_reference(text):
    assert not dialogue.refers_back(text)


def test_the_value_said_before_is_taken_from_the_earlier_words():
    said = ["我要投诉", "上礼拜在利群商厦买的电热毯 用了两晚就不热了 花了168"]
    assert dialogue.earlier_value("product", said) == "电热毯"
    assert dialogue.earlier_value("amount", said) == "168.00"
    assert dialogue.earlier_value("merchant_name", ["我要投诉", "我刚才说过了"]) is None


def test_a_reference_back_takes_the_value_said_before():
    events_ = asked("product", ["前面说过了"])
    events_.insert(1, {"event": "user", "text": "在利群商厦买的电热毯 用了两晚就不热了",
                       "parse_data": {"intent": {"name": "file_complaint"}}})
    slots = {"requested_slot": "product", "problem": "用了两晚就不热了"}
    events, messages = run(forms.ValidateComplaintForm(),
                           tracker("前面说过了", slots=slots, active_loop="complaint_form", events=events_))
    assert slots_set(events)["product"] == "电热毯"
    assert "按您前面说的" in messages[0]["text"]


def test_a_reference_back_with_nothing_before_is_asked_once_more_then_the_guard_stops():
    slots = dict(FULL_COMPLAINT, demand=None, requested_slot="demand")
    once = tracker("我刚才说过了", slots=slots, active_loop="complaint_form", events=asked("demand", ["我刚才说过了"]))
    events, messages = run(forms.ValidateComplaintForm(), once)
    assert slots_set(events)["demand"] is None and "再说一下" in messages[0]["text"]
    twice = tracker("我刚才说过了", slots=slots, active_loop="complaint_form",
                    events=asked("demand", ["我刚才说过了", "我刚才说过了"]))
    events, _ = run(forms.ValidateComplaintForm(), twice)
    assert slots_set(events).get("demand") is None  # never stored as the demand
    assert dialogue.as_given("demand", "上面都说了") is None


@pytest.mark.parametrize("slot, answer, held", [
    ("merchant_name", "得物", {"platform": "得物", "merchant_address": "网店（得物）"}),
    ("merchant_address", "同程", {"platform": "同程", "merchant_name": "同程"}),
    ("merchant_address", "唯品会", {"merchant_name": "唯品会"}),
])
def test_a_platform_may_be_the_shop_and_its_place_too(slot, answer, held):
    # a platform that sells itself: its name answers the shop and the address questions as well
    assert dialogue.another_field(slot, answer, held) is None


@pytest.mark.parametrize("said, slot, value", [
    ("你问店名啊？ 叫百顺五金", "merchant_name", "百顺五金"),
    ("问我地址是吧？ 在合肥市蜀山区长江西路66号", "merchant_address", "合肥市蜀山区长江西路66号"),
    ("您是问电话吗？ 13755556666", "phone", "13755556666"),
])
def test_a_question_asked_back_before_the_answer_is_no_part_of_it(said, slot, value):
    slots = dict(FULL_COMPLAINT, requested_slot=slot, **{slot: None})
    events, _ = run(forms.ValidateComplaintForm(),
                    tracker(said, intent="ask_law", slots=slots, active_loop="complaint_form"))
    assert slots_set(events)[slot] == value
