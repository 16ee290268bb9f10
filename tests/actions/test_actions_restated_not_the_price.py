"""No false "和之前登记的不一样" (issue 16, explore kind 10), in wordings of our own: a cost of the harm asked to
be made good ("看病花了…", a loss), a number of things counted ("充了30度"), and a month said in passing are no
other price or purchase date than the one held; the place a harm cost was paid is no other shop. A price said
again for what was bought, or a day corrected, is still pointed out."""
import datetime as dt
import os

os.environ.setdefault("ACTIONS_WARM_UP", "0")

import pytest

from actions import dialogue

TODAY = dt.date(2026, 12, 10)
HELD = {"product": "电暖器", "merchant_name": "国美电器", "amount": "599.00", "purchase_date": "2026-11-08",
        "merchant_address": "洛阳市西工区中州路3号"}


def restated(text, requested="demand", held=HELD):
    return dialogue.restated({"text": text, "intent": {"name": "inform"}}, "complaint_form", held, TODAY,
                             requested=requested)


@pytest.mark.parametrize("said", [
    "退钱，另外烫伤了去诊所包扎花了280也要赔",
    "赔我的损失，孩子住院耽误上班少收了三千块",
    "要求赔偿，拍片子花了一百五",
])
def test_a_cost_of_the_harm_is_no_other_price(said):
    assert "amount" not in restated(said)


def test_the_place_a_harm_cost_was_paid_is_no_other_shop():
    assert restated("退货还要赔偿，被烫了去社区医院处理花了260") == {}


@pytest.mark.parametrize("said", ["充了30度扣了我90多", "加了40升油只出了三十几升", "一共买了12瓶"])
def test_a_number_of_things_is_no_price(said):
    assert "amount" not in restated(said, requested="demand")


def test_a_month_in_passing_is_no_other_purchase_date():
    assert "purchase_date" not in restated("上个月用了大概200度电，电费贵得离谱")


@pytest.mark.parametrize("said, field", [
    ("要求赔偿，当时花了699买的", "amount"),           # the price said again, with its buying
    ("电暖器花了699，要求赔偿", "amount"),              # with the thing bought
    ("不对 是11月9号买的", "purchase_date"),            # a day corrected
])
def test_a_price_or_day_said_again_is_still_pointed_out(said, field):
    assert field in restated(said)


@pytest.mark.parametrize("said, amount", [("充了30度扣了我90多", "90.00"), ("买了5斤 一共75", "75.00")])
def test_asked_the_sum_a_count_said_with_it_is_not_the_sum(said, amount):
    message = {"text": said, "intent": {"name": "inform", "confidence": 0.99}, "entities": []}
    values, _ = dialogue.fill_from_message(message, "complaint_form", "amount", {"product": "充电"}, TODAY)
    assert values.get("amount") == amount
