"""A slip in the answer before, owned while the next question waits ("不对 日期说错了 是…", "金额说少了
是…", "记错了 是三百二 不是四百二"): the field corrected takes the new value, the change is said back
(progress for the loop guard) and the question waiting is asked again; no failed answer is counted."""
import os

os.environ.setdefault("ACTIONS_WARM_UP", "0")

import datetime as dt

import pytest

from actions import dialogue, forms
from tests.actions.test_actions_forms import asked, run, slots_set, tracker

TODAY = dt.date(2026, 12, 7)  # a Monday
HELD = {"ticket_type": "complaint", "problem": "买的烤箱用了三天就不加热了", "product": "烤箱",
        "merchant_name": "华联电器城", "merchant_address": "江西省南昌市东湖区八一大道66号",
        "purchase_date": "2026-10-15", "amount": "680.00"}


def _held(requested):
    return {k: v for k, v in HELD.items() if k != requested}


@pytest.mark.parametrize("requested, text, field, value", [
    # the date corrected while the sum is asked
    ("amount", "等等 日期我说错了 应该是十月十八号", "purchase_date", "2026-10-18"),
    ("amount", "搞错了 是十月十二号买的 不是十五号", "purchase_date", "2026-10-12"),
    ("demand", "不对 我翻了下小票 是10月16日买的", "purchase_date", "2026-10-16"),
    # the sum corrected while the name or the demand is asked
    ("complainant_name", "哎呀 金额说少了 其实是七百八", "amount", "780.00"),
    ("demand", "说多了 不是六百八 是五百八", "amount", "580.00"),
    ("complainant_name", "记错了 烤箱是八百六十块", "amount", "860.00"),
    # another field named
    ("demand", "地址写错了 是八一大道88号", "merchant_address", None),
])
def test_the_slip_is_read_for_the_field_already_answered(requested, text, field, value):
    got = dialogue.corrects_earlier(text, requested, _held(requested), "complaint_form", TODAY)
    assert got is not None and got[0] == field
    if value:
        assert got[1] == value


@pytest.mark.parametrize("requested, text", [
    ("amount", "七百二"),                      # the answer itself
    ("amount", "不对啊 这个我也记不清了"),        # a slip word but no value
    ("demand", "退钱 商家说错了也不认"),          # the answer, with a slip word about someone else
    ("complainant_name", "价格是680没错"),       # the same value again, no slip word
])
def test_no_change_without_a_slip_and_a_new_value(requested, text):
    assert dialogue.corrects_earlier(text, requested, _held(requested), "complaint_form", TODAY) is None


@pytest.mark.parametrize("requested, text, field, shown", [
    ("amount", "不对不对 购买日期说错了 是十月二十号", "purchase_date", "2026年10月20日"),
    ("complainant_name", "等一下 刚才钱说少了 是九百二", "amount", "920"),
    ("demand", "记错了 是六百五 不是六百八", "amount", "650"),
])
def test_the_form_changes_it_says_so_and_asks_the_waiting_question_again(requested, text, field, shown):
    t = tracker(text, slots=dict(_held(requested), requested_slot=requested), active_loop="complaint_form",
                events=asked(requested, [text]))
    events, messages = run(forms.ValidateComplaintForm(), t)
    got = slots_set(events)
    assert got[field] is not None and got.get(requested) is None
    assert got["failed_attempts"] == 0
    said = " ".join(m.get("text") or "" for m in messages)
    assert forms.CHANGE_MADE.search(said) and shown in said
    assert "没能识别" not in said and "改成" not in said


@pytest.mark.parametrize("requested, text, field, kept", [
    # no slip word: what it is not is part of the value held ("…不是66号")
    ("purchase_date", "等下 地址是八一大道68号 不是66号", "merchant_address", "江西省南昌市东湖区八一大道68号"),
    ("amount", "店名是华联家电城 不是华联电器城", "merchant_name", "华联家电城"),
    ("complainant_name", "哦对了 花的是七百二 不是680", "amount", "720.00"),
])
def test_a_value_said_as_not_the_one_held_corrects_it_in_the_form(requested, text, field, kept):
    t = tracker(text, slots=dict(_held(requested), requested_slot=requested), active_loop="complaint_form",
                events=asked(requested, [text]))
    events, messages = run(forms.ValidateComplaintForm(), t)
    got = slots_set(events)
    assert got[field] == kept and got.get(requested) is None
    assert "没能识别" not in " ".join(m.get("text") or "" for m in messages)


def test_what_it_is_not_that_is_no_value_held_is_no_correction():
    assert dialogue.corrects_earlier("不是上个月 是这个月3号", "purchase_date", _held("purchase_date"),
                                     "complaint_form", TODAY) is None


@pytest.mark.parametrize("requested, text, field, kept", [
    # the message opens on another field already answered: no date, sum or name is read in it for the question
    ("purchase_date", "地址补充下 是88号 刚说反了", "merchant_address", "江西省南昌市东湖区八一大道88号"),
    ("complainant_name", "店名写错了 是华联家电商城", "merchant_name", "华联家电商城"),
    ("demand", "金额不对 是六百二", "amount", "620.00"),
])
def test_a_message_that_opens_on_an_earlier_field_changes_that_field(requested, text, field, kept):
    t = tracker(text, slots=dict(_held(requested), requested_slot=requested), active_loop="complaint_form",
                events=asked(requested, [text]))
    got = slots_set(run(forms.ValidateComplaintForm(), t)[0])
    assert got[field] == kept and got.get(requested) is None


@pytest.mark.parametrize("requested, text, value", [
    # the day said as the right one, another day explaining it: the held month's day changes
    ("amount", "不对是十六号 十五号是去看的那天", "2026-10-16"),
    ("demand", "哦不对 是12号 15号是发货的", "2026-10-12"),
    ("complainant_name", "说错了 应该是十三号", "2026-10-13"),
])
def test_a_day_said_right_with_another_day_explaining_corrects_the_held_date(requested, text, value):
    got = dialogue.corrects_earlier(text, requested, _held(requested), "complaint_form", TODAY)
    assert got == ("purchase_date", value)


def test_a_part_added_to_the_address_on_its_own_turn_needs_no_slip_word():
    text = "地址补充一下 是八一大道66号2楼"
    got = dialogue.corrects_earlier(text, "amount", _held("amount"), "complaint_form", TODAY)
    assert got is not None and got[0] == "merchant_address"
