"""Asking for the service as it was bought, in everyday words ("把会员给我开通", "尽快安排", "给我车位",
"以后不许再收"), is a demand of 继续履行 beside the money back; a past act told with a count
("老师换了三个") or what the merchant did not hand over ("发票也没给我") asks for nothing; a question to
the bureau ("你们几点下班") is no demand (issue 16)."""
from __future__ import annotations

import pytest

from complaint import extract as ex


@pytest.mark.parametrize("text, demands", [
    ("开通我买的会员 不然退钱", ["继续履行", "退款"]),
    ("退钱或者尽快安排", ["退款", "继续履行"]),
    ("要么重新铺 要么赔钱", ["继续履行", "赔偿"]),
    ("多收的退了 以后不许再收", ["退款", "继续履行"]),
    ("退押金 给我钥匙", ["退款", "继续履行"]),
])
def test_the_service_as_bought_is_asked_for(text, demands):
    assert ex.find_demands(text) == demands


@pytest.mark.parametrize("text", [
    "给我闺女的 她不会用",          # for whom it was bought
    "把钱退了 给我道个歉",          # an apology is no thing handed over
    "不给开通",                     # a refusal
])
def test_no_service_read_where_none_is_asked(text):
    assert "继续履行" not in ex.find_demands(text)


@pytest.mark.parametrize("text", [
    "健身教练换了四个 课也总停",
    "修车的把换下来的零件扔了",
    "店员换了两位 都说不清楚",
])
def test_a_past_change_told_is_no_exchange(text):
    assert "换货" not in ex.find_demands(text)


def test_what_the_merchant_did_not_hand_over_states_no_demand():
    story = "去店里换轮胎 说好三百 换完收了一千二 发票也没给我"
    assert "demand" not in ex.extract_all(story)


@pytest.mark.parametrize("text", ["你们几点下班", "投诉点在哪里", "周末几号能处理"])
def test_a_question_to_the_bureau_is_no_demand(text):
    assert ex.normalise_demand(text).value is None
