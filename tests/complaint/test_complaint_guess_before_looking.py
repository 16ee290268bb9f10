"""A rough value said just before the consumer goes to look up the real one ("好像是两千左右 我翻翻订单") is
no answer yet: the form waits for the looked-up value instead of keeping the guess (issue 16). A day or a
month said where a sum is asked ("不是十一号") is no sum either."""
from __future__ import annotations

import pytest

from complaint import extract as ex
from complaint import fields


@pytest.mark.parametrize("text", [
    "记不太清 差不多三千吧 我去翻翻订单",
    "好像是两千左右 等我查一下",
    "大约是上个月底 我看看付款记录",
    "估计五百来块 我问问我老婆",
])
def test_a_guess_before_a_look_up_waits_for_the_value(text):
    assert ex.goes_to_look(text)


@pytest.mark.parametrize("name, text", [
    ("amount", "差不多三千吧 我去翻翻订单"),
    ("purchase_date", "大约是上个月底 我看看付款记录"),
])
def test_the_form_keeps_no_guess_when_the_consumer_goes_to_look(name, text):
    assert fields.normalise(name, text).error == ex.ERR_LATER


@pytest.mark.parametrize("text, amount", [
    ("大概三千吧", "3000.00"),              # a guess with no look-up is the answer
    ("三千二 我再核对一下", "3200.00"),      # a value said, then checked: the value
    ("我查了一下 两千八", "2800.00"),        # looked up already
])
def test_a_value_said_without_going_to_look_is_kept(text, amount):
    assert not ex.goes_to_look(text)
    assert ex.normalise_amount(text).value == amount


@pytest.mark.parametrize("text", ["不对 是十一号", "十一月二十一号", "说错了 应该是二十一号那天"])
def test_a_day_or_a_month_is_no_sum(text):
    assert ex.normalise_amount(text).value is None


@pytest.mark.parametrize("text, amount", [("四百一个月", "400.00"), ("二百一个人", "200.00")])
def test_a_price_for_one_month_or_one_person_is_still_read(text, amount):
    assert ex.normalise_amount(text).value == amount
