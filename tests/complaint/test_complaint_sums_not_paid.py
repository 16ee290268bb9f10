"""Sums that are no price paid: a saving or a difference, and the threshold of a condition."""
import pytest

from complaint import extract as ex


@pytest.mark.parametrize("text, amount", [
    ("超市说办卡每斤便宜两块，结果结账根本没便宜", None),
    ("网上比他家便宜三百，我在他家买的花了2680", "2680.00"),
    ("说好立减80，最后付了460也没减", "460.00"),
])
def test_a_saving_or_difference_is_no_sum(text, amount):
    assert ex.find_amount(text) == amount


@pytest.mark.parametrize("text, amount", [
    ("销售说消费满两千才给赠品，我花了一千六", "1600.00"),
    ("店里不买够五千块不让出门，逼着我刷卡付了三千九", "3900.00"),
    ("客服讲得先充值一千才能打折", None),
])
def test_a_condition_threshold_is_no_sum(text, amount):
    assert ex.find_amount(text) == amount


@pytest.mark.parametrize("answer, amount", [
    ("买了个包六千五 他们说不买够一万别想走", "6500.00"),
    ("满500减100的活动 我实际付了420", "420.00"),
    ("两千三", "2300.00"),
])
def test_the_answer_keeps_the_sum_paid(answer, amount):
    assert ex.normalise_amount(answer).value == amount
